import type { PlotAxes } from '../../lib/chart/scales'
import type { Market } from '../../lib/labor-market/model'
import type { LaborScenario, ScenarioChoice } from '../../lib/labor-market/scenarios'
import { describe, expect, it } from 'vitest'
import { boxesOverlap, placeLabel, segmentHitsBox, textWidth } from '../../lib/chart/label-placement'
import { linearAxis, plotArea } from '../../lib/chart/scales'
import { layoutLabels, marketLayout } from '../../lib/labor-market/layout'
import {
  equilibrium,
  excessDemandAtPay,
  marketProblem,
  marketView,
  payOnCurve,
  premiumPercent,
  quantityOnCurve,
  roundsToZero,
  shiftThrough,
  visibleSegment,
} from '../../lib/labor-market/model'
import {
  LABOR_SCENARIOS,
  laborMarketClicks,
  laborMarketStepCount,
  resolveStep,
  scenarioProblem,
  scenariosProblem,
} from '../../lib/labor-market/scenarios'
import { describeGap, describePremium, describeShift, handleValueText } from '../../lib/labor-market/words'

/** Demand pay = 10 − 2Q, supply pay = 1 + Q: they cross at Q = 3, pay = 4. */
const SMALL: Market = { demand: { intercept: 10, slope: -2 }, supply: { intercept: 1, slope: 1 } }
const LLM = LABOR_SCENARIOS.llm
const REC = LABOR_SCENARIOS.rec

function point(result: ReturnType<typeof equilibrium>) {
  if (!result.ok)
    throw new Error(`expected an equilibrium, got: ${result.message}`)
  return result
}

describe('equilibrium', () => {
  it('solves hand-computed cases', () => {
    const e = point(equilibrium(SMALL))
    expect(e.quantity).toBeCloseTo(3)
    expect(e.pay).toBeCloseTo(4)
    // Demand shifted right by 1.5: pay = 13 − 2Q, meets 1 + Q at Q = 4, pay = 5.
    const d = point(equilibrium(SMALL, { demand: 1.5, supply: 0 }))
    expect(d.quantity).toBeCloseTo(4)
    expect(d.pay).toBeCloseTo(5)
    // Supply shifted right by 3: pay = Q − 2, meets 10 − 2Q at Q = 4, pay = 2.
    const s = point(equilibrium(SMALL, { demand: 0, supply: 3 }))
    expect(s.quantity).toBeCloseTo(4)
    expect(s.pay).toBeCloseTo(2)
  })

  it('puts the talk\'s markets at 100 / 100 and moves them as narrated', () => {
    // LLM: 200 − Q = −200 + 3Q → Q = 100. Demand +60: 260 − Q = −200 + 3Q → Q = 115, pay 145.
    expect(point(equilibrium(LLM.market))).toMatchObject({ quantity: 100, pay: 100 })
    const shock = point(equilibrium(LLM.market, { demand: 60, supply: 0 }))
    expect(shock.quantity).toBeCloseTo(115)
    expect(shock.pay).toBeCloseTo(145)
    // Supply +40 as well: 260 − Q = −320 + 3Q → Q = 145, pay 115.
    const caught = point(equilibrium(LLM.market, { demand: 60, supply: 40 }))
    expect(caught.quantity).toBeCloseTo(145)
    expect(caught.pay).toBeCloseTo(115)
    // Recommender: 200 − Q = Q → 100; demand −20: 180 − Q = Q → Q = 90, pay 90.
    const rec = point(equilibrium(REC.market, { demand: -20, supply: 0 }))
    expect(rec.quantity).toBeCloseTo(90)
    expect(rec.pay).toBeCloseTo(90)
  })

  it('reports parallel curves, crossings outside the positive quadrant and non-finite input', () => {
    expect(equilibrium({ demand: { intercept: 10, slope: -1 }, supply: { intercept: 2, slope: -1 } })).toMatchObject({ ok: false, reason: 'parallel' })
    expect(equilibrium({ demand: { intercept: 10, slope: 0 }, supply: { intercept: 2, slope: 0 } })).toMatchObject({ ok: false, reason: 'parallel' })
    // 10 − Q = 20 + Q at Q = −5 (pay 15): negative head-count.
    expect(equilibrium({ demand: { intercept: 10, slope: -1 }, supply: { intercept: 20, slope: 1 } })).toMatchObject({ ok: false, reason: 'non-positive' })
    // −5 − Q = −10 + Q at Q = 2.5, pay −7.5: negative pay.
    const negativePay = equilibrium({ demand: { intercept: -5, slope: -1 }, supply: { intercept: -10, slope: 1 } })
    expect(negativePay).toMatchObject({ ok: false, reason: 'non-positive' })
    expect(negativePay.ok ? '' : negativePay.message).toContain('−8') // −7.5 rounds to −8 in the message
    expect(equilibrium({ ...SMALL, demand: { intercept: Number.NaN, slope: -2 } })).toMatchObject({ ok: false, reason: 'not-finite' })
    expect(equilibrium(SMALL, { demand: Number.POSITIVE_INFINITY, supply: 0 })).toMatchObject({ ok: false, reason: 'not-finite' })
    // Dragging LLM supply far right with demand far left pushes the crossing below zero pay.
    expect(equilibrium(LLM.market, { demand: -50, supply: 100 })).toMatchObject({ ok: false, reason: 'non-positive' })
  })
})

describe('curves, gap and premium', () => {
  it('reads pay and quantity off a shifted curve', () => {
    expect(payOnCurve(SMALL.demand, 0, 3)).toBe(4)
    expect(payOnCurve(SMALL.demand, 1.5, 3)).toBe(7)
    expect(quantityOnCurve(SMALL.supply, 0, 4)).toBe(3)
    expect(quantityOnCurve(SMALL.supply, 2, 4)).toBe(5)
  })

  it('measures the shortage or surplus at a fixed pay', () => {
    // LLM demand +60 at pay 100: demanded (100 − 200)/−1 + 60 = 160, supplied (100 + 200)/3 = 100.
    expect(excessDemandAtPay(LLM.market, { demand: 60, supply: 0 }, 100)).toBeCloseTo(60)
    // At pay 130: demanded 70 + 60 = 130, supplied 330 / 3 = 110.
    expect(excessDemandAtPay(LLM.market, { demand: 60, supply: 0 }, 130)).toBeCloseTo(20)
    // Recommender demand −20 at pay 100: demanded 80, supplied 100: a surplus of 20.
    expect(excessDemandAtPay(REC.market, { demand: -20, supply: 0 }, 100)).toBeCloseTo(-20)
  })

  it('computes the premium in percent of the old pay', () => {
    expect(premiumPercent(100, 145)).toBeCloseTo(45)
    expect(premiumPercent(80, 100)).toBeCloseTo(25)
    expect(premiumPercent(200, 150)).toBeCloseTo(-25)
  })

  it('finds the shift that puts a curve through a point', () => {
    // Demand 200 − (Q − s) through (150, 100): s = 150 − (100 − 200)/(−1) = 50.
    expect(shiftThrough(LLM.market.demand, { quantity: 150, pay: 100 })).toBeCloseTo(50)
    expect(payOnCurve(LLM.market.demand, 50, 150)).toBeCloseTo(100)
  })

  it('clips a curve to the plot box', () => {
    const [top, bottom] = visibleSegment(LLM.market.demand, 60, [0, 200], [0, 200])!
    expect(top.quantity).toBeCloseTo(60)
    expect(top.pay).toBeCloseTo(200)
    expect(bottom.quantity).toBeCloseTo(200)
    expect(bottom.pay).toBeCloseTo(60)
    // LLM supply −200 + 3Q: pay 0 at Q = 66.7, pay 200 at Q = 133.3.
    const [sTop, sBottom] = visibleSegment(LLM.market.supply, 0, [0, 200], [0, 200])!
    expect(sTop.quantity).toBeCloseTo(400 / 3)
    expect(sBottom.quantity).toBeCloseTo(200 / 3)
    expect(visibleSegment(LLM.market.supply, 500, [0, 200], [0, 200])).toBeNull()
  })
})

describe('validation', () => {
  it('accepts the talk\'s scenarios', () => {
    expect(scenariosProblem(LABOR_SCENARIOS)).toBeNull()
  })

  it('names the faulty field', () => {
    expect(marketProblem({ demand: { intercept: 200, slope: 1 }, supply: { intercept: 0, slope: 3 } }, 'm')).toMatch(/^m\.demand\.slope/)
    expect(marketProblem({ demand: { intercept: 200, slope: -1 }, supply: { intercept: 0, slope: -2 } }, 'm')).toMatch(/^m\.supply\.slope/)
    expect(marketProblem({ demand: { intercept: 200, slope: 2 }, supply: { intercept: 0, slope: 2 } }, 'm')).toMatch(/平行/)
    expect(marketProblem({ demand: { intercept: Number.NaN, slope: -1 }, supply: { intercept: 0, slope: 1 } }, 'm')).toMatch(/m\.demand\.intercept/)
    expect(marketProblem(undefined, 'm')).toMatch(/缺少/)
  })

  it('rejects scenarios whose steps have no positive equilibrium or leave the plot', () => {
    const withStep = (shifts: { demand: number, supply: number }): LaborScenario => ({ ...LLM, steps: [{ shifts, clears: true, note: '' }] })
    expect(scenarioProblem(withStep({ demand: -50, supply: 100 }), 's')).toMatch(/^s\.steps\[0\].*没有正的均衡/)
    expect(scenarioProblem(withStep({ demand: Number.NaN, supply: 0 }), 's')).toMatch(/^s\.steps\[0\]\.shifts/)
    expect(scenarioProblem(withStep({ demand: 500, supply: 0 }), 's')).toMatch(/shiftRange/)
    expect(scenarioProblem({ ...LLM, payDomain: [0, 120] }, 's')).toMatch(/超出坐标范围/)
    expect(scenarioProblem({ ...LLM, quantityDomain: [200, 0] }, 's')).toMatch(/quantityDomain 颠倒/)
    expect(scenarioProblem({ ...LLM, steps: [] }, 's')).toMatch(/steps 为空/)
    expect(scenarioProblem(undefined, 's')).toMatch(/缺失/)
  })
})

describe('scenarios and click steps', () => {
  it('exports the number of clicks for each choice', () => {
    expect(laborMarketStepCount('story')).toBe(5)
    expect(laborMarketClicks('story')).toBe(4)
    expect(laborMarketClicks('llm')).toBe(3)
    expect(laborMarketClicks('rec')).toBe(2)
  })

  it('walks the story: baseline, shock, premium, catch-up, then the recommender market', () => {
    const at = (step: number) => {
      const { scenario, state } = resolveStep('story', step)
      return { id: scenario.id, view: marketView(scenario, state) }
    }
    const s0 = at(0)
    expect(s0.id).toBe('llm')
    expect(s0.view.shifted).toBe(false)
    expect(s0.view.premium).toBeCloseTo(0)

    const s1 = at(1)
    expect(s1.view.atOldPay).toBe(true)
    expect(s1.view.gapAtOldPay).toBeCloseTo(60)
    expect(s1.view.demandedAtOldPay).toBeCloseTo(160)

    const s2 = at(2)
    expect(s2.view.atOldPay).toBe(false)
    expect(s2.view.premium).toBeCloseTo(45)

    const s3 = at(3)
    expect(s3.view.premium).toBeCloseTo(15)
    expect(s3.view.earlier?.premium).toBeCloseTo(45)

    const s4 = at(4)
    expect(s4.id).toBe('rec')
    expect(s4.view.premium).toBeCloseTo(-10)
    expect(s4.view.premium).toBeLessThanOrEqual(0) // flat or down
    expect(at(99).id).toBe('rec')
  })

  it('shows the recommender market step by step on its own', () => {
    const views = [0, 1, 2].map((step) => {
      const { scenario, state } = resolveStep('rec', step)
      return marketView(scenario, state)
    })
    expect(views[0]!.shifted).toBe(false)
    expect(views[1]!.atOldPay).toBe(true)
    expect(views[1]!.gapAtOldPay).toBeCloseTo(-20) // surplus at the old pay
    expect(views[2]!.premium).toBeCloseTo(-10)
  })

  it('lets a preset override the story and caps the step at the scenario\'s last one', () => {
    expect(resolveStep('story', 1, 'rec')).toMatchObject({ index: 1 })
    expect(resolveStep('story', 1, 'rec').scenario.id).toBe('rec')
    expect(resolveStep('story', 4, 'llm')).toMatchObject({ index: 3 })
    expect(resolveStep('llm', 7).index).toBe(3)
  })

  it('treats odd step values as a usable index', () => {
    expect(resolveStep('llm', Number.NaN).index).toBe(0)
    expect(resolveStep('llm', -3).index).toBe(0)
    expect(resolveStep('llm', 2.7).index).toBe(2)
    expect(resolveStep('story', Number.POSITIVE_INFINITY).scenario.id).toBe('rec')
  })

  it('decides what to draw on the rounded numbers, as the labels read them', () => {
    expect(roundsToZero(0.49)).toBe(true)
    expect(roundsToZero(-0.49)).toBe(true)
    expect(roundsToZero(0.5)).toBe(false)
    expect(roundsToZero(Number.NaN)).toBe(false)
    for (const value of [-0.6, -0.4, 0, 0.3, 0.5, 12]) {
      expect(roundsToZero(value)).toBe(describeGap(value) === '没有缺口')
      expect(roundsToZero(value)).toBe(describePremium(value) === '工资不变')
    }
  })

  it('adds the viewer\'s offsets on top of the step and can let pay adjust', () => {
    const { scenario, state } = resolveStep('story', 1)
    const cleared = marketView(scenario, state, { demand: 0, supply: 0 }, true)
    expect(cleared.atOldPay).toBe(false)
    expect(cleared.premium).toBeCloseTo(45)
    // Step 2 plus demand +20: total +80 → pay 100 + 80 · 3/4 = 160.
    const dragged = marketView(scenario, resolveStep('story', 2).state, { demand: 20, supply: 0 })
    expect(dragged.shifts.demand).toBe(80)
    expect(dragged.premium).toBeCloseTo(60)
  })
})

describe('words', () => {
  it('describes shifts, gaps and premiums in Chinese', () => {
    expect(describeShift('需求', 30, 100)).toBe('需求右移 30%')
    expect(describeShift('供给', -10, 100)).toBe('供给左移 10%')
    expect(describeShift('需求', 0, 100)).toBe('需求不动')
    expect(describeShift('需求', 15, 50)).toBe('需求右移 30%')
    expect(describeGap(60)).toBe('缺口 60')
    expect(describeGap(-20)).toBe('过剩 20')
    expect(describeGap(0.2)).toBe('没有缺口')
    expect(describePremium(45)).toBe('工资溢价 +45%')
    expect(describePremium(-10)).toBe('工资 −10%')
    expect(describePremium(0.3)).toBe('工资不变')
  })

  it('writes the handles\' aria-valuetext for each step', () => {
    const text = (step: number, side: 'demand' | 'supply') => {
      const { scenario, state } = resolveStep('story', step)
      const view = marketView(scenario, state)
      return handleValueText(side === 'demand' ? '需求' : '供给', view.shifts[side], view)
    }
    expect(text(1, 'demand')).toBe('需求右移 60%，原工资下缺口 60')
    expect(text(2, 'demand')).toBe('需求右移 60%，工资溢价 +45%')
    expect(text(3, 'supply')).toBe('供给右移 40%，工资溢价 +15%')
    expect(text(4, 'demand')).toBe('需求左移 20%，工资 −10%')
  })
})

/** mulberry32: a small seeded generator, so the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('properties over 500 random markets', () => {
  const random = seeded(20230530)
  const between = (lo: number, hi: number) => lo + (hi - lo) * random()
  const cases = Array.from({ length: 500 }, () => {
    // Build each market around a chosen positive crossing, so the expected equilibrium is known independently.
    const quantity = between(10, 500)
    const pay = between(10, 500)
    const demandSlope = -between(0.05, 5)
    const supplySlope = between(0.05, 5)
    const market: Market = {
      demand: { intercept: pay - demandSlope * quantity, slope: demandSlope },
      supply: { intercept: pay - supplySlope * quantity, slope: supplySlope },
    }
    return { market, quantity, pay, shift: between(0.01, 0.5) * quantity }
  })

  it('finds the crossing it was built around, and it lies on both curves', () => {
    for (const c of cases) {
      const e = point(equilibrium(c.market))
      expect(e.quantity).toBeCloseTo(c.quantity, 6)
      expect(e.pay).toBeCloseTo(c.pay, 6)
      expect(payOnCurve(c.market.demand, 0, e.quantity)).toBeCloseTo(e.pay, 6)
      expect(payOnCurve(c.market.supply, 0, e.quantity)).toBeCloseTo(e.pay, 6)
    }
  })

  it('a demand shift right never lowers pay; the shortage at the old pay equals the shift', () => {
    for (const c of cases) {
      const after = equilibrium(c.market, { demand: c.shift, supply: 0 })
      const e = point(after)
      expect(e.pay).toBeGreaterThanOrEqual(c.pay)
      expect(e.quantity).toBeGreaterThanOrEqual(c.quantity)
      // Textbook result: Δpay = Δ · |slope_d| · slope_s / (|slope_d| + slope_s).
      const d = -c.market.demand.slope
      const s = c.market.supply.slope
      expect(e.pay - c.pay).toBeCloseTo(c.shift * d * s / (d + s), 6)
      expect(excessDemandAtPay(c.market, { demand: c.shift, supply: 0 }, c.pay)).toBeCloseTo(c.shift, 6)
    }
  })

  it('a supply shift right never raises pay (while an equilibrium exists)', () => {
    for (const c of cases) {
      const after = equilibrium(c.market, { demand: 0, supply: c.shift })
      if (!after.ok) {
        expect(after.reason).toBe('non-positive')
        continue
      }
      expect(after.pay).toBeLessThanOrEqual(c.pay)
      expect(after.quantity).toBeGreaterThanOrEqual(c.quantity)
    }
  })

  it('never throws, whatever the numbers', () => {
    const odd = [0, -0, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 1e-320]
    for (const a of odd) {
      for (const b of odd) {
        const m: Market = { demand: { intercept: a, slope: b }, supply: { intercept: b, slope: a } }
        expect(() => equilibrium(m, { demand: a, supply: b })).not.toThrow()
        expect(() => marketProblem(m, 'm')).not.toThrow()
      }
    }
  })
})

describe('label placement', () => {
  it('estimates CJK text wider than digits', () => {
    expect(textWidth('均衡', 14)).toBe(28)
    expect(textWidth('100', 10)).toBeCloseTo(18)
  })

  it('detects segments through boxes', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 }
    expect(segmentHitsBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: -5, y1: -5, x2: 15, y2: 15 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: -5, y1: 20, x2: 15, y2: 20 }, box)).toBe(false)
    expect(segmentHitsBox({ x1: 20, y1: -5, x2: 30, y2: 15 }, box)).toBe(false)
    expect(boxesOverlap(box, { x: 9, y: 9, width: 5, height: 5 })).toBe(true)
    expect(boxesOverlap(box, { x: 10, y: 0, width: 5, height: 5 })).toBe(false)
  })

  it('skips a spot a line passes through', () => {
    const placed = placeLabel({
      at: { x: 100, y: 100 },
      text: '均衡',
      fontSize: 14,
      candidates: [{ dx: 10, dy: 5, anchor: 'start' }, { dx: -10, dy: 5, anchor: 'end' }],
      // A vertical line 20 px right of the point crosses the first spot.
      obstacles: [{ segment: { x1: 120, y1: 0, x2: 120, y2: 200 }, weight: 10 }],
      bounds: { x: 0, y: 0, width: 300, height: 300 },
    })
    expect(placed.anchor).toBe('end')
    expect(placed.cost).toBe(0)
  })
})

describe('chart layout: labels never collide', () => {
  function frame(width: number, height: number, scenario: LaborScenario): PlotAxes {
    const area = plotArea(width, height, { left: 74, top: 14, right: 18, bottom: 48 })
    const x = linearAxis({ domain: scenario.quantityDomain, label: '', ticks: 5 }, area.left, area.right)
    const y = linearAxis({ domain: scenario.payDomain, label: '', ticks: 5 }, area.bottom, area.top)
    return { x, y, area }
  }

  const choices: ScenarioChoice[] = ['story', 'llm', 'rec']
  for (const choice of choices) {
    for (let step = 0; step <= laborMarketClicks(choice); step++) {
      for (const [width, height] of [[560, 280], [560, 320], [720, 320], [880, 320], [880, 380]] as const) {
        it(`${choice} step ${step} at ${width}×${height}`, () => {
          const { scenario, state } = resolveStep(choice, step)
          const view = marketView(scenario, state)
          const f = frame(width, height, scenario)
          const layout = marketLayout(view, scenario.market, f)
          const labels = layoutLabels(layout)
          const plot = { x: f.area.left, y: f.area.top, width: f.area.right - f.area.left, height: f.area.bottom - f.area.top }
          for (const label of labels) {
            // Inside the plot …
            expect(label.box.x, label.text).toBeGreaterThanOrEqual(plot.x)
            expect(label.box.x + label.box.width, label.text).toBeLessThanOrEqual(plot.x + plot.width)
            expect(label.box.y, label.text).toBeGreaterThanOrEqual(plot.y)
            expect(label.box.y + label.box.height, label.text).toBeLessThanOrEqual(plot.y + plot.height)
            // … not crossed by either draggable curve …
            for (const side of ['demand', 'supply'] as const) {
              const m = /M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+)/.exec(layout.curves[side].path)!
              const segment = { x1: +m[1]!, y1: +m[2]!, x2: +m[3]!, y2: +m[4]! }
              expect(segmentHitsBox(segment, label.box), `${label.text} × ${side}`).toBe(false)
            }
          }
          // … and clear of every other label.
          for (const [i, a] of labels.entries()) {
            for (const b of labels.slice(i + 1))
              expect(boxesOverlap(a.box, b.box), `${a.text} × ${b.text}`).toBe(false)
          }
          // The parts each step is about.
          expect(layout.marketPoint).not.toBeNull()
          if (view.atOldPay)
            expect(layout.gap?.label.text).toMatch(/缺口|过剩/)
          else if (view.shifted)
            expect(layout.premium?.label.text).toMatch(/%/)
        })
      }
    }
  }
})
