/**
 * The talk's two labour markets for engineers (示意 models, not data) and the chart's click steps.
 *
 * Both curves are straight lines in inverse form, pay = intercept + slope · (quantity − shift), where `shift` moves
 * the whole curve sideways by that many engineers (+ = right). Quantity and pay are relative, the baseline
 * equilibrium at 100 / 100, so a pay of 145 is "+45 % on the old pay". Both markets have demand slope −1.
 * LLM supply is steep (slope 3): in the short run few people have the skills, so a demand jump mostly raises pay.
 * Recommender supply is flatter (slope 1): many trained engineers and graduates can take those jobs.
 * A demand shift Δ moves pay by Δ / (1 + 1/k) for supply slope k: LLM +60 → +45, then supply +40 → +15. In the
 * recommender market demand and supply both move left by 20 (traffic peaked; engineers leave the field): fewer
 * jobs (80), pay unchanged (100): 缩招 and flat moves, not a pay cut.
 */

export interface LinearCurve {
  intercept: number
  slope: number
}

export interface Shifts {
  demand: number
  supply: number
}

export interface MarketState {
  shifts: Shifts
  /** false: pay is still at the old level (right after a shock), so the gap between the curves is shown. */
  clears: boolean
  /** An earlier state whose premium stays as a dashed outline (the premium the early movers got). */
  earlier?: Shifts
  /** What this state shows, one line above the chart. */
  note: string
}

export type MarketId = 'llm' | 'rec'

export interface LaborMarket {
  id: MarketId
  /** Preset button text. */
  name: string
  demand: LinearCurve
  supply: LinearCurve
  /** The market's own states, step by step (a preset shows them at the slide's click). */
  steps: MarketState[]
  source: string
}

export const MARKETS: Readonly<Record<MarketId, LaborMarket>> = {
  llm: {
    id: 'llm',
    name: '大模型',
    demand: { intercept: 200, slope: -1 },
    supply: { intercept: -200, slope: 3 },
    steps: [
      { shifts: { demand: 0, supply: 0 }, clears: true, note: 'ChatGPT 之前：大模型工程师的供需大致平衡' },
      { shifts: { demand: 60, supply: 0 }, clears: false, note: 'ChatGPT 之后需求暴增，供给跟不上：按原工资招不满人' },
      { shifts: { demand: 60, supply: 0 }, clears: true, note: '工资涨到新均衡：供给没跟上时价格最高（幅度是示意参数）' },
      { shifts: { demand: 60, supply: 40 }, clears: true, earlier: { demand: 60, supply: 0 }, note: '我当时的预期：转行的人多了，供给右移，溢价缩小——窗口会关，要快' },
    ],
    source: '供需模型示意：斜率和移动幅度是我设的参数，+45%、+15% 都由参数决定；数值为相对值（基准均衡 = 100），不是统计数据',
  },
  rec: {
    id: 'rec',
    name: '推荐算法',
    demand: { intercept: 200, slope: -1 },
    supply: { intercept: 0, slope: 1 },
    steps: [
      { shifts: { demand: 0, supply: 0 }, clears: true, note: '流量高峰时：推荐算法工程师的供需平衡' },
      { shifts: { demand: -20, supply: 0 }, clears: false, note: '流量见顶，需求左移：按原工资人过剩' },
      { shifts: { demand: -20, supply: -20 }, clears: true, note: '新均衡：岗位变少，工资不再上涨——缩招、平薪跳槽（我的观察）' },
    ],
    source: '供需模型示意，数值为相对值（基准均衡 = 100）；“平薪跳槽、涨幅卡 30%”是我的观察，不是统计',
  },
}

/** Both axes, quantity and pay: 0–200. */
export const DOMAIN = [0, 200] as const
/** How far the viewer may shift either curve (quantity units), per arrow key and per page. */
export const SHIFT_RANGE = { min: -50, max: 100, step: 5, pageStep: 20 }

/**
 * The slide's clicks, the talk's story: 0 the LLM market in balance; 1 demand jumps (ChatGPT), pay still at the old
 * level: the shortage; 2 the new equilibrium, +45 %; 3 supply catches up as people retrain, +15 % (the window
 * closes); 4 the recommender market, demand and supply shifted left: fewer jobs, pay unchanged.
 */
export const STORY: ReadonlyArray<{ market: MarketId, index: number }> = [
  ...MARKETS.llm.steps.map((_, index) => ({ market: 'llm' as const, index })),
  { market: 'rec', index: MARKETS.rec.steps.length - 1 },
]
export const LAST_STEP = STORY.length - 1
/**
 * Printed (the one-page PDF, the handout) and in the reading view: the LLM market's new equilibrium right after the
 * shock, with the shortage at the old pay that drove it kept beside the premium: the slide's point (demand jumped,
 * supply lagged, the price peaked). The story's last step, the recommender market with pay flat, would not show it.
 */
export const PRINTED_STEP = 2
