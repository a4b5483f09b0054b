// Offline after one visit: writes sw.js into a built deck (setup/service-worker.ts registers it).
// It precaches what the slides, presenter, overview and notes views load (every part of each weight of the cut CJK
// font: the offline walk draws some characters the build's walk never saw at that weight), none of what they never
// load (NOT_PRECACHED). Then:
//   - a page (navigation) under the base path: network first, so a new deploy is seen as soon as it is online;
//     offline, the precached index.html answers every route (/7, /presenter/3, …);
//   - a precached file: from the cache (names under assets/ carry their content hash);
//   - anything else: the network.
// The cache is named by a hash of the files, so a deploy that changes one installs a new worker; it deletes the old
// caches only once its own precache is complete (a page never mixes deploys; setup/preload-error.ts reloads one that
// asks for a chunk that is gone).
// Hand-written rather than Workbox-generated: three rules, and Workbox bundles the worker with Babel and Rollup on
// every build (seconds on two cores).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const SERVICE_WORKER_FILE = 'sw.js'

/** Files of a build that no view loads (or that are not the app): never precached. */
const NOT_PRECACHED = [
  /^assets\/jetbrains-mono-(?!latin-wght)/, // the mono font's Cyrillic, Greek, Vietnamese, Latin-ext files
  /^assets\/logo-[^/]+\.png$/, // Slidev's own logo, shown by no view of this deck
  /\.pdf$/,
  /^og-image\.png$/,
  /^404\.html$/,
  /^_redirects$/,
  /^_headers$/,
  /^sw\.js$/,
  /\.map$/,
]

/** Which files of a build (paths relative to it, "/"-separated) are precached. */
export function precacheFiles(files: string[]): string[] {
  return files.filter(file => !NOT_PRECACHED.some(pattern => pattern.test(file))).sort()
}

/** The worker's source for a precache list; `version` names its cache. */
export function serviceWorkerSource({ files, version, base }: { files: string[], version: string, base: string }): string {
  return `// Written by scripts/service-worker.ts: the deck's offline copy. Version ${version}.
const CACHE = 'deck-${version}'
const BASE = ${JSON.stringify(base)}
const PRECACHE = ${JSON.stringify(files.map(file => (file === 'index.html' ? '' : file)))}.map(file => BASE + file)

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then(cache => cache.addAll(PRECACHE.map(url => new Request(url, { cache: 'reload' }))))
    .then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith('deck-') && key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()))
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET')
    return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE))
    return
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(BASE, { cacheName: CACHE })
      .then(cached => cached || Response.error())))
    return
  }
  event.respondWith(caches.match(url.origin + url.pathname, { cacheName: CACHE })
    .then(cached => cached || fetch(request)))
})
`
}

/** Writes sw.js into `dir`; returns the precached files and their total size in bytes. */
export function writeServiceWorker(dir: string, base: string): { files: string[], bytes: number, version: string } {
  const files = precacheFiles(readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(file => statSync(join(dir, file)).isFile()))
  const hash = createHash('sha256').update(base)
  let bytes = 0
  for (const file of files) {
    const content = readFileSync(join(dir, file))
    bytes += content.length
    hash.update(file).update('\0').update(content)
  }
  const version = hash.digest('hex').slice(0, 16)
  writeFileSync(join(dir, SERVICE_WORKER_FILE), serviceWorkerSource({ files, version, base }))
  return { files, bytes, version }
}
