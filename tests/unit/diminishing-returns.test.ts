// The diminishing-returns chart (lib/diminishing-returns, components/diminishing-returns): the model's figures,
// labels inside and apart at every step and width, and the widget's steps, slider and bad props.
import { describe, expect, it } from 'vitest'
import DiminishingReturnsChart from '../../components/diminishing-returns/DiminishingReturnsChart.vue'
import { diminishingReturnsLayout } from '../../lib/diminishing-returns/layout'
import { effortValueText, effortWhereMarginalIs, gain, LAST_STEP, MARGINAL_COST, marginalGain } from '../../lib/diminishing-returns/model'
import { textProblems } from '../support/chart-text'
import { mountPerTest, tid } from '../support/mount'

describe('model', () => {
  it('g = 12·ln(1 + e/1.5), its derivative, and where the marginal gain falls to a level', () => {
    expect(gain(0)).toBe(0)
    expect(gain(30)).toBeCloseTo(12 * Math.log(21), 10)
    expect(marginalGain(1.5)).toBeCloseTo(4, 10)
    expect(effortWhereMarginalIs(MARGINAL_COST)).toBeCloseTo(18.5, 10)
    expect(effortValueText(20)).toBe('投入 20 人年，累计提升 32.0%，边际提升 0.56%/人年')
  })
})

describe('layout', () => {
  it.each([624, 390, 340])('keeps every step\'s labels inside and apart at %i px', (width) => {
    for (let step = 0; step <= LAST_STEP; step++) {
      const layout = diminishingReturnsLayout(width, step)
      expect(textProblems(layout.plot, layout.texts), `step ${step}`).toEqual([])
      expect(layout.dividend !== null).toBe(step >= 1)
      expect(layout.thresholds.length > 0).toBe(step >= 2)
      expect(layout.crossing !== null).toBe(step >= 3)
    }
  })

  it('names the zones as a model: 红利期 early effort, 深水区 thresholds per 人年', () => {
    const texts = diminishingReturnsLayout(624, 2).texts.map(t => t.text).join('')
    expect(texts).toContain('早期：投入少、提升快')
    expect(texts).toContain('示意阈值：')
    expect(texts).not.toContain('4G')
  })
})

describe('the widget', () => {
  const { render, warn } = mountPerTest(DiminishingReturnsChart)

  it('moves the point with the slider keys and reads it out', async () => {
    const w = render({ step: 3 })
    const handle = w.find(tid('dr-handle'))
    await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(handle.attributes('aria-valuenow')).toBe('6.5')
    expect(w.find(tid('dr-readout-effort')).text()).toBe('6.5')
    await handle.trigger('keydown', { key: 'End' })
    expect(handle.attributes('aria-valuetext')).toBe('投入 30 人年，累计提升 36.5%，边际提升 0.38%/人年')
    expect(w.find(tid('dr-readout-verdict')).text()).toContain('不划算')
    await handle.trigger('keydown', { key: 'Home' })
    await handle.trigger('keydown', { key: 'PageUp' })
    expect(handle.attributes('aria-valuenow')).toBe('5')
  })

  it('shows each step\'s parts', () => {
    expect(render({ step: 0 }).find(tid('dr-dividend-zone')).exists()).toBe(false)
    expect(render({ step: 1 }).find(tid('dr-dividend-zone')).exists()).toBe(true)
    expect(render({ step: 2 }).findAll(tid('dr-threshold'))).toHaveLength(2)
    expect(render({ step: 3 }).find(tid('dr-marginal')).exists()).toBe(true)
  })

  it('starts at initial-effort', () => {
    expect(render({ initialEffort: 20 }).find(tid('dr-handle')).attributes('aria-valuenow')).toBe('20')
  })

  it('names bad props in place of the chart, each with a warning', () => {
    expect(render({ step: 7 }).find(tid('chart-problem')).text()).toContain('step 须是 0–3 的整数')
    expect(render({ initialEffort: 99 }).find(tid('chart-problem')).text()).toContain('initial-effort')
    expect(warn).toHaveBeenCalledTimes(2)
  })
})
