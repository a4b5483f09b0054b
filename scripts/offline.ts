// The offline copy: writes sw.js into a built deck (setup/service-worker.ts registers it after the page has loaded).
// It precaches what the views load (index.html, scripts, stylesheets, the font's parts 1 and 2, the mono font's Latin
// file, the favicon and manifest), then answers
//   - a page (navigation): network first, so a new deploy is seen as soon as it is online; offline, the precached
//     index.html answers every route;
//   - a precached file: from the cache (names under assets/ carry their content hash); anything else: the network.
// Its cache is named by a hash of the precached files, so every deploy that changes one installs a new worker, which
// takes over at once and deletes the old cache once its own is complete; a page of the old deploy that then asks for
// a chunk that is gone reloads itself once (setup/preload-error.ts).
// Not Workbox (vite-plugin-pwa, workbox-build): the font is written after Vite's bundle, and these three rules are
// shorter than its configuration.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Files no view loads: the font's part 3 (for states no walk saw), the mono font's other scripts, Slidev's logo, … */
const NOT_PRECACHED = /^assets\/(?:deck-sans-sc-\d+-3-|jetbrains-mono-(?!latin-wght)|logo-)|\.(?:pdf|map)$|^(?:og-image\.png|404\.html|_redirects|_headers|sw\.js)$/

/** Which files of a build (paths relative to it) are precached. */
export const precacheFiles = (files: string[]) => files.filter(file => !NOT_PRECACHED.test(file)).sort()

export function serviceWorkerSource(files: string[], version: string, base: string): string {
  const urls = files.map(file => base + (file === 'index.html' ? '' : file))
  return `// Written by scripts/offline.ts: the deck's offline copy.
const CACHE = 'deck-${version}'
const BASE = ${JSON.stringify(base)}
self.addEventListener('install', event => event.waitUntil(caches.open(CACHE)
  .then(cache => cache.addAll(${JSON.stringify(urls)}.map(url => new Request(url, { cache: 'reload' }))))
  .then(() => self.skipWaiting())))
self.addEventListener('activate', event => event.waitUntil(caches.keys()
  .then(keys => Promise.all(keys.filter(key => key.startsWith('deck-') && key !== CACHE).map(key => caches.delete(key))))
  .then(() => self.clients.claim())))
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE))
    return
  if (event.request.mode === 'navigate')
    event.respondWith(fetch(event.request).catch(() => caches.match(BASE, { cacheName: CACHE }).then(page => page || Response.error())))
  else
    event.respondWith(caches.match(url.origin + url.pathname, { cacheName: CACHE }).then(file => file || fetch(event.request)))
})
`
}

/** Writes sw.js into `dir`; returns the precached files, their bytes and the cache's version. */
export function writeServiceWorker(dir: string, base: string): { files: string[], bytes: number, version: string } {
  const files = precacheFiles(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(file => statSync(join(dir, file)).isFile()))
  const hash = createHash('sha256').update(base)
  let bytes = 0
  for (const file of files) {
    const content = readFileSync(join(dir, file))
    bytes += content.length
    hash.update(`${file}\0`).update(content)
  }
  const version = hash.digest('hex').slice(0, 16)
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(files, version, base))
  return { files, bytes, version }
}
