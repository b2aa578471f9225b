// Fits the board on the beamer into the screen, so the room sees every note without anyone scrolling: the notes
// shrink (never below 20px on a 1280-wide screen, and proportionally on a wider one), then the assignment's prompts
// make way for the board, then the authors' names (the phones and the console still show both), and only then the
// notes are shown a page at a time, turning by themselves, with a visible count. Works on any board marked data-fit; without this script the board simply scrolls.
// Only the notes' sizes and hidden flags are touched, never the elements the page renders, so live updates carry on.

const minimumAt1280 = 20;
const turnEveryMs = 12_000;
const fits = new WeakMap();

class BoardFit {
  constructor(board) {
    this.board = board;
    this.pages = [];
    this.page = 0;
    this.signature = "";
    this.timer = setInterval(() => this.turn(), turnEveryMs);
  }

  get notes() {
    return [...this.board.querySelectorAll(".app-note")];
  }

  get counter() {
    return this.board.querySelector("[data-board-pages]");
  }

  // What the fit depends on: the notes and the window. The countdown ticks every second and changes neither.
  changed() {
    const notes = this.notes;
    const signature = `${innerWidth}x${innerHeight}:${notes.length}:${notes.reduce((n, note) => n + note.textContent.length, 0)}`;
    if (signature === this.signature) return false;
    this.signature = signature;
    return true;
  }

  fit() {
    const notes = this.notes;
    delete this.board.dataset.crowded;
    this.show(notes, 0, notes.length, null);
    const smallest = Math.max(minimumAt1280, (minimumAt1280 * innerWidth) / 1280);
    const largest = Math.max(smallest, innerWidth * 0.025);
    if (this.shrink(notes, smallest, largest)) return;
    for (const crowded of ["", "names"]) {
      this.board.dataset.crowded = crowded;
      if (this.shrink(notes, smallest, largest)) return;
    }
    this.size(smallest);
    this.paginate(notes);
  }

  // The largest whole-pixel size between the bounds at which every shown note is within the board, if any.
  shrink(notes, smallest, largest) {
    this.size(smallest);
    if (this.overflows(notes)) return false;
    let [low, high] = [Math.floor(smallest), Math.floor(largest)];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      this.size(middle);
      if (this.overflows(notes)) high = middle - 1;
      else low = middle;
    }
    this.size(Math.max(low, smallest));
    return true;
  }

  // Pages of as many notes as fit, in the board's order; the counter is shown first, as it takes room too.
  paginate(notes) {
    this.pages = [];
    for (let start = 0; start < notes.length; ) {
      let [low, high] = [1, notes.length - start];
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        this.show(notes, start, middle, [0, 0]);
        if (this.overflows(notes)) high = middle - 1;
        else low = middle;
      }
      this.pages.push([start, low]);
      start += low;
    }
    if (this.page >= this.pages.length) this.page = 0;
    this.showPage(notes);
  }

  turn() {
    if (!this.board.isConnected) return clearInterval(this.timer);
    if (this.pages.length < 2) return;
    this.page = (this.page + 1) % this.pages.length;
    this.showPage(this.notes);
  }

  showPage(notes) {
    const [start, count] = this.pages[this.page];
    this.show(notes, start, count, this.pages.length > 1 ? [this.page + 1, this.pages.length] : null);
  }

  show(notes, start, count, page) {
    notes.forEach((note, i) => (note.hidden = i < start || i >= start + count));
    const counter = this.counter;
    if (!counter) return;
    counter.textContent = page
      ? format(counter.dataset.template, start + 1, start + count, notes.length, page[0], page[1])
      : "";
    if (!page) this.pages = [];
  }

  size(px) {
    this.board.style.setProperty("--app-note-size", `${px}px`);
  }

  // A note is out of view when it runs past the board (which ends where the screen's room for it ends) or the window.
  overflows(notes) {
    const box = this.board.getBoundingClientRect();
    const [bottom, right] = [Math.min(box.bottom, innerHeight) + 0.5, Math.min(box.right, innerWidth) + 0.5];
    return notes.some((note) => {
      if (note.hidden) return false;
      const r = note.getBoundingClientRect();
      return r.bottom > bottom || r.right > right;
    });
  }
}

function format(template, ...values) {
  return (template ?? "").replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? "");
}

function fitAll(force) {
  for (const board of document.querySelectorAll(".app-board[data-fit]")) {
    let fit = fits.get(board);
    if (!fit) fits.set(board, (fit = new BoardFit(board)));
    if (fit.changed() || force) fit.fit();
  }
}

let scheduled = false;
function schedule(force = false) {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    fitAll(force);
  });
}

new MutationObserver(() => schedule()).observe(document.body, { childList: true, subtree: true, characterData: true });
addEventListener("resize", () => schedule());
document.fonts?.ready.then(() => schedule(true));
schedule();
