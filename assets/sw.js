// NotaWijzer's service worker: the next visit starts from the device, and works offline.
//
// It keeps the app's own files only, by name: those of this build (scripts/sw.mjs writes their
// list and the build's version into this file). The first paint's files and the engine are kept
// when it installs; the rest (the pages, other languages' words, pdf.js, Tesseract and its model)
// the first time the app asks for them. It never keeps, or even sees, a nota, a picture, a text or
// a result: those never leave the page, and any other request (a partner's nota at ?src=, a host's
// tariff tables, which change without a new build) goes to the network as if it were not here.
// A new build installs beside the old one and takes over at the next visit (the page says so).
const VERSION = '__VERSION__';
const FIRST = __FIRST__;
const LATER = __LATER__;
const CACHE = `notawijzer-${VERSION}`;
const scope = new URL(self.registration.scope);
const own = new Set([...FIRST, ...LATER].map((f) => new URL(f, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FIRST.map((f) => new URL(f, scope).href))));
});

self.addEventListener('activate', (event) => {
  // the builds before this one are forgotten
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('notawijzer-') && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  // the app's address, whatever its query (?example=1, ?lang=en, ?src=…): its page
  const page = request.mode === 'navigate' && (url.href.split(/[?#]/)[0] === scope.href || url.pathname === `${scope.pathname}index.html`);
  const key = page ? new URL('index.html', scope).href : url.href.split(/[?#]/)[0];
  if (!page && !own.has(key)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const kept = await cache.match(key);
      if (kept) return kept;
      const response = await fetch(page ? key : request);
      if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
      return response;
    }),
  );
});
