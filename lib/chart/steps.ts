/**
 * Click steps and slider values, as every widget reads them. Pure: no DOM.
 */

/** Any incoming step as a step the widget has: NaN and below 0 → 0, fractions floored, beyond the last → last. */
export function clampStep(step: number, last: number): number {
  if (Number.isNaN(step))
    return 0
  return Math.min(Math.max(Math.floor(step), 0), Math.max(0, Math.floor(last)))
}

/** What is wrong with a pinned `:step="n"` an author wrote (n must be a step the widget has), or null. */
export function stepProblem(step: unknown, last: number): string | null {
  if (step !== undefined && (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > last))
    return `step 须是 0–${last} 的整数（收到 ${String(step)}）`
  return null
}

/** A WAI-ARIA slider's range: arrows move by `step`, Page Up / Page Down by `pageStep` (default 10 steps). */
export interface SliderRange {
  min: number
  max: number
  step: number
  pageStep?: number
}

/** Rounds to the step grid anchored at min (no 0.30000000000000004 drift), kept in range. */
export function snapToStep(value: number, range: SliderRange): number {
  const snapped = range.min + Math.round((value - range.min) / range.step) * range.step
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step)) + 1)
  return Math.min(range.max, Math.max(range.min, Number(snapped.toFixed(decimals))))
}

/** The slider's new value for a key (https://www.w3.org/WAI/ARIA/apg/patterns/slider/), or null: not a slider key. */
export function sliderValueForKey(key: string, value: number, range: SliderRange): number | null {
  const page = range.pageStep ?? range.step * 10
  const moves: Record<string, number> = {
    ArrowRight: value + range.step,
    ArrowUp: value + range.step,
    ArrowLeft: value - range.step,
    ArrowDown: value - range.step,
    PageUp: value + page,
    PageDown: value - page,
    Home: range.min,
    End: range.max,
  }
  return key in moves ? snapToStep(moves[key]!, range) : null
}
