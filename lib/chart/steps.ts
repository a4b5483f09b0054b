/**
 * Click steps, as every widget reads them. A widget shows steps 0 … last; the slide's click counter can hand it
 * anything (NaN from a bad binding, a negative number, a fraction, or Slidev's huge "every click" value in print),
 * so every widget clamps it the same way here.
 */

/** Any incoming step as a step the widget has: NaN and below 0 → 0, fractions floored, +∞ and beyond → last. */
export function clampStep(step: number, last: number): number {
  const top = Math.max(0, Math.floor(last))
  if (Number.isNaN(step))
    return 0
  return Math.min(Math.max(Math.floor(step), 0), top)
}
