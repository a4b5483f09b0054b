// The two injection keys of @slidev/client/constants that the chart core reads (see types/slidev-client.d.ts for
// why Slidev's own source is not type-checked here).
import type { InjectionKey, Ref } from 'vue'

/** The part of a slide's clicks context a widget uses to follow the clicks and register its count. */
export interface WidgetClicksContext {
  readonly current: number
  register: (id: string, info: { max: number, delta: number }) => void
  unregister: (id: string) => void
}

export const injectionClicksContext: InjectionKey<Ref<WidgetClicksContext>>
export const injectionSlidevContext: InjectionKey<{ nav: { isPrintMode: boolean, isPrintWithClicks: boolean } }>
