/**
 * Offline after one visit: registers the sw.js that scripts/build.ts writes next to index.html (scripts/offline.ts),
 * only in such a build, over HTTPS or on localhost, and not in the print view (the PDF export). After the page has
 * loaded: registering costs the app's first task ~13 ms at 4× CPU, and the precache would compete with the first
 * screen. `updateViaCache: 'none'` makes the browser check sw.js on every visit, so a new deploy is installed then.
 */
export function registerServiceWorker() {
  if (!__DECK_SERVICE_WORKER__ || !('serviceWorker' in navigator) || !window.isSecureContext || /\/(?:print|export)(?:\/|$)/.test(location.pathname))
    return
  const base = import.meta.env.BASE_URL
  const register = () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
    .catch(error => console.warn(`No offline copy of the deck: ${error instanceof Error ? error.message : error}`))
  if (document.readyState === 'complete')
    void register()
  else
    window.addEventListener('load', () => void register(), { once: true })
}
