// Live meeting on a phone: joins the meeting's hub group, shows the current agenda item, its countdown and
// the board, and sends notes. Every note gets an id made here, so sending it again after a lost connection
// stores it once. After reconnecting, the whole meeting is read again from the server (nothing is missed).
// The page is rendered on the server first and works without this script; this only makes it live.

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

class LiveMeeting {
  constructor(root) {
    this.root = root;
    this.meetingId = root.dataset.meeting;
    this.me = root.dataset.me;
    this.texts = JSON.parse(root.dataset.texts);
    this.state = null;
    this.groups = {};
    this.items = new Map();
    this.offset = 0;
    this.$ = (selector) => root.querySelector(selector);
  }

  async start() {
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/meeting")
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 15000, 30000])
      .build();
    this.connection.on("meetingEvent", (e) => this.apply(e));
    // The sign-in ended (blocked, or a new password elsewhere): reloading leads to the login page.
    this.connection.on("signedOut", () => { this.signedOut = true; location.reload(); });
    this.connection.onreconnecting(() => {
      this.connectionIs("reconnecting");
      this.status(this.texts.reconnecting);
    });
    this.connection.onreconnected(async () => {
      if (await this.join()) this.status(this.texts.reconnected);
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
      this.send(form);
    });
    this.timer = setInterval(() => this.tick(), 1000);
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
    const result = await this.connection.invoke("Join", this.meetingId);
    if (result.error) {
      this.status(result.error);
      return false;
    }
    this.groups = result.groups ?? {};
    this.items = new Map(result.items.map((i) => [i.id, i]));
    this.setState(result.state);
    this.connectionIs("connected");
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
        this.groups[e.assignmentId] = e.groups;
        this.renderGroups();
        break;
    }
  }

  setState(state) {
    this.state = state;
    this.offset = Date.parse(state.serverNow) - Date.now();
    const running = state.status === "Running";
    this.$("[data-item-of]").textContent = running
      ? format(this.texts.itemOf, state.agendaIndex + 1, state.agendaCount)
      : "";
    this.$("[data-item-title]").textContent = running
      ? state.itemTitle
      : state.status === "Closed" ? this.texts.closed : this.texts.waiting;
    this.$("[data-countdown]").hidden = !running;
    this.$("[data-add-form]").hidden = !running;
    this.$("[data-closed]").hidden = state.status !== "Closed";
    this.root.querySelectorAll("[data-assignment]").forEach((section) => {
      section.hidden = !running || section.dataset.assignment !== state.assignmentId;
    });
    this.renderGroups();
    this.renderBoard();
    this.tick();
  }

  tick() {
    const s = this.state;
    if (!s) return;
    const now = Date.now() + this.offset;
    const since = (iso) => (iso ? Math.max(0, Math.floor((now - Date.parse(iso)) / 1000)) : 0);
    const running = s.status === "Running";
    const planned = s.plannedSeconds + s.extraSeconds;
    this.countdown(this.$("[data-countdown] .app-countdown"), planned - s.elapsedSeconds - since(s.clockStartedAt), planned, !!s.clockStartedAt);
    const step = this.$("[data-timed-step]");
    step.hidden = !running || !s.timedStepTitle;
    if (running && s.timedStepTitle) {
      this.$("[data-timed-title]").textContent = s.timedStepTitle;
      this.countdown(this.$("[data-timed-countdown]"), s.timedStepSeconds - since(s.timedStepStartedAt), s.timedStepSeconds, true);
    }
  }

  // The same countdown as the server's CountdownText: amber near the end, red and a minus sign over time,
  // "(paused)" in words, and a label in whole minutes for screen readers.
  countdown(element, seconds, planned, running) {
    if (!element) return;
    const time = document.createTextNode(clock(seconds));
    element.replaceChildren(time);
    if (!running) element.append(" ", this.tag("app-countdown__paused", this.texts.paused));
    element.classList.toggle("app-countdown--warn", seconds >= 0 && seconds <= Math.max(60, planned / 10));
    element.classList.toggle("app-countdown--over", seconds < 0);
    element.classList.toggle("app-countdown--paused", !running);
    const label = seconds < 0
      ? format(this.texts.overtime, Math.floor((-seconds + 59) / 60))
      : format(this.texts.remaining, Math.floor((seconds + 59) / 60)) + (running ? "" : ` ${this.texts.paused}`);
    element.setAttribute("aria-label", label);
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

  renderBoard() {
    const list = this.$("[data-items]");
    const index = this.state?.agendaIndex;
    const shown = [...this.items.values()]
      .filter((i) => i.agendaIndex === index)
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    // The list is a live region: only add what is new, or a screen reader reads the whole board at every note.
    const present = [...list.children].map((li) => li.dataset.item);
    if (present.every((id, i) => shown[i]?.id === id)) list.append(...shown.slice(present.length).map((item) => this.note(item)));
    else list.replaceChildren(...shown.map((item) => this.note(item)));
    this.$("[data-board-empty]").hidden = shown.length > 0;
  }

  note(item) {
    const li = document.createElement("li");
    li.className = "app-note";
    li.dataset.item = item.id;
    const text = document.createElement("span");
    text.className = "app-note__text";
    text.textContent = item.text;
    li.append(text);
    if (item.groupNumber) li.append(this.tag("app-note__group", format(this.texts.group, item.groupNumber)));
    if (item.authorName) li.append(this.tag("app-note__author", item.authorName));
    return li;
  }

  tag(className, text) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }

  async send(form) {
    const textarea = form.querySelector("textarea");
    const text = textarea.value.trim();
    if (!text) return;
    // Keep the same id while retrying the same text, so a note that did arrive is not stored twice.
    if (form.dataset.pendingText !== text) {
      form.dataset.pendingText = text;
      form.dataset.pendingId = newId();
    }
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const result = await this.connection.invoke("AddItem", this.meetingId, form.dataset.pendingId, text);
      if (result.error) {
        this.status(`${this.texts.notSent} ${result.error}`);
        return;
      }
      this.items.set(result.item.id, result.item);
      this.renderBoard();
      textarea.value = "";
      delete form.dataset.pendingText;
      this.status(this.texts.sent, 4000);
    } catch {
      this.status(this.texts.offline);
    } finally {
      button.disabled = false;
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
  current = new LiveMeeting(root);
  loadSignalR().then(() => current?.start());
}

init();
window.Blazor?.addEventListener?.("enhancedload", init);
