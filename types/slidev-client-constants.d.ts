// The parts of @slidev/client/constants the deck reads: the chart core (a widget follows its slide's clicks and
// registers its count) and the reading view (it renders slides outside the canvas, providing what Slidev's own
// SlideWrapper provides). See types/slidev-client.d.ts for why Slidev's own source is not type-checked here.
import type { InjectionKey, Ref } from 'vue'
import type { SlideRouteLike } from './slidev-client'

/** The part of a slide's clicks context a widget uses to follow the clicks and register its count. */
export interface WidgetClicksContext {
  readonly current: number
  register: (id: string, info: { max: number, delta: number }) => void
  unregister: (id: string) => void
}

export const CLICKS_MAX: number
export const injectionClicksContext: InjectionKey<Ref<WidgetClicksContext>>
export const injectionSlidevContext: InjectionKey<{ nav: { isPrintMode: boolean, isPrintWithClicks: boolean } }>
export const injectionRoute: InjectionKey<SlideRouteLike>
export const injectionFrontmatter: InjectionKey<Record<string, unknown>>
export const injectionCurrentPage: InjectionKey<Ref<number>>
export const injectionRenderContext: InjectionKey<Ref<string>>
export const injectionSlideZoom: InjectionKey<Ref<number>>
