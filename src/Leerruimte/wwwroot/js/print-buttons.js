// Buttons marked data-print open the browser's print dialog. A listener here rather than onclick="window.print()":
// the Content-Security-Policy allows no inline handlers (docs/decisions/0010). On the document, so buttons that
// arrive by enhanced navigation work too.
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-print]")) window.print();
});
