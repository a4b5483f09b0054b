/**
 * Offline after one visit: registers the service worker that scripts/build.ts writes as sw.js next to
 * index.html (scripts/service-worker.ts). Only in a build made by scripts/build.ts, served over HTTPS (or from
 * localhost), after the page has loaded: the dev server, the PDF export and a bare `slidev build` have no worker
 * to register. `updateViaCache: 'none'` makes the browser check sw.js on every visit, so a new deploy is installed
 * on the next one.
 */
export const SERVICE_WORKER_FILE = 'sw.js'

export function registerServiceWorker() {
  if (!__DECK_SERVICE_WORKER__ || !('serviceWorker' in navigator) || !window.isSecureContext)
    return
  const base = import.meta.env.BASE_URL
  // The PDF export and the print view render the deck once; they need no offline copy.
  if (/\/(?:print|export)(?:\/|$)/.test(window.location.pathname))
    return
  const register = () => navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base, updateViaCache: 'none' })
    .catch(error => console.warn(`No offline copy of the deck: ${error instanceof Error ? error.message : error}`))
  // Once the page has loaded: registering costs the app's first task ~13 ms at 4× CPU, and the worker's precache
  // (the whole deck) would compete with what the first screen still fetches.
  if (document.readyState === 'complete')
    void register()
  else
    window.addEventListener('load', () => void register(), { once: true })
}
