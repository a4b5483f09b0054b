/**
 * The labour-market model (./data.ts): where the shifted curves cross, the gap at the old pay, the premium, what the
 * chart shows at one moment (a step's state plus the viewer's shifts), and the words it is read out with.
 */
import type { LaborMarket, LinearCurve, MarketState, Shifts } from './data'
import { DOMAIN } from './data'

export interface MarketPoint {
  quantity: number
  pay: number
}

export type Equilibrium = ({ ok: true } & MarketPoint) | { ok: false, message: string }

export const payOnCurve = (curve: LinearCurve, shift: number, quantity: number) => curve.intercept + curve.slope * (quantity - shift)
export const quantityOnCurve = (curve: LinearCurve, shift: number, pay: number) => (pay - curve.intercept) / curve.slope + shift

/**
 * Where the shifted curves cross: intercept_d + slope_d (Q − s_d) = intercept_s + slope_s (Q − s_s). Only a crossing
 * at positive pay and head-count is an equilibrium (the viewer can drag the curves apart).
 */
export function equilibrium(market: LaborMarket, shifts: Shifts): Equilibrium {
  const { demand, supply } = market
  const quantity = (supply.intercept - demand.intercept + demand.slope * shifts.demand - supply.slope * shifts.supply) / (demand.slope - supply.slope)
  const pay = payOnCurve(demand, shifts.demand, quantity)
  if (pay <= 0 || quantity <= 0)
    return { ok: false, message: `两条曲线交在工资 ${formatRelative(pay)}、人数 ${formatRelative(quantity)} 处：没有正的均衡` }
  return { ok: true, quantity, pay }
}

/** Does a value show as 0 once rounded to whole numbers, as the labels show it? Then the chart draws nothing for it. */
export const roundsToZero = (value: number) => Math.round(value) === 0

export interface MarketView {
  market: LaborMarket
  shifts: Shifts
  /** The reference "原均衡". */
  baseline: MarketPoint
  current: Equilibrium
  shifted: boolean
  /** Pay has not adjusted yet: the market sits at the old pay, with a gap. */
  atOldPay: boolean
  /** Pay has adjusted, but the gap at the old pay that drove it is drawn too (the printed step). */
  keepsGap: boolean
  demandedAtOldPay: number
  suppliedAtOldPay: number
  /** Demanded − supplied at the old pay: > 0 a shortage (缺口), < 0 a surplus (过剩). */
  gapAtOldPay: number
  /** Pay change against the baseline, % (NaN without an equilibrium). */
  premium: number
  /** An earlier equilibrium kept as a dashed reference, with its premium. */
  earlier: { point: MarketPoint, premium: number, shifts: Shifts } | null
}

const premiumOf = (base: MarketPoint, pay: number) => ((pay - base.pay) / base.pay) * 100

/** The step's state plus the viewer's offsets; `clearMarket` lets pay adjust right after a shock. */
export function marketView(market: LaborMarket, state: MarketState, offsets: Shifts, clearMarket: boolean, keepGap: boolean): MarketView {
  const base = equilibrium(market, { demand: 0, supply: 0 }) as MarketPoint
  const baseline = { quantity: base.quantity, pay: base.pay }
  const shifts = { demand: state.shifts.demand + offsets.demand, supply: state.shifts.supply + offsets.supply }
  const current = equilibrium(market, shifts)
  const demandedAtOldPay = quantityOnCurve(market.demand, shifts.demand, baseline.pay)
  const suppliedAtOldPay = quantityOnCurve(market.supply, shifts.supply, baseline.pay)
  const earlier = state.earlier && equilibrium(market, state.earlier)
  return {
    market,
    shifts,
    baseline,
    current,
    shifted: shifts.demand !== 0 || shifts.supply !== 0,
    atOldPay: !state.clears && !clearMarket,
    keepsGap: keepGap && (state.clears || clearMarket),
    demandedAtOldPay,
    suppliedAtOldPay,
    gapAtOldPay: demandedAtOldPay - suppliedAtOldPay,
    premium: current.ok ? premiumOf(baseline, current.pay) : Number.NaN,
    earlier: earlier?.ok ? { point: { quantity: earlier.quantity, pay: earlier.pay }, premium: premiumOf(baseline, earlier.pay), shifts: state.earlier! } : null,
  }
}

/** The part of a shifted curve inside the plot, upper end (higher pay) first; null when it misses the plot. */
export function visibleSegment(curve: LinearCurve, shift: number): [MarketPoint, MarketPoint] | null {
  const [low, high] = DOMAIN
  const ends = [quantityOnCurve(curve, shift, low), quantityOnCurve(curve, shift, high)]
  const from = Math.max(low, Math.min(...ends))
  const to = Math.min(high, Math.max(...ends))
  if (!(from < to))
    return null
  const a = { quantity: from, pay: payOnCurve(curve, shift, from) }
  const b = { quantity: to, pay: payOnCurve(curve, shift, to) }
  return a.pay >= b.pay ? [a, b] : [b, a]
}

// ---- words

/** Whole numbers with a true minus sign ("145", "−5"). */
export function formatRelative(value: number): string {
  const rounded = Math.round(value)
  return rounded < 0 ? `−${-rounded}` : String(Math.abs(rounded))
}

/** "+45%", "−10%", "0%". */
export const signedPercent = (value: number) => `${Math.round(value) > 0 ? '+' : ''}${formatRelative(value)}%`

/** "需求右移 60%", "供给左移 10%", "需求不动" (a shift as % of the baseline head-count). */
export function describeShift(curveName: string, shift: number, baselineQuantity: number): string {
  const percent = Math.round((shift / baselineQuantity) * 100)
  return percent === 0 ? `${curveName}不动` : `${curveName}${percent > 0 ? '右' : '左'}移 ${Math.abs(percent)}%`
}

/** "缺口 60", "过剩 20", "没有缺口". */
export function describeGap(gap: number): string {
  if (roundsToZero(gap))
    return '没有缺口'
  return `${gap > 0 ? '缺口' : '过剩'} ${formatRelative(Math.abs(gap))}`
}

/** "工资溢价 +45%", "工资 −10%", "工资不变". */
export function describePremium(premium: number): string {
  if (roundsToZero(premium))
    return '工资不变'
  return premium > 0 ? `工资溢价 ${signedPercent(premium)}` : `工资 ${signedPercent(premium)}`
}

export function describeOutcome(view: MarketView): string {
  if (view.atOldPay)
    return `原工资下${describeGap(view.gapAtOldPay)}`
  return view.current.ok ? describePremium(view.premium) : '没有正的均衡'
}

/** A curve handle's aria-valuetext, e.g. "需求右移 60%，工资溢价 +45%". */
export function handleValueText(curveName: string, shift: number, view: MarketView): string {
  return `${describeShift(curveName, shift, view.baseline.quantity)}，${describeOutcome(view)}`
}

/** What the chart shows, in one sentence, for screen readers. */
export function describeView(view: MarketView): string {
  const { market: { name }, current } = view
  if (view.atOldPay)
    return `${name}：原工资 ${formatRelative(view.baseline.pay)} 下，需求 ${formatRelative(view.demandedAtOldPay)}，供给 ${formatRelative(view.suppliedAtOldPay)}，${describeGap(view.gapAtOldPay)}`
  if (!current.ok)
    return `${name}：${current.message}`
  return `${name}：均衡年薪 ${formatRelative(current.pay)}，人数 ${formatRelative(current.quantity)}，${describeOutcome(view)}`
}
