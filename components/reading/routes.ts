import type { Router, RouteRecordRaw } from 'vue-router'
import { isNavigationFailure, NavigationFailureType, START_LOCATION } from 'vue-router'
import { NARROW_PORTRAIT, PREFER_SLIDES_KEY, READING_CLASS, readingRedirect } from '../../lib/reading/landing'

/** Adds the reading view (/read, /read/N) and sends phones there on landing (lib/reading/landing.ts). */
export function withReadingView(routes: RouteRecordRaw[]): RouteRecordRaw[] {
  const play = routes.find(route => route.name === 'play')
  if (play) {
    play.beforeEnter = (to, from) => readingRedirect({
      no: String(to.params.no ?? ''),
      initial: from === START_LOCATION,
      narrowPortrait: window.matchMedia(NARROW_PORTRAIT).matches,
      prefersSlides: sessionStorage.getItem(PREFER_SLIDES_KEY) === '1' || 'embedded' in to.query,
    }) ?? true
  }
  return [
    {
      name: 'read',
      path: '/read/:no?',
      component: () => import('./ReadingView.vue'),
      // Set on entering, before the view's chunk has loaded: the page's load event can come first. ReadingView.vue
      // sets it again on mounting (a hot reload remounts it without entering) and takes it off when left.
      beforeEnter: () => {
        document.documentElement.classList.add(READING_CLASS)
      },
    },
    ...routes,
  ]
}

/**
 * Takes READING_CLASS off <html> once a navigation ends outside the reading view. Leaving the view removes it
 * (ReadingView.vue), but a navigation that entered /read and failed (its chunk did not load: vue-router runs no
 * afterEach then, only onError) never mounted the view, and the class would leave the slides scrolling like an
 * article. A navigation overtaken by another leaves the class to the one that overtook it, which may enter the view.
 */
export function clearReadingClassOutside(router: Router): void {
  const clearOutside = () => {
    if (router.currentRoute.value.name !== 'read')
      document.documentElement.classList.remove(READING_CLASS)
  }
  router.afterEach((_to, _from, failure) => {
    if (!isNavigationFailure(failure, NavigationFailureType.cancelled))
      clearOutside()
  })
  router.onError(clearOutside)
}
