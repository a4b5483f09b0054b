// The Slidev client internals the reading view uses to render a slide outside the slide canvas (what Slidev's own
// SlideWrapper provides), typed here for the same reason as slidev-client.d.ts; tsconfig.json maps them here.
import type { InjectionKey, Ref } from 'vue'
import type { SlideRouteLike } from './slidev-client'

export const CLICKS_MAX: number
export const injectionRoute: InjectionKey<SlideRouteLike>
export const injectionFrontmatter: InjectionKey<Record<string, unknown>>
export const injectionCurrentPage: InjectionKey<Ref<number>>
export const injectionRenderContext: InjectionKey<Ref<string>>
export const injectionClicksContext: InjectionKey<Ref<unknown>>
export const injectionSlideZoom: InjectionKey<Ref<number>>
export function createFixedClicks(route: SlideRouteLike, current: number): unknown
