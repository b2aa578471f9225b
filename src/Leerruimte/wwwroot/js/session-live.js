// A live session on a phone, for every kind of session: joins the session's hub group, shows the current step, its
// clocks and the board, and sends notes. Every note gets an id made here and is kept in this browser's storage until
// the server has stored it, so a note written while the connection is down waits visibly, survives a reload, and is
// sent again with the same id when the connection returns: stored once. After reconnecting, the whole session is
// read again from the server (nothing is missed). The page is rendered on the server first and works without this
// script; this only makes it live. A host's own parts of the page (data-host-part) are read again from the server
// when the host says it changed, so each phone shows only what its person may see. Clocks are drawn from the deadlines the server sends (Countdown.cs holds the rule).

const signalrSrc = "/lib/signalr/signalr.min.js";
let current = null;

function loadSignalR() {
  if (window.signalR) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = signalrSrc;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

// crypto.randomUUID needs a secure context; meeting rooms may use plain http on the local network.
function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? "");
}

function clock(seconds) {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// Seconds left on a server-given countdown at `now` (ms on the server's clock): Countdown.SecondsLeft.
function secondsLeft(countdown, now) {
  if (!countdown.endsAt) return countdown.seconds;
  return Math.min(countdown.seconds, Math.ceil((Date.parse(countdown.endsAt) - now) / 1000));
}

// Notes not yet stored by the server, per session and person, in this browser's storage.
class PendingNotes {
  constructor(sessionId, me) {
    this.key = `leerruimte:pending:${sessionId}:${me}`;
  }

  all() {
    try {
      return JSON.parse(localStorage.getItem(this.key) ?? "[]");
    } catch {
      return [];
    }
  }

  add(note) {
    this.save([...this.all().filter((n) => n.id !== note.id), note]);
  }

  remove(id) {
    this.save(this.all().filter((n) => n.id !== id));
  }

  save(notes) {
    try {
      if (notes.length) localStorage.setItem(this.key, JSON.stringify(notes));
      else localStorage.removeItem(this.key);
    } catch {
      // Storage full or refused (private mode): the note still waits in this page.
    }
  }
}

class LiveSession {
  constructor(root) {
    this.root = root;
    this.sessionId = root.dataset.session;
    this.me = root.dataset.me;
    this.texts = JSON.parse(root.dataset.texts);
    this.state = null;
    this.groups = {};
    this.items = new Map();
    this.pending = new PendingNotes(this.sessionId, this.me);
    this.offset = 0;
    this.$ = (selector) => root.querySelector(selector);
  }

  async start() {
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/session")
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 15000, 30000])
      .build();
    this.connection.on("sessionEvent", (e) => this.apply(e));
    // The sign-in ended (blocked, or a new password elsewhere).
    // Straight to the login page rather than a reload: the cookie may still pass a request or two until its next
    // check is due, and the page would then open again as if nothing happened.
    this.connection.on("signedOut", () => {
      this.signedOut = true;
      location.assign(`/inloggen?ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`);
    });
    this.connection.onreconnecting(() => {
      this.connectionIs("reconnecting");
      this.status(this.texts.reconnecting);
    });
    this.connection.onreconnected(async () => {
      if (await this.join()) this.status(this.texts.reconnected);
      this.refreshHost();
    });
    this.connection.onclose(() => {
      if (this.signedOut) return;
      this.connectionIs("offline");
      this.status(this.texts.offline);
      setTimeout(() => this.connect(), 5000);
    });
    const form = this.$("[data-add-form]");
    form?.addEventListener("submit", (event) => {
      event.preventDefault();
      this.write(form);
    });
    // The field is required, so the browser stops an empty note before it is submitted: say so in the status line
    // too, instead of leaving the last "on the board" standing as if this one went.
    form?.querySelector("textarea")?.addEventListener("invalid", () => this.status(this.texts.empty));
    this.timer = setInterval(() => this.tick(), 1000);
    this.renderBoard(); // notes kept from before a reload show at once, waiting
    await this.connect();
  }

  async connect() {
    if (!this.root.isConnected) return;
    try {
      // After a failed join the connection is still up: starting it again would throw, and retry for ever.
      if (this.connection.state === signalR.HubConnectionState.Disconnected) await this.connection.start();
      if (await this.join()) this.status("");
    } catch (error) {
      if (error?.statusCode === 401) { location.reload(); return; } // signed out while away

      this.connectionIs("offline");
      this.status(this.texts.offline);
      setTimeout(() => this.connect(), 5000);
    }
  }

  stop() {
    clearInterval(this.timer);
    this.connection?.stop();
  }

  async join() {
    const result = await this.connection.invoke("Join", this.sessionId);
    if (result.error) {
      this.status(result.error);
      return false;
    }
    this.groups = result.groups ?? {};
    this.items = new Map(result.items.map((i) => [i.id, i]));
    this.setState(result.state);
    this.connectionIs("connected");
    await this.flush();
    return true;
  }

  // Shown on the page (and used by the browser tests): connecting, connected, reconnecting or offline.
  connectionIs(state) {
    this.root.dataset.connection = state;
  }

  apply(e) {
    switch (e.type) {
      case "item":
        this.items.set(e.item.id, e.item);
        this.renderBoard();
        break;
      case "state":
        if (!this.state || e.state.revision >= this.state.revision) this.setState(e.state);
        break;
      case "groups":
        this.groups[e.stepKey] = e.groups;
        this.renderGroups();
        break;
      case "removed":
        this.items.delete(e.itemId);
        this.renderBoard();
        break;
      case "host":
        this.refreshHost();
        break;
      case "authorsHidden":
        for (const item of this.items.values()) if (item.stepIndex === e.stepIndex) Object.assign(item, { authorName: null, authorId: null });
        this.renderBoard(true);
        break;
    }
  }

  setState(state) {
    const columnsChanged = JSON.stringify(state.columns) !== JSON.stringify(this.state?.columns ?? []);
    this.state = state;
    this.offset = Date.parse(state.serverNow) - Date.now();
    const running = state.status === "Running";
    this.$("[data-item-of]").textContent = running ? format(this.texts.itemOf, state.stepIndex + 1, state.stepCount) : "";
    this.$("[data-item-title]").textContent = running
      ? state.stepTitle
      : state.status === "Closed" ? this.texts.closed : this.texts.waiting;
    this.$("[data-countdown]").hidden = !running;
    this.$("[data-add-form]").hidden = !running;
    const anonymous = this.$("[data-anonymous]");
    if (anonymous) anonymous.hidden = !(running && state.anonymous);
    this.showSteps();
    if (columnsChanged) this.renderColumns();
    this.renderGroups();
    this.renderBoard();
    this.tick();
  }

  // What the host shows per step and once closed: only the current step's part, and the closed part once it closed.
  showSteps() {
    const state = this.state;
    if (!state) return;
    const running = state.status === "Running";
    this.root.querySelectorAll("[data-closed]").forEach((part) => { part.hidden = state.status !== "Closed"; });
    this.root.querySelectorAll("[data-step-key]").forEach((section) => {
      section.hidden = !running || section.dataset.stepKey !== state.stepKey;
    });
  }

  // The host's content changed: its parts of this page come again from the server, rendered for this person. Only
  // the answer to the latest request is shown, so two quick changes cannot end on the older one.
  async refreshHost() {
    if (!this.root.querySelector("[data-host-part]")) return;
    const request = (this.hostRequest = (this.hostRequest ?? 0) + 1);
    try {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok || request !== this.hostRequest) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      if (request !== this.hostRequest) return;
      this.root.querySelectorAll("[data-host-part]").forEach((part) => {
        const fresh = page.querySelector(`[data-host-part="${part.dataset.hostPart}"]`);
        if (fresh) part.replaceWith(document.importNode(fresh, true));
      });
      this.showSteps();
      this.root.dataset.hostRevision = String(request); // the browser tests wait for it
    } catch {
      // Offline: the reconnect reads the host again.
    }
  }

  tick() {
    const s = this.state;
    if (!s) return;
    const now = Date.now() + this.offset;
    const running = s.status === "Running";
    this.countdown(this.$("[data-countdown] .app-countdown"), s.clock, now);
    const step = this.$("[data-timed-step]");
    step.hidden = !running || !s.subTimer;
    if (running && s.subTimer) {
      this.$("[data-timed-title]").textContent = s.subTimerTitle;
      this.countdown(step.querySelector(".app-countdown"), s.subTimer, now);
    }
  }

  // Draws a server-given countdown as CountdownText does: amber from its warning point, red with a minus sign over
  // time, "(paused)" in words, and a label in whole minutes for screen readers.
  countdown(element, countdown, now) {
    if (!element) return;
    const seconds = secondsLeft(countdown, now);
    const running = !!countdown.endsAt;
    element.replaceChildren(document.createTextNode(clock(seconds)));
    if (!running) element.append(" ", this.tag("app-countdown__paused", this.texts.paused));
    element.classList.toggle("app-countdown--warn", seconds >= 0 && seconds <= countdown.warnSeconds);
    element.classList.toggle("app-countdown--over", seconds < 0);
    element.classList.toggle("app-countdown--paused", !running);
    const label = seconds < 0
      ? format(this.texts.overtime, Math.ceil(-seconds / 60))
      : format(this.texts.remaining, Math.ceil(seconds / 60)) + (running ? "" : ` ${this.texts.paused}`);
    element.setAttribute("aria-label", label);
  }

  // The fields of the current step to choose from (the evaluation board's four), as the server renders them.
  renderColumns() {
    const set = this.$("[data-columns]");
    if (!set) return;
    const columns = this.state.columns ?? [];
    const legend = set.querySelector("legend");
    set.replaceChildren(legend, ...columns.map((c) => {
      const label = document.createElement("label");
      label.className = "app-live__column";
      const input = document.createElement("input");
      Object.assign(input, { type: "radio", name: "NoteColumn", value: c.key, required: true, className: "utrecht-radio-button utrecht-radio-button--html-input" });
      const text = document.createElement("span");
      const title = document.createElement("strong");
      title.textContent = c.title;
      text.append(title, c.question ? ` ${c.question}` : "");
      label.append(input, text);
      return label;
    }));
    set.hidden = columns.length === 0;
  }

  renderGroups() {
    this.root.querySelectorAll("[data-my-group]").forEach((line) => {
      const groups = this.groups[line.dataset.myGroup] ?? [];
      const mine = groups.find((g) => g.people.some((p) => p.id === this.me));
      line.textContent = mine
        ? format(this.texts.yourGroup, mine.number, mine.people.filter((p) => p.id !== this.me).map((p) => p.name).join(", "))
        : "";
    });
  }

  // Redrawn whole when notes went or changed (a name taken off); else only what is new is added.
  renderBoard(changed = false) {
    const list = this.$("[data-items]");
    const index = this.state?.stepIndex;
    const stored = this.state
      ? [...this.items.values()].filter((i) => i.stepIndex === index).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      : [...list.children].map((li) => ({ id: li.dataset.item, element: li })).filter((i) => !i.element.dataset.pending);
    const waiting = this.pending.all().filter((n) => !this.items.has(n.id));
    const shown = [...stored, ...waiting.map((n) => ({ ...n, pending: true }))];
    const present = [...list.children].map((li) => `${li.dataset.item}${li.dataset.pending ?? ""}`);
    const key = (i) => `${i.id}${i.pending ? "yes" : ""}`;
    const draw = (i) => i.element ?? this.note(i);
    // The list is a live region: only add what is new, or a screen reader reads the whole board at every note.
    if (!changed && present.every((id, i) => shown[i] && key(shown[i]) === id)) list.append(...shown.slice(present.length).map(draw));
    else list.replaceChildren(...shown.map(draw));
    this.$("[data-board-empty]").hidden = shown.length > 0;
  }

  note(item) {
    const li = document.createElement("li");
    li.className = item.pending ? "app-note app-note--pending" : "app-note";
    li.dataset.item = item.id;
    if (item.pending) li.dataset.pending = "yes";
    const text = document.createElement("span");
    text.className = "app-note__text";
    text.textContent = item.text;
    li.append(text);
    const column = (this.state?.columns ?? []).find((c) => c.key === item.column);
    if (column) li.append(this.tag("app-note__group", column.title));
    if (item.groupNumber) li.append(this.tag("app-note__group", format(this.texts.group, item.groupNumber)));
    if (item.authorName) li.append(this.tag("app-note__author", item.authorName));
    if (item.pending) li.append(this.tag("app-note__pending", this.texts.pending));
    return li;
  }

  tag(className, text) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }

  // A note is kept first, then sent: if the connection is down it waits (also across a reload) and goes with the
  // next connection, under the id it got here.
  write(form) {
    const textarea = form.querySelector("textarea");
    const text = textarea.value.trim();
    if (!text) { this.status(this.texts.empty); return; } // only spaces
    const column = form.querySelector("input[name=NoteColumn]:checked")?.value ?? null;
    this.pending.add({ id: newId(), text, column });
    textarea.value = "";
    this.renderBoard();
    this.flush();
  }

  async flush() {
    if (this.flushing) return;
    this.flushing = true;
    try {
      // Notes written while sending are taken too: the list is read again after every note.
      for (let note = this.pending.all()[0]; note; note = this.pending.all()[0]) {
        if (this.connection.state !== signalR.HubConnectionState.Connected) {
          this.status(this.texts.offline);
          return;
        }
        const result = await this.connection.invoke("AddItem", this.sessionId, note.id, note.text, note.column);
        this.pending.remove(note.id);
        if (result.error) {
          // Refused (the board closed meanwhile, say): nothing is lost, the text goes back to the field.
          const textarea = this.$("[data-add-form] textarea");
          if (textarea && !textarea.value) textarea.value = note.text;
          this.status(`${this.texts.notSent} ${result.error}`);
        } else {
          this.items.set(result.item.id, result.item);
          this.status(this.texts.sent, 4000);
        }
        this.renderBoard();
      }
    } catch {
      this.status(this.texts.offline);
    } finally {
      this.flushing = false;
    }
  }

  // A message in the status line; a passing one ("sent") goes away by itself after a while.
  status(text, clearAfter) {
    const line = this.$("[data-status]");
    line.textContent = text;
    clearTimeout(this.statusTimer);
    if (clearAfter) this.statusTimer = setTimeout(() => { if (line.textContent === text) line.textContent = ""; }, clearAfter);
  }
}

function init() {
  const root = document.getElementById("live");
  if (current && current.root !== root) {
    current.stop();
    current = null;
  }
  if (!root || current) return;
  current = new LiveSession(root);
  loadSignalR().then(() => current?.start());
}

init();
window.Blazor?.addEventListener?.("enhancedload", init);
