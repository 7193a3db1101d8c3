// Keeps the report form usable without a signal: the form page and its assets are
// cached; pages are fetched from the network first and from the cache when offline.
const CACHE = "siaga-shell-v1";
const SHELL = ["/lapor/"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const isStatic = new URL(request.url).pathname.startsWith("/static/");
  if (isStatic) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((resp) => {
      const copy = resp.clone();
      caches.open(CACHE).then((c) => c.put(request, copy));
      return resp;
    })));
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).then((resp) => {
      if (resp.ok) { const copy = resp.clone(); caches.open(CACHE).then((c) => c.put(request, copy)); }
      return resp;
    }).catch(() => caches.match(request).then((hit) => hit || caches.match("/lapor/"))));
  }
});
