/** Number formatting for chart labels and aria-valuetext, in the deck's Chinese style. */

/** Fixed decimals, without a trailing "-0" and with a true minus sign for negatives. */
export function formatFixed(value: number, digits = 1): string {
  if (!Number.isFinite(value))
    return '—'
  const rounded = Number(value.toFixed(digits))
  const text = Math.abs(rounded).toFixed(digits)
  return rounded < 0 ? `−${text}` : text
}

/** A signed percentage such as "+42%" or "−8.5%". */
export function formatSignedPercent(value: number, digits = 0): string {
  if (!Number.isFinite(value))
    return '—'
  const text = formatFixed(value, digits)
  return value > 0 && Number(text) !== 0 ? `+${text}%` : `${text}%`
}
