// The CNNIC chart (lib/internet-users, components/internet-users): the precomputed fit still fits the data, the
// layout keeps its labels inside and apart, and the widget's steps, slider and bad props.
import { describe, expect, it } from 'vitest'
import InternetUsersChart from '../../components/internet-users/InternetUsersChart.vue'
import { CNNIC_FIT, CNNIC_RELEASES } from '../../lib/internet-users/data'
import { internetUsersLayout } from '../../lib/internet-users/layout'
import { fittedPenetration, LAST_STEP, penetrationPoints } from '../../lib/internet-users/model'
import { textProblems } from '../support/chart-text'
import { mountPerTest, tid } from '../support/mount'

const points = penetrationPoints(CNNIC_RELEASES)
const mean = points.reduce((sum, p) => sum + p.y, 0) / points.length
const residual = (f: (t: number) => number) => points.reduce((sum, p) => sum + (p.y - f(p.x)) ** 2, 0)
const total = points.reduce((sum, p) => sum + (p.y - mean) ** 2, 0)
const logistic = (rate: number, midpoint: number) => (t: number) => CNNIC_FIT.ceiling / (1 + Math.exp(-rate * (t - midpoint)))

describe('the precomputed logistic fit (lib/internet-users/data.ts CNNIC_FIT)', () => {
  it('states its own R² for the data as they are', () => {
    expect(1 - residual(fittedPenetration) / total).toBeCloseTo(CNNIC_FIT.rSquared, 5)
  })

  it('is the least-squares fit: nudging rate or midpoint fits worse (edit the data, then refit and update CNNIC_FIT)', () => {
    const best = residual(fittedPenetration)
    for (const [dr, dm] of [[1e-3, 0], [-1e-3, 0], [0, 0.02], [0, -0.02]])
      expect(residual(logistic(CNNIC_FIT.rate + dr!, CNNIC_FIT.midpoint + dm!))).toBeGreaterThan(best)
  })
})

describe('layout', () => {
  it.each([640, 390, 340])('keeps every step\'s labels inside and apart at %i px', (width) => {
    for (let step = 0; step <= LAST_STEP; step++) {
      const layout = internetUsersLayout(width, step)
      expect(textProblems(layout.plot, layout.texts), `step ${step}`).toEqual([])
      expect(layout.fitPath !== null).toBe(step >= 1)
      expect(layout.bars.length > 0).toBe(step >= 2)
    }
  })

  it('places 2020-03 a quarter-year after 2019-12', () => {
    const { points: drawn } = internetUsersLayout(640, 0)
    const cx = (asOf: string) => drawn.find(p => p.asOf === asOf)!.cx
    const year = cx('2018-12') - cx('2017-12')
    expect(cx('2020-03') - cx('2018-12')).toBeCloseTo(1.25 * year, 6)
  })
})

describe('the widget', () => {
  const { render, warn } = mountPerTest(InternetUsersChart)

  it('shows the points, then the fit, then the net additions', () => {
    const step0 = render({ step: 0 })
    const hollow = step0.findAll(tid('iu-point')).filter(p => p.classes('iu-point-hollow')).map(p => p.attributes('data-as-of'))
    expect(hollow).toEqual(['2020-03', '2023-06'])
    expect(step0.find(tid('iu-fit')).exists()).toBe(false)
    expect(step0.find('figcaption').text()).toContain('CNNIC')
    const step2 = render({ step: 2 })
    expect(step2.find(tid('iu-fit')).exists()).toBe(true)
    expect(step2.findAll(tid('iu-bar')).length).toBeGreaterThan(5)
  })

  it('reads out the latest point first (or initial-index), then moves with the keys', async () => {
    const w = render()
    const handle = w.find(tid('iu-handle'))
    expect(w.find(tid('iu-readout')).text()).toContain('2024.12')
    await handle.trigger('keydown', { key: 'Home' })
    expect(handle.attributes('aria-valuetext')).toBe('2012 年 12 月（第 31 次报告）：网民 5.64 亿，普及率 42.1%')
    await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(w.find(tid('iu-readout')).text()).toContain('2013')
    expect(render({ initialIndex: 10 }).find(tid('iu-handle')).attributes('aria-valuenow')).toBe('10')
  })

  it('names a bad step or initial-index in place of the chart, with a warning', () => {
    expect(render({ step: 5 }).find(tid('chart-problem')).text()).toContain('step 须是 0–2 的整数')
    expect(render({ initialIndex: 99 }).find(tid('chart-problem')).text()).toContain('initial-index')
    expect(warn).toHaveBeenCalledTimes(2)
  })
})
