// @vitest-environment node
// The labour-market model (lib/labor-market): the story's equilibria, the words it is read out with, and where the
// layout puts its labels at a slide's and a phone's width.
import type { MarketState } from '../../lib/labor-market/data'
import { describe, expect, it } from 'vitest'
import { DOMAIN, LAST_STEP, MARKETS, PRINTED_STEP, STORY } from '../../lib/labor-market/data'
import { marketLayout } from '../../lib/labor-market/layout'
import { describeGap, describePremium, describeView, equilibrium, handleValueText, marketView } from '../../lib/labor-market/model'
import { textProblems } from '../support/chart-text'

const NO_OFFSET = { demand: 0, supply: 0 }
function storyView(step: number, keepGap = false) {
  const { market, index } = STORY[step]!
  return marketView(MARKETS[market], MARKETS[market].steps[index]!, NO_OFFSET, false, keepGap)
}

describe('the story', () => {
  it('has five steps and prints the LLM market\'s new equilibrium', () => {
    expect(LAST_STEP).toBe(4)
    expect(STORY[PRINTED_STEP]).toEqual({ market: 'llm', index: 2 })
  })

  it('llm: demand +60 lifts pay 45 %, then supply +40 brings it back to +15 %, the +45 % kept as the earlier premium', () => {
    expect(storyView(0).current).toEqual({ ok: true, quantity: 100, pay: 100 })
    const shock = storyView(1)
    expect(shock.atOldPay).toBe(true)
    expect(describeGap(shock.gapAtOldPay)).toBe('缺口 60')
    expect(storyView(2).premium).toBeCloseTo(45)
    const caughtUp = storyView(3)
    expect(caughtUp.premium).toBeCloseTo(15)
    expect(caughtUp.earlier?.premium).toBeCloseTo(45)
  })

  it('rec: demand and supply both move left: fewer jobs (80) at unchanged pay, not a pay cut', () => {
    const view = storyView(4)
    expect(view.current).toMatchObject({ ok: true, quantity: 80, pay: 100 })
    expect(describePremium(view.premium)).toBe('工资不变')
    expect(describeView(view)).toBe('推荐算法：均衡年薪 100，人数 80，工资不变')
  })

  it('every state of both markets has a positive equilibrium inside the plot', () => {
    for (const market of Object.values(MARKETS)) {
      for (const state of market.steps) {
        const result = equilibrium(market, state.shifts)
        expect(result.ok, `${market.id}: ${state.note}`).toBe(true)
        if (result.ok)
          expect([result.quantity, result.pay].every(v => v > DOMAIN[0] && v < DOMAIN[1])).toBe(true)
      }
    }
  })
})

describe('words', () => {
  it('reads shifts, gaps and premiums in Chinese with a true minus sign', () => {
    expect(describeGap(-20)).toBe('过剩 20')
    expect(describeGap(0.2)).toBe('没有缺口')
    expect(describePremium(45)).toBe('工资溢价 +45%')
    expect(describePremium(-10)).toBe('工资 −10%')
    expect(handleValueText('需求', 60, storyView(2))).toBe('需求右移 60%，工资溢价 +45%')
    expect(handleValueText('供给', -20, storyView(1))).toBe('供给左移 20%，原工资下缺口 60')
  })

  it('says when the curves dragged apart cross at no positive pay', () => {
    const state: MarketState = { ...MARKETS.llm.steps[0]!, shifts: { demand: -50, supply: 100 } }
    const view = marketView(MARKETS.llm, state, NO_OFFSET, false, false)
    expect(view.current.ok).toBe(false)
    expect(describeView(view)).toContain('没有正的均衡')
  })
})

describe('layout', () => {
  for (const width of [640, 360]) {
    const problems = (layout: ReturnType<typeof marketLayout>) => textProblems(layout.plot, layout.texts)

    it(`every step's labels stay inside and apart at ${width} px, the printed one too`, () => {
      for (let step = 0; step <= LAST_STEP; step++)
        expect(problems(marketLayout(storyView(step), width)), `step ${step}`).toEqual([])
      expect(problems(marketLayout(storyView(PRINTED_STEP, true), width))).toEqual([])
    })

    it(`the printed step keeps the shortage beside the premium at ${width} px`, () => {
      const printed = marketLayout(storyView(PRINTED_STEP, true), width)
      expect(printed.gap).not.toBeNull()
      expect(printed.premium).not.toBeNull()
      expect(printed.texts.map(t => t.testid)).toEqual(expect.arrayContaining(['labor-gap-label', 'labor-premium-label']))
      expect(marketLayout(storyView(PRINTED_STEP), width).gap).toBeNull()
    })
  }
})
