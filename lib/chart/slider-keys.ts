/**
 * The WAI-ARIA slider pattern's keys, as pure logic: which value a key press leads to.
 * https://www.w3.org/WAI/ARIA/apg/patterns/slider/
 */
export interface SliderRange {
  min: number
  max: number
  /** Arrow-key step. */
  step: number
  /** Page Up / Page Down step; defaults to 10 steps. */
  pageStep?: number
}

/** The new value for a key, or null when the key is not a slider key (let it through to the deck). */
export function sliderValueForKey(key: string, value: number, range: SliderRange): number | null {
  const page = range.pageStep ?? range.step * 10
  let next: number
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = value + range.step
      break
    case 'ArrowLeft':
    case 'ArrowDown':
      next = value - range.step
      break
    case 'PageUp':
      next = value + page
      break
    case 'PageDown':
      next = value - page
      break
    case 'Home':
      next = range.min
      break
    case 'End':
      next = range.max
      break
    default:
      return null
  }
  return snapToStep(Math.min(range.max, Math.max(range.min, next)), range)
}

/** Rounds to the step grid anchored at min (avoids 0.30000000000000004-style drift), kept in range. */
export function snapToStep(value: number, range: SliderRange): number {
  const steps = Math.round((value - range.min) / range.step)
  const snapped = range.min + steps * range.step
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step)) + 1)
  return Math.min(range.max, Math.max(range.min, Number(snapped.toFixed(decimals))))
}
