import type { PlotAxes } from '../../lib/chart/scales'
import type { LaborScenario } from '../../lib/labor-market/scenarios'
import { describe, expect, it } from 'vitest'
import { boxesOverlap } from '../../lib/chart/label-placement'
import { linearAxis } from '../../lib/chart/scales'
import { layoutLabels, marketLayout } from '../../lib/labor-market/layout'
import { marketView } from '../../lib/labor-market/model'
import { laborMarketClicks, laborMarketPrintedStep, resolveStep } from '../../lib/labor-market/scenarios'

// The labour market's printed state (the one-page PDF): the step that carries the slide's point.
describe('laborMarketPrintedStep', () => {
  it('is the LLM market\'s new equilibrium after the demand shock for the story and the LLM market', () => {
    for (const choice of ['story', 'llm'] as const) {
      const step = laborMarketPrintedStep(choice)
      expect(step).toBeLessThan(laborMarketClicks('story'))
      const { scenario, state } = resolveStep(choice, step)
      expect(scenario.id).toBe('llm')
      expect(state.clears).toBe(true)
      expect(state.shifts.demand).toBeGreaterThan(0)
      expect(state.earlier).toBeUndefined()
    }
  })
  it('is the last step for the recommender market alone', () => {
    expect(laborMarketPrintedStep('rec')).toBe(laborMarketClicks('rec'))
  })
})

describe('the printed market keeps the shortage beside the premium', () => {
  function frame(width: number, height: number, scenario: LaborScenario): PlotAxes {
    const area = { left: 74, top: 14, right: width - 18, bottom: height - 48, width: width - 92, height: height - 62 }
    const x = linearAxis({ domain: scenario.quantityDomain, label: '', ticks: 5 }, area.left, area.right)
    const y = linearAxis({ domain: scenario.payDomain, label: '', ticks: 5 }, area.bottom, area.top)
    return { x, y, area }
  }

  for (const [width, height] of [[720, 320], [880, 320], [880, 380]] as const) {
    it(`labels 缺口 and 溢价, inside the plot and apart, at ${width}×${height}`, () => {
      const { scenario, state } = resolveStep('story', laborMarketPrintedStep('story'))
      const view = marketView(scenario, state, undefined, false, true)
      expect(view.keepsGap).toBe(true)
      const f = frame(width, height, scenario)
      const layout = marketLayout(view, scenario.market, f)
      expect(layout.gap?.label.text).toMatch(/^缺口 \d+/)
      expect(layout.premium?.label.text).toMatch(/溢价 \+\d+%/)
      const labels = layoutLabels(layout)
      for (const label of labels) {
        expect(label.box.x, label.text).toBeGreaterThanOrEqual(f.area.left)
        expect(label.box.x + label.box.width, label.text).toBeLessThanOrEqual(f.area.right)
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1))
          expect(boxesOverlap(a.box, b.box), `${a.text} × ${b.text}`).toBe(false)
      }
    })
  }

  it('keeps no gap while the market still sits at the old pay, nor when not asked', () => {
    const { scenario, state } = resolveStep('story', 1)
    expect(marketView(scenario, state, undefined, false, true).keepsGap).toBe(false)
    const printed = resolveStep('story', laborMarketPrintedStep('story'))
    expect(marketLayout(marketView(printed.scenario, printed.state), printed.scenario.market, frame(880, 320, printed.scenario)).gap).toBeNull()
  })
})
