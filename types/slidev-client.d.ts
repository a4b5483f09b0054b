// The boundary to Slidev's client: the @slidev/client APIs this deck uses, typed for our type check. Slidev ships
// its client as TypeScript source written for a looser compiler configuration than ours, so letting vue-tsc follow
// the import would type-check Slidev itself; tsconfig.json maps @slidev/client, its constants and useClicks here.
// Types that @slidev/types exports are Slidev's own; only what exists in the client alone is written out.
import type { ClicksContext, RenderContext, SlideInfo, SlideRoute, SlidevConfig } from '@slidev/types'
import type { ComputedRef, InjectionKey, Ref } from 'vue'

// What the client's shim-vue.d.ts adds to a slide's route (that shim also imports the client's source).
declare module 'vue-router' {
  interface RouteMeta {
    slide?: Omit<SlideInfo, 'source'> & { noteHTML: string, no: number }
  }
}

// From @slidev/client:
export function useNav(): {
  slides: ComputedRef<SlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRoute | undefined>
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
}

/** The state Slidev shares between the presenter, the audience and /notes; `timer` drives its countdown. */
export const sharedState: {
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
}

export function useSlideContext(): {
  $page: Ref<number>
  $frontmatter: Record<string, unknown>
}

export const configs: SlidevConfig

// From @slidev/client/constants:
export const CLICKS_MAX: number
export const injectionClicksContext: InjectionKey<Ref<ClicksContext>>
export const injectionSlidevContext: InjectionKey<{ nav: { isPrintMode: boolean, isPrintWithClicks: boolean } }>
export const injectionRoute: InjectionKey<SlideRoute>
export const injectionFrontmatter: InjectionKey<Record<string, unknown>>
export const injectionCurrentPage: InjectionKey<Ref<number>>
export const injectionRenderContext: InjectionKey<Ref<RenderContext>>
export const injectionSlideZoom: InjectionKey<Ref<number>>

// From @slidev/client/composables/useClicks:
export function createFixedClicks(route?: SlideRoute, currentInit?: number): ClicksContext
