// The reader's service worker: articles already read open offline, and open at once online.
// The page shell is kept at install. A public API answer is served from the cache when there is one and revalidated
// with its ETag behind it (a 304 costs the server next to nothing); when the answer changed, the new one is stored and
// the pages are told, so they render it. Requests with an Authorization header (an editor's) are never stored.
// The changes feed keeps what is stored current between reads: the stored answers that show what it reports changed
// are revalidated, so an article changed, unpublished or deleted since it was read is not shown as it was offline.
const CACHE = 'evidence-reader-v1';
const SHELL = ['/', '/reader/reader.js', '/reader/evidence.js', '/reader/reader.css'];
/** Where the feed's token is kept, in the same cache (not a URL the service answers). */
const FEED_TOKEN = '/reader/changes-token';

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

/** Whether a fresh answer differs from the stored one: by their ETags, or by their bodies when they have none. */
async function changedFrom(stored, fresh) {
  const tags = [stored.headers.get('ETag'), fresh.headers.get('ETag')];
  if (tags[0] && tags[1]) return tags[0] !== tags[1];
  return (await stored.clone().text()) !== (await fresh.text());
}

/** Asks the server whether the stored answer is still current; stores and announces a newer one. */
async function revalidate(request, stored) {
  const cache = await caches.open(CACHE);
  const etag = stored && stored.headers.get('ETag');
  const headers = new Headers(request.headers);
  if (etag) headers.set('If-None-Match', etag);
  // past the browser's HTTP cache, which may hold the answer as it was for up to max-age seconds
  const response = await fetch(request, { cache: 'no-store', headers });
  if (response.status === 200) {
    const changed = stored && await changedFrom(stored, response.clone());
    await cache.put(request, response.clone());
    if (changed) await notifyChanged(request.url);
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

/** Whether a stored answer may show a resource of the feed's entries: its own path, or an article list page. */
function shows(request, entries) {
  const path = new URL(request.url).pathname;
  return entries.some((entry) => path === `/api/v1/articles/${entry.slug}` || path === `/api/v1/articles/${entry.id}`
    || path.startsWith(`/api/v1/references/${entry.id}/`) || (entry.type === 'ARTICLE' && path === '/api/v1/articles'));
}

/**
 * Revalidates the stored API answers that may show what changed (all of them when entries is null), four at a
 * time: a changed one is replaced and announced, a gone one (404, 410) dropped.
 */
async function revalidateStored(entries) {
  const cache = await caches.open(CACHE);
  const queue = (await cache.keys()).filter((request) => cacheable(request) && (!entries || shows(request, entries)));
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      const stored = await cache.match(request);
      await revalidate(request, stored).catch(() => stored);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Follows the changes feed, one pass at a time. */
let following = null;
let followAgain = false;
function followChanges() {
  if (following) { // a change may have committed after the running pass read the feed: one more pass after it
    followAgain = true;
    return following;
  }
  following = (async () => {
    do {
      followAgain = false;
      await followOnce();
    } while (followAgain);
  })().catch(() => { /* offline: next time */ }).finally(() => { following = null; });
  return following;
}

/**
 * Reads the changes feed from the kept token and revalidates the stored answers its entries concern. The first
 * time, and when the token has outlived the feed's memory (410), it starts from now and revalidates everything.
 */
async function followOnce() {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(FEED_TOKEN);
  let token = kept ? await kept.text() : 'now';
  let entries = kept ? [] : null;
  for (let more = true; more;) {
    const response = await fetch(`/api/v1/changes?since=${encodeURIComponent(token)}&limit=100`, { cache: 'no-store' });
    if (response.status === 410) {
      token = 'now';
      entries = null;
      continue;
    }
    if (!response.ok) return;
    const page = await response.json();
    if (entries) entries.push(...page.items);
    token = page.next;
    more = page.hasMore;
  }
  await cache.put(FEED_TOKEN, new Response(token));
  if (!entries || entries.length) await revalidateStored(entries);
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'follow-changes') event.waitUntil(followChanges());
});

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
