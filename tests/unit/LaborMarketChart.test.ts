import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import LaborMarketChart from '../../components/labor-market/LaborMarketChart.vue'
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
    expect(textOf(w, 'labor-old-equilibrium-label')).toBe('原均衡')
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
    expect(textOf(w, 'labor-note')).toContain('窗口会关')
    expect(textOf(w, 'labor-pay-tag')).toBe('115')
  })

  it('4: the recommender market, fewer jobs at unchanged pay, in the recommender colour', () => {
    const w = render({ step: 4 })
    expect(w.attributes('data-scenario')).toBe('rec')
    expect(w.classes()).toContain('accent-rec')
    // Demand 180 − Q meets supply Q + 20 at Q = 80, pay 100: no premium band, both curves moved.
    expect(byId(w, 'labor-premium-label').exists()).toBe(false)
    expect(textOf(w, 'labor-pay-tag')).toBe('100')
    expect(textOf(w, 'labor-quantity-tag')).toBe('80')
    expect(drawn(w, ['labor-ghost-demand', 'labor-ghost-supply'])).toEqual(['labor-ghost-demand', 'labor-ghost-supply'])
    expect(textOf(w, 'labor-readout')).toContain('工资不变')
    expect(byId(w, 'labor-preset-rec').attributes('aria-pressed')).toBe('true')
    expect(byId(w, 'labor-preset-llm').attributes('aria-pressed')).toBe('false')
    expect(textOf(w, 'labor-note')).toContain('我的观察')
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
    // The recommender market's step 2: the new equilibrium, pay unchanged.
    expect(textOf(w, 'labor-readout')).toContain('工资不变')
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
  it('a step the chart does not have is named in place of the chart, with one warning', () => {
    for (const step of [9, -1, 1.5, Number.NaN]) {
      const w = render({ step })
      const problem = byId(w, 'chart-problem')
      expect(problem.attributes('role')).toBe('alert')
      expect(problem.text()).toContain('step 须是 0–4 的整数')
      expect(byId(w, 'labor-demand-handle').exists()).toBe(false)
    }
    expect(warn).toHaveBeenCalledTimes(4)
  })
})
