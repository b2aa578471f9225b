// The SMART check beside a development point follows what is typed, before saving. The rules are not written here:
// the page sends the server's table (Features/Development/SmartCheck.cs) in data-smart-rules, and check() applies
// it as the server does: a letter is met when every test of one of its ways holds. On the document, so a form that
// arrives by enhanced navigation works too; without this script the check updates when the point is saved.

const words = (text) => text.split(/\s+/).filter((w) => w).length;

const holds = (test, values) => {
  const text = test.fields.map((f) => values[f] ?? "").join(" ");
  return words(text) >= test.minWords
    && (test.matches == null || new RegExp(test.matches, "iu").test(text))
    && (test.notMatches == null || !new RegExp(test.notMatches, "iu").test(text));
};

/** For each rule, its letter and whether the values (by field id) meet it. */
export const check = (rules, values) =>
  rules.map((rule) => ({ letter: rule.letter, met: rule.ways.some((way) => way.every((test) => holds(test, values))) }));

function update(event) {
  const form = event.target instanceof Element ? event.target.closest("form") : null;
  const panel = form?.querySelector("[data-smart-rules]");
  if (!panel) return;
  const rules = JSON.parse(panel.dataset.smartRules);
  const values = {};
  for (const test of rules.flatMap((r) => r.ways.flat())) {
    for (const id of test.fields) values[id] = form.querySelector(`#${CSS.escape(id)}`)?.value ?? "";
  }
  for (const { letter, met } of check(rules, values)) {
    const item = panel.querySelector(`[data-smart-letter="${letter}"]`);
    if (!item) continue;
    item.classList.toggle("app-smart-list__met", met);
    item.querySelector("[data-smart-text]").textContent = met ? item.dataset.met : item.dataset.hint;
  }
}

document.addEventListener("input", update);
document.addEventListener("change", update);
