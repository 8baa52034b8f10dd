// The reader's service worker: articles already read open offline, and open at once online.
// The page shell is kept at install. A public API answer is served from the cache when there is one and revalidated
// with its ETag behind it (a 304 costs the server next to nothing); when the answer changed, the new one is stored and
// the pages are told, so they render it. Requests with an Authorization header (an editor's) are never stored.
const CACHE = 'evidence-reader-v1';
const SHELL = ['/', '/reader/reader.js', '/reader/evidence.js', '/reader/reader.css'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function cacheable(request) {
  const url = new URL(request.url);
  return request.method === 'GET' && url.origin === self.location.origin && !request.headers.has('Authorization')
    && (url.pathname.startsWith('/api/v1/articles') || url.pathname.startsWith('/api/v1/references/'));
}

async function notifyChanged(url) {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: 'changed', url });
  }
}

/** Asks the server whether the stored answer is still current; stores and announces a newer one. */
async function revalidate(request, stored) {
  const cache = await caches.open(CACHE);
  const etag = stored && stored.headers.get('ETag');
  const response = await fetch(request, etag ? { headers: { 'If-None-Match': etag } } : {});
  if (response.status === 200) {
    await cache.put(request, response.clone());
    if (stored) await notifyChanged(request.url);
    return response;
  }
  if (response.status === 404 || response.status === 410) await cache.delete(request);
  return stored && response.status === 304 ? stored : response;
}

async function answer(event) {
  const stored = await caches.match(event.request);
  if (stored) {
    event.waitUntil(revalidate(event.request, stored).catch(() => stored));
    return stored;
  }
  return revalidate(event.request, null);
}

/**
 * Pages and the reader's own files: the network when there is one (so a new release shows at once), else the stored
 * copy; any /read/ page is the shell at /, which renders the article named in the address.
 */
async function networkFirst(request, key) {
  try {
    const response = await fetch(request);
    if (response.ok && SHELL.includes(key)) (await caches.open(CACHE)).put(key, response.clone());
    return response;
  } catch (offline) {
    return (await caches.match(SHELL.includes(key) ? key : '/')) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const path = new URL(event.request.url).pathname;
  if (event.request.mode === 'navigate' || SHELL.includes(path)) event.respondWith(networkFirst(event.request, path));
  else if (cacheable(event.request)) event.respondWith(answer(event));
});
