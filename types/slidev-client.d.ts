// The few @slidev/client APIs this deck uses, typed for our type check.
// Slidev ships its client as TypeScript source written for a looser compiler configuration than ours, so
// letting vue-tsc follow the import would type-check Slidev itself; tsconfig.json maps the module here instead.
import type { Component, ComputedRef, Ref } from 'vue'

export interface SlideRouteLike {
  no: number
  meta: { slide: { title?: string, note?: string, noteHTML?: string, frontmatter: Record<string, unknown> } }
  /** The slide's compiled component (async), and its loader. */
  component: Component
  load: () => Promise<unknown>
}

export function useNav(): {
  slides: ComputedRef<SlideRouteLike[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRouteLike | undefined>
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
}

/** The state Slidev shares between the presenter, the audience and /notes; `timer` drives its countdown. */
export const sharedState: {
  page: number
  clicks: number
  clicksTotal: number
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
  $clicks: Ref<number>
}

export const configs: { download?: boolean | string, title: string, duration?: string | number, [key: string]: unknown }
