// The reconnect notice of the console and the beamer (ReconnectNotice.razor). blazor.web.js shows and hides it by
// its classes; this works its buttons, and reloads the page when the server no longer knows the screen.
document.addEventListener("components-reconnect-state-changed", (event) => {
  if (event.detail.state === "rejected") location.reload();
}, true); // in the capture phase: the event does not bubble up from the notice

document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element ? event.target.closest("[data-reconnect]") : null;
  if (!button) return;
  try {
    const back = button.dataset.reconnect === "resume"
      ? await Blazor.resumeCircuit()
      : (await Blazor.reconnect()) || (await Blazor.resumeCircuit());
    if (!back) location.reload();
  } catch {
    // Still no connection: the notice stays, and the button can be pressed again.
  }
});
