// The phone form: never loses what was typed, and sends when there is a signal.
//
// 1. Every keystroke is kept as a draft in localStorage.
// 2. On submit the report (with its client id and photo) goes into an IndexedDB outbox,
//    then the outbox is flushed. Without a signal it waits; the "online" event, page
//    loads and a timer flush it again. The server treats a repeated client id as the
//    same report, so a retry after a lost response never makes a duplicate.
(function () {
  "use strict";
  const form = document.getElementById("report-form");
  if (!form) return;
  const text = JSON.parse(document.getElementById("form-messages").textContent);
  const statusBox = document.getElementById("outbox-status");
  const DRAFT = "siaga-report-draft";
  const DB = "siaga", STORE = "outbox";

  function newClientId() {
    return (crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2));
  }
  function ensureClientId() {
    if (!form.elements.client_id.value) form.elements.client_id.value = newClientId();
  }

  // --- draft ----------------------------------------------------------------------
  function saveDraft() {
    const draft = {};
    for (const el of form.elements) {
      if (!el.name || el.type === "file" || el.name === "csrfmiddlewaretoken") continue;
      if (el.type === "checkbox") {
        draft[el.name] = draft[el.name] || [];
        if (el.checked) draft[el.name].push(el.value);
      } else draft[el.name] = el.value;
    }
    localStorage.setItem(DRAFT, JSON.stringify(draft));
  }
  function restore(values) {
    for (const el of form.elements) {
      if (!el.name || !(el.name in values) || el.type === "file" || el.name === "csrfmiddlewaretoken") continue;
      if (el.type === "checkbox") el.checked = [].concat(values[el.name]).includes(el.value);
      else el.value = values[el.name];
    }
  }
  const saved = localStorage.getItem(DRAFT);
  if (saved && !form.querySelector(".errorlist li")) restore(JSON.parse(saved));
  ensureClientId();
  form.addEventListener("input", saveDraft);
  form.addEventListener("change", saveDraft);

  // --- outbox (IndexedDB) ---------------------------------------------------------
  function db() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "client_id" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  async function tx(mode, fn) {
    const conn = await db();
    return new Promise((resolve, reject) => {
      const t = conn.transaction(STORE, mode);
      const result = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(result && result.result);
      t.onerror = () => reject(t.error);
    });
  }
  const put = (item) => tx("readwrite", (s) => s.put(item));
  const remove = (id) => tx("readwrite", (s) => s.delete(id));
  const all = () => tx("readonly", (s) => s.getAll());

  function showStatus(message) {
    statusBox.hidden = !message;
    statusBox.textContent = message || "";
  }
  async function showPending() {
    const items = await all();
    showStatus(items.length ? `${text.queued} ${text.waiting} ${items.length}` : "");
    statusBox.dataset.pending = String(items.length);
  }
  function csrf() {
    const match = document.cookie.match(/csrftoken=([^;]+)/);
    return match ? match[1] : form.elements.csrfmiddlewaretoken.value;
  }
  function showErrors(errors) {
    form.querySelectorAll("[data-errors-for]").forEach((ul) => (ul.innerHTML = ""));
    for (const e of errors) {
      const ul = form.querySelector(`[data-errors-for="${e.field}"]`);
      if (ul) {
        const li = document.createElement("li");
        li.textContent = e.message;
        ul.appendChild(li);
      }
    }
    showStatus(text.fix);
  }

  let flushing = false;
  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      for (const item of await all()) {
        const body = new FormData();
        for (const [name, value] of Object.entries(item.fields)) {
          for (const v of [].concat(value)) body.append(name, v);
        }
        if (item.photo) body.append("photo", item.photo, item.photoName || "foto.jpg");
        let response;
        try {
          response = await fetch(form.action, {
            method: "POST", body, credentials: "same-origin",
            headers: { "X-CSRFToken": csrf(), Accept: "application/json" },
          });
        } catch (offline) {
          break; // no signal: keep everything and try again later
        }
        if (response.ok) {
          const data = await response.json();
          await remove(item.client_id);
          showStatus(text.sent.replace("%(number)s", data.number));
        } else if (response.status === 422) {
          // Bad input: put it back into the form for the officer to fix; never drop it.
          const data = await response.json();
          await remove(item.client_id);
          restore(item.fields);
          saveDraft();
          showErrors(data.errors || []);
        } else {
          break; // server trouble: keep it for the next attempt
        }
      }
    } finally {
      flushing = false;
      const left = (await all()).length;
      if (left) await showPending();
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    ensureClientId();
    const fields = {};
    for (const el of form.elements) {
      if (!el.name || el.type === "file" || el.name === "csrfmiddlewaretoken") continue;
      if (el.type === "checkbox") {
        if (el.name === "protected") { if (el.checked) fields.protected = "on"; continue; }
        fields[el.name] = fields[el.name] || [];
        if (el.checked) fields[el.name].push(el.value);
      } else fields[el.name] = el.value;
    }
    const file = form.elements.photo && form.elements.photo.files[0];
    await put({ client_id: fields.client_id, fields, photo: file || null, photoName: file ? file.name : "" });
    localStorage.removeItem(DRAFT);
    form.reset();
    form.elements.client_id.value = newClientId();
    showStatus(navigator.onLine ? text.sending : text.queued);
    await flush();
  });

  // --- location ---------------------------------------------------------------------
  const locate = document.getElementById("use-location");
  const locStatus = document.getElementById("location-status");
  if (locate) {
    locate.addEventListener("click", () => {
      if (!navigator.geolocation) { locStatus.textContent = text.no_location; return; }
      locStatus.textContent = text.locating;
      navigator.geolocation.getCurrentPosition((pos) => {
        form.elements.latitude.value = pos.coords.latitude.toFixed(6);
        form.elements.longitude.value = pos.coords.longitude.toFixed(6);
        locStatus.textContent = text.located;
        saveDraft();
      }, () => (locStatus.textContent = text.no_location), { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  window.addEventListener("online", flush);
  setInterval(flush, 30000);
  showPending().then(flush);
  if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => {});
})();
