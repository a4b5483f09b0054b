/**
 * The diminishing-returns model of part 1 (示意, not fitted to data: DATA.md §4).
 *
 *   cumulative gain  G(e) = a · ln(1 + e / b)      (%, business metric)
 *   marginal gain    G'(e) = a / (b + e)           (% per 人年 of extra effort)
 *
 * e is effort in 人年 (people × time). a scales the whole curve, b sets how soon it bends:
 * at e = b the marginal gain has already halved. Marginal gain falls to a level m at e = a / m − b,
 * so "one more 人年 buys < 1 %" starts at a − b and "< 0.5 %" at 2a − b.
 * Hiring pays while G'(e) > c (a flat marginal cost, in the same %/人年); the crossing is e* = a / c − b.
 */

export interface LogCurve {
  /** Curve scale (%). Must be > 0. */
  a: number
  /** Bend (人年). Must be > 0. */
  b: number
}

export interface DiminishingReturnsInput extends LogCurve {
  /** Gain one more 人年 must buy to pay for itself (%/人年). */
  marginalCost: number
  /** Right end of the effort axis (人年). */
  effortMax: number
  /** Marginal gain at or above which we call it the dividend zone (%/人年). */
  dividendMarginal: number
  /** Effort where the draggable point starts (人年). */
  initialEffort: number
}

/** The two deep-water thresholds of the essay: 不到百分之一, 甚至不到千分之五 (per extra 人年). */
export const DEEP_WATER_LEVELS = [1, 0.5] as const

export function cumulativeGain(effort: number, curve: LogCurve): number {
  return curve.a * Math.log1p(effort / curve.b)
}

export function marginalGain(effort: number, curve: LogCurve): number {
  return curve.a / (curve.b + effort)
}

/** Effort at which the marginal gain has fallen to `level` (%/人年): a / level − b. May be ≤ 0 (already below). */
export function effortWhereMarginalFallsTo(level: number, curve: LogCurve): number {
  return curve.a / level - curve.b
}

export type Crossing
  = | { kind: 'at', effort: number, gain: number, marginal: number }
  /** Marginal gain is never above the cost: not even the first engineer pays. */
    | { kind: 'never-pays' }
  /** Marginal gain stays above the cost over the whole axis: hiring still pays at effortMax. */
    | { kind: 'always-pays' }

/** Where the marginal-gain curve meets the flat marginal-cost line inside (0, effortMax]. */
export function marginalCostCrossing(curve: LogCurve, marginalCost: number, effortMax: number): Crossing {
  if (marginalCost <= 0)
    return { kind: 'always-pays' }
  const effort = effortWhereMarginalFallsTo(marginalCost, curve)
  if (effort <= 0)
    return { kind: 'never-pays' }
  if (effort > effortMax)
    return { kind: 'always-pays' }
  return { kind: 'at', effort, gain: cumulativeGain(effort, curve), marginal: marginalCost }
}

/** A threshold effort clipped to the chart: null when the curve never gets there within [0, effortMax]. */
export interface Threshold {
  level: number
  /** Effort where marginal gain drops below `level`, clamped at 0; null if beyond effortMax. */
  effort: number | null
}

export function deepWaterThresholds(curve: LogCurve, effortMax: number): Threshold[] {
  return DEEP_WATER_LEVELS.map((level) => {
    const effort = Math.max(0, effortWhereMarginalFallsTo(level, curve))
    return { level, effort: effort <= effortMax ? effort : null }
  })
}

/** The dividend zone [0, end]: marginal gain ≥ dividendMarginal. Null when even the first 人年 is below it. */
export function dividendZoneEnd(curve: LogCurve, dividendMarginal: number, effortMax: number): number | null {
  const end = effortWhereMarginalFallsTo(dividendMarginal, curve)
  return end > 0 ? Math.min(end, effortMax) : null
}

/**
 * Checks the props. Returns a short Chinese message naming the first bad prop, or null.
 * The component shows it in place of the chart and warns in the console.
 */
export function diminishingReturnsProblem(input: DiminishingReturnsInput): string | null {
  const finite: Array<keyof DiminishingReturnsInput> = ['a', 'b', 'marginalCost', 'effortMax', 'dividendMarginal', 'initialEffort']
  for (const name of finite) {
    if (typeof input[name] !== 'number' || !Number.isFinite(input[name]))
      return `参数 ${name} 不是有限数值（收到 ${String(input[name])}）`
  }
  if (input.a <= 0)
    return `参数 a 必须大于 0（收到 ${input.a}）`
  if (input.b <= 0)
    return `参数 b 必须大于 0（收到 ${input.b}）`
  if (input.effortMax <= 0)
    return `参数 effortMax 必须大于 0（收到 ${input.effortMax}）`
  if (input.marginalCost < 0)
    return `参数 marginalCost 不能为负（收到 ${input.marginalCost}）`
  if (input.dividendMarginal <= 0)
    return `参数 dividendMarginal 必须大于 0（收到 ${input.dividendMarginal}）`
  return null
}

/** Effort in 人年 as spoken and shown: at most one decimal, no trailing ".0". */
export function formatEffort(effort: number): string {
  if (!Number.isFinite(effort))
    return '—'
  return String(Number(effort.toFixed(1)))
}

/** Marginal gain in %/人年: two decimals below 1 (so 0.48 is not shown as "0.5"), one above. */
export function formatMarginal(marginal: number): string {
  if (!Number.isFinite(marginal))
    return '—'
  return marginal < 1 ? marginal.toFixed(2) : marginal.toFixed(1)
}

export interface EffortReadout {
  effort: number
  gain: number
  marginal: number
  /** Chinese aria-valuetext, e.g. "投入 6 人年，累计提升 19.3%，边际提升 1.6%/人年". */
  text: string
}

export function effortReadout(effort: number, curve: LogCurve): EffortReadout {
  const gain = cumulativeGain(effort, curve)
  const marginal = marginalGain(effort, curve)
  return {
    effort,
    gain,
    marginal,
    text: `投入 ${formatEffort(effort)} 人年，累计提升 ${gain.toFixed(1)}%，边际提升 ${formatMarginal(marginal)}%/人年`,
  }
}
