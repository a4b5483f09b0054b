/**
 * Safe redeploys: a visitor still on a page of an older deploy can ask for a lazily loaded chunk (a slide, the
 * presenter view) that the new deploy no longer has. Vite then fires `vite:preloadError`; the page reloads once to
 * get the new deploy's index.html instead of showing a blank slide. Once per deploy, which is named by the entry
 * script's address (its name holds the build's hash), kept in sessionStorage across the reload: if the reloaded page
 * is the same deploy and still misses the chunk, the error surfaces as usual. Offline, a reload cannot help.
 */
export const RELOADED_FOR_KEY = 'deck:reloaded-for-deploy'

export function reloadOnceOnStaleChunk(event: Event, storage: Pick<Storage, 'getItem' | 'setItem'>, reload = () => window.location.reload()) {
  const deploy = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? location.href
  try {
    if (!navigator.onLine || storage.getItem(RELOADED_FOR_KEY) === deploy)
      return
    storage.setItem(RELOADED_FOR_KEY, deploy)
  }
  catch {
    return // storage blocked: without it a reload could loop
  }
  event.preventDefault()
  reload()
}
