/**
 * Safe redeploys: a visitor still on the page of an older deploy can ask for a lazily loaded chunk (a slide, the
 * presenter view) that the new deploy no longer has. Vite then fires `vite:preloadError` on window; the page
 * reloads once to get the new deploy's index.html, whose chunks exist, instead of showing a blank slide.
 *
 * One reload per deploy: the deploy is named by the page's entry script (its name holds the build's hash), kept in
 * sessionStorage across the reload. If the reloaded page is still the same deploy and still misses a chunk (the
 * file really is gone, or the network is down), it does not reload again: the error surfaces as usual. Offline, a
 * reload cannot help, so none is attempted.
 */
export const RELOADED_FOR_KEY = 'deck:reloaded-for-deploy'

type PageWindow = Pick<Window, 'addEventListener' | 'document' | 'location' | 'navigator' | 'sessionStorage'>

export function installPreloadErrorReload(page: PageWindow = window) {
  page.addEventListener('vite:preloadError', (event) => {
    const entry = page.document.querySelector<HTMLScriptElement>('script[type="module"][src]')
    const deployId = entry?.src ?? page.location.href
    try {
      if (!page.navigator.onLine || page.sessionStorage.getItem(RELOADED_FOR_KEY) === deployId)
        return
      page.sessionStorage.setItem(RELOADED_FOR_KEY, deployId)
    }
    catch {
      return // without storage a reload could loop
    }
    event.preventDefault()
    page.location.reload()
  })
}
