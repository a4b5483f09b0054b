/**
 * Whether a slide is shown in the phone's reading view (/read), which provides it. Charts do not need it: they lay
 * out at the width ChartFrame measures (lib/chart/plot.ts, NARROW). A widget whose HTML around its chart reflows
 * there (a grid that becomes one column) reads it.
 */
import type { InjectionKey } from 'vue'
import { inject, provide } from 'vue'

const READING_VIEW: InjectionKey<boolean> = Symbol('reading-view')

export function provideCompactCharts(): void {
  provide(READING_VIEW, true)
}

export function useCompactChart(): boolean {
  return inject(READING_VIEW, false)
}
