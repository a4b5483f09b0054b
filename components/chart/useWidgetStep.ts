/**
 * The step a widget shows. The slide states its clicks (`clicks: N` frontmatter) and binds `:step="$clicks"`, or
 * pins a step with `:step="n"`; the widget exports its LAST_STEP so a test checks the two agree.
 * Shown as one page (the one-page-per-slide PDF, the reading view: components/chart/print.ts), Slidev hands
 * `$clicks` its huge "every click" value: the widget then shows `printed`, the step that carries the slide's point
 * (default its last), no later than the slide's own last click (a slide that stops early prints where it stops).
 * A pinned step is shown as it is everywhere.
 */
import type { ComputedRef } from 'vue'
// With the extension, as Slidev's own generated code writes it: Slidev aliases @slidev/client/* to the package's
// folder, bypassing its exports map, so the bare subpath fails to load in `slidev build`.
import { CLICKS_MAX, injectionFrontmatter } from '@slidev/client/constants.ts'
import { computed, inject } from 'vue'
import { clampStep, stepProblem } from '../../lib/chart/steps'
import { useOnePage } from './print'

export function useWidgetStep(options: {
  step: () => number | undefined
  last: () => number
  printed?: () => number
}): ComputedRef<number> {
  const onePage = useOnePage()
  const frontmatter = inject(injectionFrontmatter, {})
  return computed(() => {
    const last = options.last()
    const step = options.step()
    if (onePage.value && (step === undefined || step > last)) {
      const slideLast = Number(frontmatter.clicks ?? Number.POSITIVE_INFINITY)
      return clampStep(Math.min(options.printed?.() ?? last, slideLast), last)
    }
    return clampStep(step ?? 0, last)
  })
}

/** A Chinese message for a `step` prop an author got wrong (see stepProblem), or null. */
export function widgetStepProblem(step: unknown, last: number): string | null {
  return stepProblem(step, last, CLICKS_MAX)
}
