/**
 * The talk's two labour markets (大模型, 推荐算法) and the chart's click steps: which market and which of its
 * states each step shows, how many steps a choice has (the chart registers them with the slide), and the
 * validation of scenario props. Pure: no DOM, no Vue.
 */
import type { Market, Shifts } from './model'
import { clampStep } from '../chart/steps'
import { equilibrium, inside, marketProblem } from './model'

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

/**
 * The clicks a chart with this choice registers with its slide: its last step index (the story: 0 baseline,
 * 1 demand shock, 2 premium, 3 supply catches up, 4 recommender market).
 */
export function laborMarketClicks(
  choice: ScenarioChoice,
  scenarios: Readonly<Record<ScenarioId, LaborScenario>> = LABOR_SCENARIOS,
): number {
  return laborMarketStepCount(choice, scenarios) - 1
}

/**
 * The step the one-page PDF prints (and the reading view shows): the one that carries the slide's point ("需求暴增、供给跟不上：价格最高").
 * For the story and the LLM market that is the LLM market's first new equilibrium after the demand shock (the
 * premium; the chart keeps the shortage that drove it, see marketView's keepGap), not the story's last step, the
 * recommender market, which would contradict the title. The recommender market alone prints its last step.
 */
export function laborMarketPrintedStep(
  choice: ScenarioChoice,
  scenarios: Readonly<Record<ScenarioId, LaborScenario>> = LABOR_SCENARIOS,
): number {
  if (choice === 'rec')
    return laborMarketClicks('rec', scenarios)
  const steps = scenarios.llm.steps
  const afterShock = steps.findIndex((state, index) => index > 0 && state.clears && !steps[index - 1]!.clears)
  return afterShock >= 0 ? afterShock : laborMarketClicks(choice, scenarios)
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
  const id = picked ?? (choice === 'story' ? null : choice)
  if (id) {
    const scenario = scenarios[id]
    const index = clampStep(step, scenario.steps.length - 1)
    return { scenario, index, state: scenario.steps[index]! }
  }
  const story = storySequence(scenarios)
  const { id: storyId, index } = story[clampStep(step, story.length - 1)]!
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
