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

export interface PreloadErrorEnv {
  target: Pick<Window, 'addEventListener'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
  deployId: () => string
  online: () => boolean
  reload: () => void
}

/** Whether to reload for a missing chunk, given the deploy already reloaded for (if any). */
export function shouldReload(deployId: string, reloadedFor: string | null, online: boolean): boolean {
  return online && reloadedFor !== deployId
}

export function reloadOnStaleChunk(env: PreloadErrorEnv) {
  env.target.addEventListener('vite:preloadError', (event) => {
    const deployId = env.deployId()
    let reloadedFor: string | null = null
    try {
      reloadedFor = env.storage.getItem(RELOADED_FOR_KEY)
    }
    catch {} // storage blocked: reload at most this once
    if (!shouldReload(deployId, reloadedFor, env.online()))
      return
    try {
      env.storage.setItem(RELOADED_FOR_KEY, deployId)
    }
    catch {
      return // without storage a reload could loop
    }
    event.preventDefault()
    env.reload()
  })
}

/** The entry script's address: it changes with every build that changes any chunk. */
export function currentDeployId(doc: Document = document): string {
  const entry = doc.querySelector<HTMLScriptElement>('script[type="module"][src]')
  return entry?.src ?? doc.location.href
}

export function installPreloadErrorReload() {
  reloadOnStaleChunk({
    target: window,
    storage: window.sessionStorage,
    deployId: () => currentDeployId(),
    online: () => navigator.onLine,
    reload: () => window.location.reload(),
  })
}
