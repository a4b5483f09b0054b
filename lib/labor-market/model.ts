/**
 * The labour market for engineers as a textbook supply-and-demand model (示意, not data).
 *
 * Both curves are straight lines in inverse form, pay = intercept + slope · (quantity − shift), where
 * `shift` moves the whole curve horizontally by that many engineers (+ = right). Quantity and pay are relative
 * values with the baseline equilibrium at 100 / 100, so a shift of 30 quantity units is also "30% of the
 * baseline head-count" and a pay of 145 is "+45% on the old pay".
 *
 * Pure logic: no DOM, no Vue. Scenarios and click steps: ./scenarios.ts; words: ./words.ts; where the chart
 * draws every mark: ./layout.ts.
 */
import type { LaborScenario, StepState } from './scenarios'
import { formatFixed } from '../chart/format'
/** A straight line in inverse form: pay at quantity 0 before any shift, and pay change per extra engineer. */
export interface LinearCurve {
  intercept: number
  slope: number
}

export interface Market {
  /** Downward sloping: slope < 0. */
  demand: LinearCurve
  /** Upward sloping: slope > 0. */
  supply: LinearCurve
}

/** Horizontal shifts of the two curves, in quantity units (+ = right). */
export interface Shifts {
  demand: number
  supply: number
}

export interface MarketPoint {
  quantity: number
  pay: number
}

export type NoEquilibriumReason = 'not-finite' | 'parallel' | 'non-positive'

export type EquilibriumResult
  = | ({ ok: true } & MarketPoint)
    | { ok: false, reason: NoEquilibriumReason, message: string }

export const NO_SHIFT: Shifts = Object.freeze({ demand: 0, supply: 0 })

/** Pay at which the (shifted) curve hires `quantity` engineers. */
export function payOnCurve(curve: LinearCurve, shift: number, quantity: number): number {
  return curve.intercept + curve.slope * (quantity - shift)
}

/** Engineers demanded (or supplied) at `pay` on the (shifted) curve. Not finite for a flat curve. */
export function quantityOnCurve(curve: LinearCurve, shift: number, pay: number): number {
  return (pay - curve.intercept) / curve.slope + shift
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Where the shifted curves cross. Solving intercept_d + slope_d (Q − s_d) = intercept_s + slope_s (Q − s_s):
 * Q* = (intercept_s − intercept_d + slope_d s_d − slope_s s_s) / (slope_d − slope_s).
 * Only a crossing at positive pay and positive head-count is a market equilibrium.
 */
export function equilibrium(market: Market, shifts: Shifts = NO_SHIFT): EquilibriumResult {
  const { demand, supply } = market
  const inputs = [demand.intercept, demand.slope, supply.intercept, supply.slope, shifts.demand, shifts.supply]
  if (!inputs.every(Number.isFinite))
    return { ok: false, reason: 'not-finite', message: '参数不是有限数值，算不出均衡' }
  if (nearlyEqual(demand.slope, supply.slope))
    return { ok: false, reason: 'parallel', message: '供需曲线平行，没有交点' }
  const quantity = (supply.intercept - demand.intercept + demand.slope * shifts.demand - supply.slope * shifts.supply)
    / (demand.slope - supply.slope)
  const pay = payOnCurve(demand, shifts.demand, quantity)
  if (!Number.isFinite(quantity) || !Number.isFinite(pay))
    return { ok: false, reason: 'not-finite', message: '参数超出可计算范围，算不出均衡' }
  if (pay <= 0 || quantity <= 0) {
    return {
      ok: false,
      reason: 'non-positive',
      message: `两条曲线交在工资 ${formatFixed(pay, 0)}、人数 ${formatFixed(quantity, 0)} 处：没有正的均衡`,
    }
  }
  return { ok: true, quantity, pay }
}

/** Quantity demanded minus quantity supplied at `pay`: > 0 is a shortage (缺口), < 0 a surplus (过剩). */
export function excessDemandAtPay(market: Market, shifts: Shifts, pay: number): number {
  return quantityOnCurve(market.demand, shifts.demand, pay) - quantityOnCurve(market.supply, shifts.supply, pay)
}

/** Pay change in percent of the old pay: (new − old) / old · 100. */
export function premiumPercent(oldPay: number, newPay: number): number {
  return ((newPay - oldPay) / oldPay) * 100
}

/** A shift in quantity units as percent of the baseline head-count. */
export function shiftPercent(shift: number, baselineQuantity: number): number {
  return (shift / baselineQuantity) * 100
}

/** Is the market well formed? A Chinese message naming the faulty field under `name`, or null. */
export function marketProblem(market: Market | undefined, name: string): string | null {
  if (!market?.demand || !market.supply)
    return `${name}：缺少需求或供给曲线`
  for (const side of ['demand', 'supply'] as const) {
    for (const field of ['intercept', 'slope'] as const) {
      const value = market[side][field]
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `${name}.${side}.${field} 不是有限数值`
    }
  }
  if (nearlyEqual(market.demand.slope, market.supply.slope))
    return `${name}：供需曲线平行（斜率都是 ${market.demand.slope}），没有交点`
  if (market.demand.slope >= 0)
    return `${name}.demand.slope 须小于 0（需求曲线向下倾斜），现在是 ${market.demand.slope}`
  if (market.supply.slope <= 0)
    return `${name}.supply.slope 须大于 0（供给曲线向上倾斜），现在是 ${market.supply.slope}`
  return null
}

export function inside(value: number, domain: readonly [number, number]): boolean {
  return value >= domain[0] && value <= domain[1]
}

/**
 * Does a value show as 0 once rounded to `digits` decimals (the labels' precision)? The chart draws a gap or a
 * premium only when its label would not read 0; a value that is not finite is not 0.
 */
export function roundsToZero(value: number, digits = 0): boolean {
  return Number.isFinite(value) && Number(value.toFixed(digits)) === 0
}

// ---------------------------------------------------------------------------------------------------------------
// What the chart shows at one moment

export interface ShiftedView {
  shifts: Shifts
  /** Baseline equilibrium (always the reference "原均衡"). */
  baseline: MarketPoint
  /** Equilibrium of the current shifts; not ok when the viewer dragged the curves apart. */
  current: EquilibriumResult
  /** Whether the curves moved away from the baseline. */
  shifted: boolean
  /** Pay has not adjusted yet: the market sits at the old pay with a gap. */
  atOldPay: boolean
  /** Pay has adjusted, but the gap at the old pay that drove it is still drawn (shown as one page: the one-page PDF, the reading view). */
  keepsGap: boolean
  /** Quantity demanded − supplied at the old pay (> 0 shortage, < 0 surplus). */
  gapAtOldPay: number
  demandedAtOldPay: number
  suppliedAtOldPay: number
  /** Pay change of the current equilibrium against the baseline, in percent (NaN without an equilibrium). */
  premium: number
  /** Earlier equilibrium and its premium, if this step keeps one as a reference. */
  earlier: { point: MarketPoint, premium: number, shifts: Shifts } | null
}

/**
 * The state of the chart: the step's shifts plus the viewer's offsets. `clearMarket` lets the viewer jump from
 * "still at the old pay" to the new equilibrium; `keepGap` draws, at a cleared step, the gap at the old pay too.
 */
export function marketView(
  scenario: LaborScenario,
  state: StepState,
  offsets: Shifts = NO_SHIFT,
  clearMarket = false,
  keepGap = false,
): ShiftedView {
  const { market } = scenario
  const base = equilibrium(market)
  // scenarioProblem() rejects markets without a baseline equilibrium before they get here.
  const baseline: MarketPoint = base.ok ? { quantity: base.quantity, pay: base.pay } : { quantity: Number.NaN, pay: Number.NaN }
  const shifts = { demand: state.shifts.demand + offsets.demand, supply: state.shifts.supply + offsets.supply }
  const current = equilibrium(market, shifts)
  const demandedAtOldPay = quantityOnCurve(market.demand, shifts.demand, baseline.pay)
  const suppliedAtOldPay = quantityOnCurve(market.supply, shifts.supply, baseline.pay)
  let earlier: ShiftedView['earlier'] = null
  if (state.earlier) {
    const e = equilibrium(market, state.earlier)
    if (e.ok)
      earlier = { point: { quantity: e.quantity, pay: e.pay }, premium: premiumPercent(baseline.pay, e.pay), shifts: state.earlier }
  }
  return {
    shifts,
    baseline,
    current,
    shifted: shifts.demand !== 0 || shifts.supply !== 0,
    atOldPay: !state.clears && !clearMarket,
    keepsGap: keepGap && (state.clears || clearMarket),
    gapAtOldPay: demandedAtOldPay - suppliedAtOldPay,
    demandedAtOldPay,
    suppliedAtOldPay,
    premium: current.ok ? premiumPercent(baseline.pay, current.pay) : Number.NaN,
    earlier,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry for drawing

/**
 * The part of a shifted curve inside the box quantityDomain × payDomain, as [upper end, lower end]
 * (the upper end has the higher pay). null when the line misses the box.
 */
export function visibleSegment(
  curve: LinearCurve,
  shift: number,
  quantityDomain: readonly [number, number],
  payDomain: readonly [number, number],
): [MarketPoint, MarketPoint] | null {
  const [q0, q1] = quantityDomain
  const [p0, p1] = payDomain
  // Parametrise by quantity and narrow [q0, q1] to where pay stays inside [p0, p1].
  let lo = q0
  let hi = q1
  if (curve.slope === 0) {
    if (!inside(curve.intercept, payDomain))
      return null
  }
  else {
    const qa = quantityOnCurve(curve, shift, p0)
    const qb = quantityOnCurve(curve, shift, p1)
    lo = Math.max(lo, Math.min(qa, qb))
    hi = Math.min(hi, Math.max(qa, qb))
  }
  if (!(lo < hi))
    return null
  const a = { quantity: lo, pay: payOnCurve(curve, shift, lo) }
  const b = { quantity: hi, pay: payOnCurve(curve, shift, hi) }
  return a.pay >= b.pay ? [a, b] : [b, a]
}

/** A point `fraction` of the way from `from` to `to`. */
export function along(from: MarketPoint, to: MarketPoint, fraction: number): MarketPoint {
  return {
    quantity: from.quantity + (to.quantity - from.quantity) * fraction,
    pay: from.pay + (to.pay - from.pay) * fraction,
  }
}

/** Where the drag grip of a curve sits: this fraction of the way along its visible part, from the upper end. */
export const GRIP_AT = 0.12

/** The grip point of a shifted curve inside the box, or null when the curve is not visible. */
export function gripPoint(
  curve: LinearCurve,
  shift: number,
  quantityDomain: readonly [number, number],
  payDomain: readonly [number, number],
): MarketPoint | null {
  const segment = visibleSegment(curve, shift, quantityDomain, payDomain)
  return segment ? along(segment[0], segment[1], GRIP_AT) : null
}

/** The shift that puts the curve through a point (what dragging the curve to that point means). */
export function shiftThrough(curve: LinearCurve, point: MarketPoint): number {
  return point.quantity - (point.pay - curve.intercept) / curve.slope
}
