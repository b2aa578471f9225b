// Forms marked data-autosave save each answer as it changes: the form is posted in the background as if its
// button marked data-autosave-button (Opslaan) was pressed, so the page's own save handles it. Without this
// script that button does the same. The messages the server puts at the questions ([data-answer-error]) are
// copied from its answer into this page; the line [data-autosave-status] tells whether it worked.
// Posts go one at a time: a change made while one is on its way is sent right after it, with the whole form.

const typingPause = 1500;

function setUp(form) {
  if (form.dataset.autosaveReady) return;
  form.dataset.autosaveReady = "1";
  const button = form.querySelector("[data-autosave-button]");
  const status = form.querySelector("[data-autosave-status]");
  if (!button || !status) return;
  let busy = false, again = false, timer = null;

  const show = (text) => { status.textContent = text; };

  async function save() {
    if (busy) { again = true; return; }
    busy = true;
    show(status.dataset.saving);
    try {
      const body = new FormData(form);
      body.append(button.name, button.value);
      const response = await fetch(form.action || location.href, { method: "POST", body, credentials: "same-origin" });
      // A sign-in that ended leads to the login page: that is no save.
      if (!response.ok || new URL(response.url).pathname !== new URL(form.action || location.href).pathname) throw new Error("not saved");
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      let errors = 0;
      for (const target of form.querySelectorAll("[data-answer-error]")) {
        const id = target.dataset.answerError;
        const found = [...page.querySelectorAll("[data-answer-error]")].find((e) => e.dataset.answerError === id);
        target.textContent = found ? found.textContent : "";
        if (target.textContent.trim()) errors++;
      }
      show(errors ? status.dataset.failed : status.dataset.saved);
    } catch {
      show(status.dataset.failed);
    } finally {
      busy = false;
      if (again) { again = false; save(); }
    }
  }

  form.addEventListener("change", (event) => {
    if (!event.target.closest("[data-question]")) return;
    clearTimeout(timer);
    save();
  });
  form.addEventListener("input", (event) => {
    if (!event.target.matches("textarea") || !event.target.closest("[data-question]")) return;
    clearTimeout(timer);
    timer = setTimeout(save, typingPause);
  });
}

function setUpAll() {
  document.querySelectorAll("form[data-autosave]").forEach(setUp);
}

setUpAll();
// Pages that arrive by enhanced navigation bring their forms later.
window.Blazor?.addEventListener?.("enhancedload", setUpAll);
