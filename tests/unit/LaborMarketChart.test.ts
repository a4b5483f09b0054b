import type { VueWrapper } from '@vue/test-utils'
import type { LaborScenario, ScenarioId } from '../../lib/labor-market/scenarios'
import { describe, expect, it, vi } from 'vitest'
import ChartFrame from '../../components/chart/ChartFrame.vue'
import LaborMarketChart from '../../components/labor-market/LaborMarketChart.vue'
import { LABOR_SCENARIOS } from '../../lib/labor-market/scenarios'
import { mountPerTest } from '../support/mount'

const { render, warn } = mountPerTest(LaborMarketChart)

const byId = (w: VueWrapper, id: string) => w.find(`[data-testid="${id}"]`)
const textOf = (w: VueWrapper, id: string) => byId(w, id).text()
/** Which of the parts `ids` the chart draws, in the order asked. */
const drawn = (w: VueWrapper, ids: string[]) => ids.filter(id => byId(w, id).exists())

describe('each click step renders its parts', () => {
  it('0: the baseline equilibrium with droplines and its values on both axes', () => {
    const w = render({ step: 0 })
    expect(w.attributes('data-scenario')).toBe('llm')
    expect(textOf(w, 'labor-equilibrium-label')).toBe('均衡')
    expect(textOf(w, 'labor-pay-tag')).toBe('100')
    expect(textOf(w, 'labor-quantity-tag')).toBe('100')
    const parts = ['labor-dropline-pay', 'labor-dropline-quantity', 'labor-gap', 'labor-premium', 'labor-old-equilibrium', 'labor-demand-curve', 'labor-supply-curve']
    expect(drawn(w, parts)).toEqual(['labor-dropline-pay', 'labor-dropline-quantity', 'labor-demand-curve', 'labor-supply-curve'])
    expect(textOf(w, 'labor-demand-name')).toBe('需求')
    expect(textOf(w, 'labor-supply-name')).toBe('供给')
    expect(textOf(w, 'labor-market-chart')).toContain('示意')
  })

  it('1: the demand shock, with the shortage at the old pay and no new equilibrium yet', () => {
    const w = render({ step: 1 })
    expect(textOf(w, 'labor-gap-label')).toBe('缺口 60')
    const parts = ['labor-gap', 'labor-ghost-demand', 'labor-ghost-supply', 'labor-premium', 'labor-equilibrium']
    expect(drawn(w, parts)).toEqual(['labor-gap', 'labor-ghost-demand'])
    expect(textOf(w, 'labor-pay-tag')).toBe('100')
    expect(byId(w, 'labor-snap').exists()).toBe(true)
    expect(textOf(w, 'labor-readout')).toContain('缺口 60')
  })

  it('2: the new equilibrium, the premium shaded and labelled, the old one kept faint', () => {
    const w = render({ step: 2 })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +45%')
    expect(byId(w, 'labor-premium').exists()).toBe(true)
    expect(textOf(w, 'labor-equilibrium-label')).toBe('新均衡')
    expect(byId(w, 'labor-old-equilibrium').text()).toBe('原均衡')
    expect(textOf(w, 'labor-pay-tag')).toBe('145')
    expect(textOf(w, 'labor-quantity-tag')).toBe('115')
    expect(byId(w, 'labor-gap').exists()).toBe(false)
  })

  it('3: supply catches up, the premium shrinks and the earlier one stays dashed', () => {
    const w = render({ step: 3 })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +15%')
    expect(textOf(w, 'labor-earlier-label')).toBe('早期溢价 +45%')
    expect(byId(w, 'labor-earlier-premium').exists()).toBe(true)
    expect(byId(w, 'labor-ghost-supply').exists()).toBe(true)
    expect(textOf(w, 'labor-note')).toContain('窗口在关闭')
    expect(textOf(w, 'labor-pay-tag')).toBe('115')
  })

  it('4: the recommender market, pay flat or down, in the recommender colour', () => {
    const w = render({ step: 4 })
    expect(w.attributes('data-scenario')).toBe('rec')
    expect(w.classes()).toContain('accent-rec')
    expect(textOf(w, 'labor-premium-label')).toBe('工资 −10%')
    expect(byId(w, 'labor-preset-rec').attributes('aria-pressed')).toBe('true')
    expect(byId(w, 'labor-preset-llm').attributes('aria-pressed')).toBe('false')
    expect(textOf(w, 'labor-note')).toContain('作者观察')
  })

  it('shows one market only when asked, without the preset buttons', () => {
    const w = render({ step: 1, scenario: 'rec' })
    expect(byId(w, 'labor-preset-llm').exists()).toBe(false)
    expect(textOf(w, 'labor-gap-label')).toBe('过剩 20')
    const llm = render({ step: 9, scenario: 'llm' })
    expect(llm.attributes('data-scenario')).toBe('llm')
    expect(textOf(llm, 'labor-premium-label')).toBe('工资溢价 +15%')
  })
})

describe('keyboard on the curves (WAI-ARIA slider)', () => {
  it('shifts demand with the arrow keys and updates every label', async () => {
    const w = render({ step: 2 })
    const handle = byId(w, 'labor-demand-handle')
    expect(handle.attributes('role')).toBe('slider')
    expect(handle.attributes('aria-valuetext')).toBe('需求右移 60%，工资溢价 +45%')
    await handle.trigger('keydown', { key: 'ArrowRight' })
    // Demand +65: pay 100 + 65 · 3/4 = 148.75.
    expect(handle.attributes('aria-valuenow')).toBe('65')
    expect(handle.attributes('aria-valuetext')).toBe('需求右移 65%，工资溢价 +49%')
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +49%')
    expect(textOf(w, 'labor-pay-tag')).toBe('149')
    await handle.trigger('keydown', { key: 'PageDown' })
    // 65 − 20 = 45: pay 100 + 45 · 3/4 = 133.75.
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +34%')
  })

  it('shifts supply, and keeps the arrow keys from the deck while focused', async () => {
    const w = render({ step: 3 })
    const deckKeys = vi.fn()
    window.addEventListener('keydown', deckKeys)
    const handle = byId(w, 'labor-supply-handle')
    await handle.trigger('keydown', { key: 'ArrowLeft' })
    // Supply 40 → 35: pay 100 + (60 − 35) · 3/4 = 118.75.
    expect(handle.attributes('aria-valuetext')).toBe('供给右移 35%，工资溢价 +19%')
    expect(deckKeys).not.toHaveBeenCalled()
    // Keys the slider does not use still reach the deck (this also shows the listener is live).
    await handle.trigger('keydown', { key: 'p' })
    window.removeEventListener('keydown', deckKeys)
    expect(deckKeys).toHaveBeenCalledTimes(1)
  })

  it('hands the keys back on Escape', async () => {
    const w = render({ step: 2 })
    const handle = byId(w, 'labor-demand-handle')
    ;(handle.element as SVGGElement).focus()
    expect(document.activeElement).toBe(handle.element)
    await handle.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).not.toBe(handle.element)
  })

  it('says so in the chart when the curves are dragged apart, and warns once', async () => {
    const w = render({ step: 0 })
    await byId(w, 'labor-supply-handle').trigger('keydown', { key: 'End' })
    await byId(w, 'labor-demand-handle').trigger('keydown', { key: 'Home' })
    // Demand −50 and supply +100: 150 − Q = −500 + 3Q → Q = 162.5, pay −12.5.
    const alert = byId(w, 'labor-no-equilibrium')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('没有正的均衡')
    expect(byId(w, 'labor-equilibrium').exists()).toBe(false)
    expect(byId(w, 'labor-demand-handle').exists()).toBe(true) // still there to drag back
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain('没有正的均衡')
    // Demand −45 with supply +100: pay 100 + (−45 − 100) · 3/4 < 0, still apart: no second warning.
    await byId(w, 'labor-demand-handle').trigger('keydown', { key: 'ArrowRight' })
    expect(byId(w, 'labor-no-equilibrium').exists()).toBe(true)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

describe('drag performance', () => {
  it('shifting a curve re-renders the marks and read-out, not the chart, its toolbar or ChartFrame', async () => {
    const w = render({ step: 2 })
    const handle = byId(w, 'labor-demand-handle')
    // The first shift enables 重置; from then on a drag step changes only what MarketMarks and the read-out show.
    await handle.trigger('keydown', { key: 'ArrowRight' })
    const frame = w.findComponent(ChartFrame)
    const frameTree = frame.vm.$.subTree
    const chartTree = w.vm.$.subTree
    const supplyPath = byId(w, 'labor-supply-curve').attributes('d')
    await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +53%')
    expect(textOf(w, 'labor-readout')).toContain('均衡年薪 153')
    expect(byId(w, 'labor-supply-handle').attributes('aria-valuetext')).toContain('+53%')
    expect(byId(w, 'labor-supply-curve').attributes('d')).toBe(supplyPath)
    expect(frame.vm.$.subTree).toBe(frameTree)
    expect(w.vm.$.subTree).toBe(chartTree)
  })

  it('a drag step draws again only what moved: the old equilibrium is kept as it was', async () => {
    const w = render({ step: 2 })
    const handle = byId(w, 'labor-demand-handle')
    await handle.trigger('keydown', { key: 'ArrowRight' })
    /** The virtual node Vue last drew the element from: a memoised mark keeps it, a redrawn one gets a new one. */
    const drawnFrom = (id: string) => (byId(w, id).element as Element & { __vnode: unknown }).__vnode
    const oldEquilibrium = drawnFrom('labor-old-equilibrium')
    const equilibrium = drawnFrom('labor-equilibrium')
    await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(drawnFrom('labor-old-equilibrium')).toBe(oldEquilibrium)
    expect(drawnFrom('labor-equilibrium')).not.toBe(equilibrium)
  })
})

describe('viewer state on top of the step', () => {
  it('resets the viewer\'s shifts when the step changes', async () => {
    const w = render({ step: 2 })
    await byId(w, 'labor-demand-handle').trigger('keydown', { key: 'ArrowRight' })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +49%')
    await w.setProps({ step: 3 })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +15%')
    await w.setProps({ step: 2 })
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +45%')
  })

  it('resets with the reset button', async () => {
    const w = render({ step: 2 })
    const reset = byId(w, 'labor-reset')
    expect(reset.attributes('disabled')).toBeDefined()
    await byId(w, 'labor-demand-handle').trigger('keydown', { key: 'ArrowRight' })
    expect(reset.attributes('disabled')).toBeUndefined()
    await reset.trigger('click')
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +45%')
    expect(reset.attributes('disabled')).toBeDefined()
  })

  it('lets pay adjust to the new equilibrium right after the shock', async () => {
    const w = render({ step: 1 })
    await byId(w, 'labor-snap').trigger('click')
    expect(byId(w, 'labor-gap').exists()).toBe(false)
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +45%')
    expect(byId(w, 'labor-snap').exists()).toBe(false)
  })

  it('switches market with the preset buttons, until the next click', async () => {
    const w = render({ step: 2 })
    await byId(w, 'labor-preset-rec').trigger('click')
    expect(w.attributes('data-scenario')).toBe('rec')
    expect(textOf(w, 'labor-premium-label')).toBe('工资 −10%')
    expect(byId(w, 'labor-preset-rec').attributes('aria-pressed')).toBe('true')
    await byId(w, 'labor-preset-llm').trigger('click')
    expect(textOf(w, 'labor-premium-label')).toBe('工资溢价 +45%')
    await byId(w, 'labor-preset-rec').trigger('click')
    await w.setProps({ step: 3 })
    expect(w.attributes('data-scenario')).toBe('llm') // the presenter's click wins
  })

  it('gives the arrow keys back after a pointer click on a button, but not after Enter', async () => {
    const w = render({ step: 2 })
    const rec = byId(w, 'labor-preset-rec')
    ;(rec.element as HTMLButtonElement).focus()
    await rec.trigger('click', { detail: 1 })
    expect(document.activeElement).not.toBe(rec.element)
    const llm = byId(w, 'labor-preset-llm')
    ;(llm.element as HTMLButtonElement).focus()
    await llm.trigger('click', { detail: 0 })
    expect(document.activeElement).toBe(llm.element)
    await llm.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).not.toBe(llm.element)
  })
})

describe('bad props', () => {
  function broken(id: ScenarioId, patch: Partial<LaborScenario>) {
    return { ...LABOR_SCENARIOS, [id]: { ...LABOR_SCENARIOS[id], ...patch } }
  }

  it('parallel curves: a message in the chart and a warning naming the prop', () => {
    const w = render({
      scenarios: broken('llm', { market: { demand: { intercept: 200, slope: 1 }, supply: { intercept: 0, slope: 1 } } }),
    })
    const problem = byId(w, 'chart-problem')
    expect(problem.attributes('role')).toBe('alert')
    expect(problem.text()).toContain('平行')
    expect(byId(w, 'labor-demand-handle').exists()).toBe(false)
    expect(warn).toHaveBeenCalled()
    expect(String(warn.mock.calls[0]?.[0])).toContain('scenarios.llm')
  })

  it('naN and a crossing at negative pay are reported, not thrown', () => {
    const nan = render({ scenarios: broken('rec', { market: { demand: { intercept: Number.NaN, slope: -1 }, supply: { intercept: 0, slope: 1 } } }) })
    expect(textOf(nan, 'chart-problem')).toContain('scenarios.rec.market.demand.intercept')
    const negative = render({ scenarios: broken('llm', { market: { demand: { intercept: -5, slope: -1 }, supply: { intercept: -10, slope: 1 } } }) })
    expect(textOf(negative, 'chart-problem')).toContain('没有正的均衡')
  })

  it('an unknown scenario or a silly height is named', () => {
    const w = render({ scenario: 'crypto' })
    expect(textOf(w, 'chart-problem')).toContain('scenario')
    const h = render({ height: Number.NaN })
    expect(textOf(h, 'chart-problem')).toContain('height')
  })

  it('a NaN step shows the first step', () => {
    const w = render({ step: Number.NaN })
    expect(byId(w, 'chart-problem').exists()).toBe(false)
    expect(textOf(w, 'labor-equilibrium-label')).toBe('均衡')
  })
})
