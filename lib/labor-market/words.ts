/**
 * The labour-market chart's words: percentages, relative values and the sentences for aria-valuetext and the
 * live read-out. Layout decides what to draw on numbers (./model.ts roundsToZero), never on these strings.
 */
import type { ShiftedView } from './model'
import { formatFixed, formatSignedPercent } from '../chart/format'
import { roundsToZero, shiftPercent } from './model'

/** "+45%", "−10%", "0%" (whole percent). */
export function signedPercent(value: number): string {
  return formatSignedPercent(value, 0)
}

/** A relative value for labels: whole numbers ("145", "−5"). */
export function formatRelative(value: number): string {
  return formatFixed(value, 0)
}

/** "需求右移 30%", "供给左移 10%", "需求不动". */
export function describeShift(curveName: string, shift: number, baselineQuantity: number): string {
  const percent = Math.round(shiftPercent(shift, baselineQuantity))
  if (!Number.isFinite(percent) || percent === 0)
    return `${curveName}不动`
  return `${curveName}${percent > 0 ? '右' : '左'}移 ${Math.abs(percent)}%`
}

/** Gap at the old pay in words: "缺口 60" or "过剩 20" (engineers, relative). */
export function describeGap(gap: number): string {
  if (roundsToZero(gap))
    return '没有缺口'
  const size = formatRelative(Math.abs(gap))
  return gap > 0 ? `缺口 ${size}` : `过剩 ${size}`
}

/** Pay change against the old equilibrium: "工资溢价 +45%", "工资 −10%", "工资不变". */
export function describePremium(premium: number): string {
  if (roundsToZero(premium))
    return '工资不变'
  const text = signedPercent(premium)
  return premium > 0 ? `工资溢价 ${text}` : `工资 ${text}`
}

/** The consequence of the shifts in words, for aria-valuetext and the live read-out. */
export function describeOutcome(view: ShiftedView): string {
  if (view.atOldPay)
    return `原工资下${describeGap(view.gapAtOldPay)}`
  if (!view.current.ok)
    return '没有正的均衡'
  return describePremium(view.premium)
}

/** Spoken value of a curve handle, e.g. "需求右移 60%，工资溢价 +45%". */
export function handleValueText(curveName: string, shift: number, view: ShiftedView): string {
  return `${describeShift(curveName, shift, view.baseline.quantity)}，${describeOutcome(view)}`
}
