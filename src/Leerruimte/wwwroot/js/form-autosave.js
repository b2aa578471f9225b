// Forms marked data-autosave save each answer as it changes: the form is posted in the background as if its
// button marked data-autosave-button (Opslaan) was pressed, so the page's own save handles it. Without this
// script that button does the same. The messages the server puts at the questions ([data-answer-error]) are
// copied from its answer into this page; the line [data-autosave-status] tells whether it worked.
// Posts go one at a time: a change made while one is on its way is sent right after it, with the whole form.
// Weak wifi: answers that could not be sent because the connection was down are kept in this browser's storage
// (the line says so), put back into the form after a reload, and sent when the connection returns. Every change
// is kept there first and let go once the server stored it. An answer is stored per question, so sending it twice
// stores it once.

const typingPause = 1500;

// The answers of one form not yet sent, by the form's address and the person filling it in (a phone may be shared);
// only the answer fields, not the page's token.
class WaitingAnswers {
  constructor(form, person) {
    this.key = `leerruimte:answers:${new URL(form.action || location.href).pathname}:${person}`;
    this.form = form;
  }

  current() {
    return JSON.stringify([...new FormData(this.form)].filter(([name]) => name.startsWith("answer-")));
  }

  keep() {
    try { localStorage.setItem(this.key, this.current()); } catch { /* storage refused: the page still holds them */ }
  }

  has() { return localStorage.getItem(this.key) !== null; }

  // Once what was sent is stored, unless the answers changed again meanwhile (those go with the next post).
  forgetIfSent(sent) {
    if (this.current() === sent) localStorage.removeItem(this.key);
  }

  // Puts the kept answers back into the form's fields, as they were when they could not be sent.
  restore() {
    let answers;
    try { answers = JSON.parse(localStorage.getItem(this.key) ?? "null"); } catch { answers = null; }
    if (!Array.isArray(answers)) return false;
    const values = new Map();
    for (const [name, value] of answers) values.set(name, [...(values.get(name) ?? []), value]);
    for (const field of this.form.querySelectorAll("[name^='answer-']")) {
      const kept = values.get(field.name) ?? [];
      if (field.type === "radio" || field.type === "checkbox") field.checked = kept.includes(field.value);
      else field.value = kept[0] ?? "";
    }
    return true;
  }
}

function setUp(form) {
  if (form.dataset.autosaveReady) return;
  form.dataset.autosaveReady = "1";
  const button = form.querySelector("[data-autosave-button]");
  const status = form.querySelector("[data-autosave-status]");
  if (!button || !status) return;
  let busy = false, again = false, timer = null;
  const waiting = new WaitingAnswers(form, status.dataset.waitingFor);

  const show = (text) => { status.textContent = text; };

  async function save() {
    if (busy) { again = true; return; }
    busy = true;
    show(status.dataset.saving);
    let response;
    const sent = waiting.current();
    try {
      const body = new FormData(form);
      body.append(button.name, button.value);
      try {
        response = await fetch(form.action || location.href, { method: "POST", body, credentials: "same-origin" });
      } catch {
        show(status.dataset.waiting); // no connection: the answers stay kept in this browser
        return;
      }
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
      waiting.forgetIfSent(sent);
      show(errors ? status.dataset.failed : status.dataset.saved);
    } catch {
      show(status.dataset.failed);
    } finally {
      busy = false;
      if (again) { again = false; save(); }
    }
  }

  window.addEventListener("online", () => { if (waiting.has()) save(); });
  if (waiting.restore()) save();

  form.addEventListener("change", (event) => {
    if (!event.target.closest("[data-question]")) return;
    waiting.keep();
    clearTimeout(timer);
    save();
  });
  form.addEventListener("input", (event) => {
    if (!event.target.matches("textarea") || !event.target.closest("[data-question]")) return;
    waiting.keep();
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
