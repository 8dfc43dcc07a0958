// Nour's service worker: keeps the app shell so the app opens with no network.
// The three lines below are filled in after each build by .ci/precache.mjs.
const VERSION = "dev";
const SHELL = [];
const HASHED = [];
const CACHE = `nour-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // On a first visit the page has just loaded most of these files: the HTTP cache answers, so
    // the shell crosses the network once. Hashed files are served immutable and taken as they
    // are; the others (the page, manifest, icons) are revalidated, a 304 when unchanged, so a host
    // that caches HTML for a while cannot pair an old page with new files. Never 'reload'.
    await cache.addAll(SHELL.map((url) => new Request(url, { cache: HASHED.includes(url) ? 'default' : 'no-cache' })));
    // The very first worker takes over at once; an update waits until the app tells it to.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('nour-shell-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Catalog and bundles go to the network: the app verifies them and keeps courses in IndexedDB.
  if (url.pathname.startsWith('/catalog/')) return;
  if (request.mode === 'navigate') {
    // Every route is the same single page: answer from the cache, offline or not.
    event.respondWith(caches.match('/', { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
