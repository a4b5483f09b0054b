/**
 * Whether a chart draws its compact layout: the phone layout of the reading view (/read), where a slide is shown
 * at a phone's width instead of in the 16:9 canvas. The reading view's slide provides it; on a slide, in the PDFs
 * and in unit tests nothing does, and every chart draws its slide layout. A widget that reads it builds a compact
 * plot (lib/chart/plot.ts: about one SVG unit per CSS px), and its layout places its labels for that width.
 */
import type { InjectionKey } from 'vue'
import { inject, provide } from 'vue'

const COMPACT_CHARTS: InjectionKey<boolean> = Symbol('compact-charts')

/** Every chart under the calling component draws its compact layout. */
export function provideCompactCharts(): void {
  provide(COMPACT_CHARTS, true)
}

/** Whether this chart draws its compact layout (fixed for the component's life). */
export function useCompactChart(): boolean {
  return inject(COMPACT_CHARTS, false)
}
