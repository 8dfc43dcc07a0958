// Nour's service worker: keeps the app shell so the app opens with no network, and keeps the
// parts loaded on demand (.ci/wasm-build.mjs) once the page asks, so every page opens offline.
// The four lines below are filled in after each build by .ci/precache.mjs.
const VERSION = "dev";
const SHELL = [];
const HASHED = [];
const PARTS = [];
const CACHE = `nour-shell-${VERSION}`;
// Put in the cache once every part is there: a new version then keeps its own parts as it
// installs, so an update never leaves a learner who had the whole app with half of it.
const PARTS_KEPT = '/nour-parts-kept';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // On a first visit the page has just loaded most of these files: the HTTP cache answers, so
    // the shell crosses the network once. Hashed files are served immutable and taken as they
    // are; the others (the page, manifest, icons) are revalidated, a 304 when unchanged, so a host
    // that caches HTML for a while cannot pair an old page with new files. Never 'reload'.
    await cache.addAll(SHELL.map((url) => new Request(url, { cache: HASHED.includes(url) ? 'default' : 'no-cache' })));
    if (await hadEveryPart()) await keepParts();
    // The very first worker takes over at once; an update waits until the app tells it to.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

async function hadEveryPart() {
  for (const key of await caches.keys()) {
    if (key.startsWith('nour-shell-') && key !== CACHE && await (await caches.open(key)).match(PARTS_KEPT)) return true;
  }
  return false;
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
  // The page asks what is missing, and with `keep` to fetch it (right after its first screen,
  // unless the data saver waits for the learner's tap or an unmetered connection).
  if (data.type === 'PARTS') {
    event.waitUntil((async () => {
      if (data.keep) await keepParts();
      if (event.source) event.source.postMessage({ type: 'PARTS', ...(await partsStatus()) });
    })());
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('nour-shell-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

async function partsStatus() {
  const cache = await caches.open(CACHE);
  const missing = [];
  let bytes = 0;
  for (const part of PARTS) {
    if (!(await cache.match(part.url))) {
      missing.push(part.url);
      bytes += part.size;
    }
  }
  return { missing, bytes };
}

// Fetches every part not in the cache yet, two at a time, in the order PARTS lists them (the
// download path first: a learner on her first visit most likely taps "Télécharger" next).
async function keepParts() {
  const cache = await caches.open(CACHE);
  const queue = [];
  for (const part of PARTS) if (!(await cache.match(part.url))) queue.push(part.url);
  await Promise.all([0, 1].map(async () => {
    while (queue.length) await fetchPart(queue.shift()).catch(() => {});
  }));
  if ((await partsStatus()).missing.length === 0) await cache.put(PARTS_KEPT, new Response(''));
}

// One network request per part, ever: a part the page asks for while the worker is fetching it
// waits for that fetch, and whatever arrives is kept. Hashed files come from the HTTP cache when
// the page fetched them before this worker controlled it.
const inFlight = new Map();
function fetchPart(url) {
  let pending = inFlight.get(url);
  if (!pending) {
    pending = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      await (await caches.open(CACHE)).put(url, response.clone());
      return response;
    })();
    inFlight.set(url, pending);
    pending.then(() => inFlight.delete(url), () => inFlight.delete(url));
  }
  return pending.then((response) => response.clone());
}

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
  const part = PARTS.some((p) => p.url === url.pathname);
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || (part ? fetchPart(url.pathname) : fetch(request))));
});
