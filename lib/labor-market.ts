/**
 * The labour market for engineers as a textbook supply-and-demand model (示意, not data).
 *
 * Both curves are straight lines in inverse form, pay = intercept + slope · (quantity − shift), where
 * `shift` moves the whole curve horizontally by that many engineers (+ = right). Quantity and pay are relative
 * values with the baseline equilibrium at 100 / 100, so a shift of 30 quantity units is also "30% of the
 * baseline head-count" and a pay of 145 is "+45% on the old pay".
 *
 * Pure logic: no DOM, no Vue. The chart (components/LaborMarketChart.vue) only draws what this module computes.
 */
import { formatFixed, formatSignedPercent } from './chart/format'

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

// ---------------------------------------------------------------------------------------------------------------
// Scenarios and click steps

export type ScenarioId = 'llm' | 'rec'
/** Which scenario the chart follows: one market, or the talk's story (LLM steps, then the recommender market). */
export type ScenarioChoice = ScenarioId | 'story'

export interface StepState {
  /** Shifts of this step, in quantity units. */
  shifts: Shifts
  /** false: pay is still at the old level (right after a shock), so the gap between the curves is shown. */
  clears: boolean
  /** An earlier state whose premium is kept as a dashed outline (the premium the early movers got). */
  earlier?: Shifts
  /** One line for the presenter and the PDF: what this step shows. */
  note: string
}

export interface ShiftRange {
  min: number
  max: number
  step: number
  pageStep: number
}

export interface LaborScenario {
  id: ScenarioId
  /** Preset button text. */
  name: string
  market: Market
  steps: StepState[]
  quantityDomain: [number, number]
  payDomain: [number, number]
  /** Range of the drag / keyboard shift of either curve, in quantity units. */
  shiftRange: ShiftRange
  /** Source line under the chart. */
  source: string
}

const SHIFT_RANGE: ShiftRange = { min: -50, max: 100, step: 5, pageStep: 20 }

/**
 * Both markets start at the same relative baseline (100 engineers, pay 100) with demand slope −1.
 * LLM supply is steep (slope 3): in the short run few people have the skills, so a demand jump mostly raises pay.
 * Recommender supply is flatter (slope 1): many trained engineers and graduates can take those jobs.
 * With demand slope −1 and supply slope k, a demand shift Δ moves pay by Δ / (1 + 1/k):
 * LLM +60 → +45, then supply +40 → premium back to +15; recommender −20 → −10.
 */
export const LABOR_SCENARIOS: Readonly<Record<ScenarioId, LaborScenario>> = {
  llm: {
    id: 'llm',
    name: '大模型',
    market: { demand: { intercept: 200, slope: -1 }, supply: { intercept: -200, slope: 3 } },
    steps: [
      { shifts: { demand: 0, supply: 0 }, clears: true, note: 'ChatGPT 之前：大模型工程师的供需大致平衡' },
      { shifts: { demand: 60, supply: 0 }, clears: false, note: 'ChatGPT 之后需求暴增，供给跟不上：按原工资招不满人' },
      { shifts: { demand: 60, supply: 0 }, clears: true, note: '工资涨到新均衡：需求暴增、供给没跟上时价格最高' },
      {
        shifts: { demand: 60, supply: 40 },
        clears: true,
        earlier: { demand: 60, supply: 0 },
        note: '转行的人多了，供给右移：溢价缩小，窗口在关闭——要快',
      },
    ],
    quantityDomain: [0, 200],
    payDomain: [0, 200],
    shiftRange: SHIFT_RANGE,
    source: '供需模型示意，数值为相对值（基准均衡 = 100），不是统计数据',
  },
  rec: {
    id: 'rec',
    name: '推荐算法',
    market: { demand: { intercept: 200, slope: -1 }, supply: { intercept: 0, slope: 1 } },
    steps: [
      { shifts: { demand: 0, supply: 0 }, clears: true, note: '流量高峰时：推荐算法工程师的供需平衡' },
      { shifts: { demand: -20, supply: 0 }, clears: false, note: '流量见顶，需求左移：按原工资人过剩' },
      { shifts: { demand: -20, supply: 0 }, clears: true, note: '新均衡：工资持平或下降——平薪跳槽，涨幅卡在 30%（作者观察）' },
    ],
    quantityDomain: [0, 200],
    payDomain: [0, 200],
    shiftRange: SHIFT_RANGE,
    source: '供需模型示意，数值为相对值（基准均衡 = 100）；“平薪跳槽、涨幅卡 30%”是作者的观察，不是统计',
  },
}

/** The talk's story: the LLM market step by step, then the recommender market in its final state. */
function storySequence(scenarios: Readonly<Record<ScenarioId, LaborScenario>>): Array<{ id: ScenarioId, index: number }> {
  return [
    ...scenarios.llm.steps.map((_, index) => ({ id: 'llm' as const, index })),
    { id: 'rec', index: scenarios.rec.steps.length - 1 },
  ]
}

/** How many click steps (0 … n−1) a scenario choice has. */
export function laborMarketStepCount(
  choice: ScenarioChoice,
  scenarios: Readonly<Record<ScenarioId, LaborScenario>> = LABOR_SCENARIOS,
): number {
  return choice === 'story' ? storySequence(scenarios).length : scenarios[choice].steps.length
}

/** The slide's `clicks:` frontmatter for a scenario choice (the last step index). */
export function laborMarketClicks(
  choice: ScenarioChoice,
  scenarios: Readonly<Record<ScenarioId, LaborScenario>> = LABOR_SCENARIOS,
): number {
  return laborMarketStepCount(choice, scenarios) - 1
}

/** 0 … 4 for the story: 0 baseline, 1 demand shock, 2 premium, 3 supply catches up, 4 recommender market. */
export const LABOR_MARKET_STORY_CLICKS = laborMarketClicks('story')

/** A click count as a usable step index: non-finite → 0, fractions floored, never negative. */
export function normaliseStep(step: number): number {
  return Number.isFinite(step) ? Math.max(0, Math.floor(step)) : 0
}

/**
 * Which scenario and which of its steps to show. A preset chosen by the viewer (`picked`) wins over the story and
 * shows that scenario at the same click, capped at its last step.
 */
export function resolveStep(
  choice: ScenarioChoice,
  step: number,
  picked: ScenarioId | null = null,
  scenarios: Readonly<Record<ScenarioId, LaborScenario>> = LABOR_SCENARIOS,
): { scenario: LaborScenario, index: number, state: StepState } {
  const at = normaliseStep(step)
  const id = picked ?? (choice === 'story' ? null : choice)
  if (id) {
    const scenario = scenarios[id]
    const index = Math.min(at, scenario.steps.length - 1)
    return { scenario, index, state: scenario.steps[index]! }
  }
  const story = storySequence(scenarios)
  const { id: storyId, index } = story[Math.min(at, story.length - 1)]!
  const scenario = scenarios[storyId]
  return { scenario, index, state: scenario.steps[index]! }
}

function rangeProblem(domain: unknown, name: string): string | null {
  if (!Array.isArray(domain) || domain.length !== 2 || !domain.every(v => typeof v === 'number' && Number.isFinite(v)))
    return `${name} 须是两个有限数值`
  if (domain[0] >= domain[1])
    return `${name} 颠倒或为空（${domain[0]} ≥ ${domain[1]}）`
  return null
}

function inside(value: number, domain: readonly [number, number]): boolean {
  return value >= domain[0] && value <= domain[1]
}

/** Is the scenario drawable at every step? A Chinese message naming the faulty field under `name`, or null. */
export function scenarioProblem(scenario: LaborScenario | undefined, name: string): string | null {
  if (!scenario)
    return `${name} 缺失`
  const basic = marketProblem(scenario.market, `${name}.market`)
    ?? rangeProblem(scenario.quantityDomain, `${name}.quantityDomain`)
    ?? rangeProblem(scenario.payDomain, `${name}.payDomain`)
  if (basic)
    return basic
  const range = scenario.shiftRange
  if (!range || ![range.min, range.max, range.step, range.pageStep].every(Number.isFinite) || range.min >= range.max || range.step <= 0)
    return `${name}.shiftRange 无效：须 min < max 且 step > 0`
  if (!Array.isArray(scenario.steps) || scenario.steps.length === 0)
    return `${name}.steps 为空`
  const base = equilibrium(scenario.market)
  if (!base.ok)
    return `${name} 的基准：${base.message}`
  if (!inside(base.quantity, scenario.quantityDomain) || !inside(base.pay, scenario.payDomain))
    return `${name} 的基准均衡点超出坐标范围`
  for (const [i, state] of scenario.steps.entries()) {
    const shifts = state?.shifts ?? { demand: Number.NaN, supply: Number.NaN }
    if (![shifts.demand, shifts.supply].every(v => Number.isFinite(v) && v >= range.min && v <= range.max))
      return `${name}.steps[${i}].shifts 须在 shiftRange（${range.min} … ${range.max}）之内`
    const result = equilibrium(scenario.market, shifts)
    if (!result.ok)
      return `${name}.steps[${i}]：${result.message}`
    if (!inside(result.quantity, scenario.quantityDomain) || !inside(result.pay, scenario.payDomain))
      return `${name}.steps[${i}]：均衡点超出坐标范围`
    if (state.earlier && !equilibrium(scenario.market, state.earlier).ok)
      return `${name}.steps[${i}].earlier：没有正的均衡`
  }
  return null
}

/** Problems of every scenario the chart may show, first one wins. */
export function scenariosProblem(scenarios: Readonly<Record<ScenarioId, LaborScenario>> | undefined, prop = 'scenarios'): string | null {
  if (!scenarios)
    return `${prop} 缺失`
  return scenarioProblem(scenarios.llm, `${prop}.llm`) ?? scenarioProblem(scenarios.rec, `${prop}.rec`)
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
 * "still at the old pay" to the new equilibrium.
 */
export function marketView(
  scenario: LaborScenario,
  state: StepState,
  offsets: Shifts = NO_SHIFT,
  clearMarket = false,
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

// ---------------------------------------------------------------------------------------------------------------
// Words

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
  const size = formatRelative(Math.abs(gap))
  if (size === '0')
    return '没有缺口'
  return gap > 0 ? `缺口 ${size}` : `过剩 ${size}`
}

/** Pay change against the old equilibrium: "工资溢价 +45%", "工资 −10%", "工资不变". */
export function describePremium(premium: number): string {
  const text = signedPercent(premium)
  if (text === '0%')
    return '工资不变'
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
