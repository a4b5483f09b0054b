import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ChartFrame from '../../components/chart/ChartFrame.vue'
import InternetUsersChart from '../../components/internet-users/InternetUsersChart.vue'
import { CNNIC_RELEASES } from '../../lib/internet-users/data'
import { tid } from '../support/mount'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('internetUsersChart steps', () => {
  it('step 0: 14 points, the two non-year-end ones hollow, no fit and no bars', () => {
    const wrapper = mount(InternetUsersChart, { props: { step: 0 } })
    const points = wrapper.findAll(tid('iu-point'))
    expect(points).toHaveLength(14)
    const hollow = points.filter(p => p.classes('iu-point-hollow')).map(p => p.attributes('data-as-of'))
    expect(hollow).toEqual(['2020-03', '2023-06'])
    expect(wrapper.find(tid('iu-not-year-end')).text()).toContain('2020.3')
    expect(wrapper.find(tid('iu-fit')).exists()).toBe(false)
    expect(wrapper.find(tid('iu-net-additions')).exists()).toBe(false)
    expect(wrapper.find('figcaption').text()).toContain('CNNIC')
  })

  it('places 2020-03 a quarter-year after 2019-12, not on it', () => {
    const wrapper = mount(InternetUsersChart)
    const cx = (asOf: string) => Number(wrapper.find(`[data-as-of="${asOf}"]`).attributes('cx'))
    const year = cx('2018-12') - cx('2017-12')
    // 2018-12 → 2020-03 is 15 months = 1.25 years
    expect(cx('2020-03') - cx('2018-12')).toBeCloseTo(1.25 * year, 6)
    expect(cx('2020-12') - cx('2020-03')).toBeCloseTo(0.75 * year, 6)
  })

  it('step 1: the fitted curve, named, with its R²', () => {
    const wrapper = mount(InternetUsersChart, { props: { step: 1 } })
    expect(wrapper.find(tid('iu-fit')).find('path').attributes('d')).toMatch(/^M/)
    expect(wrapper.find(tid('iu-fit-label')).text()).toContain('Logistic')
    expect(wrapper.find(tid('iu-fit-label')).text()).toContain('100%')
    const r2 = /R² = (0\.\d{3})/.exec(wrapper.find(tid('iu-r-squared')).text())
    expect(Number(r2?.[1])).toBeGreaterThanOrEqual(0.98)
  })

  it('step 2: one bar per announced net addition, with its value', () => {
    const wrapper = mount(InternetUsersChart, { props: { step: 2 } })
    const bars = wrapper.findAll(tid('iu-bar'))
    expect(bars.map(b => Number(b.attributes('data-year')))).toEqual([2013, 2015, 2016, 2017, 2018, 2021, 2022, 2023])
    expect(bars.at(-1)!.text()).toContain('+2480')
    // taller bar for the larger figure (2018: 5653 vs 2023: 2480)
    const height = (i: number) => Number(bars[i]!.find('rect').attributes('height'))
    expect(height(4)).toBeGreaterThan(height(7))
  })

  it('plots users in 亿 when asked, with the population ceiling in the fit label', () => {
    const wrapper = mount(InternetUsersChart, { props: { step: 1, metric: 'users' } })
    expect(wrapper.text()).toContain('网民规模（亿人）')
    expect(wrapper.find(tid('iu-fit-label')).text()).toContain('14.1 亿')
  })
})

describe('internetUsersChart point slider', () => {
  it('reads out the latest point first, then moves with the keys', async () => {
    const wrapper = mount(InternetUsersChart)
    const handle = wrapper.find(tid('iu-handle'))
    expect(handle.attributes('role')).toBe('slider')
    expect(wrapper.find(tid('iu-readout')).text()).toContain('2024.12')
    expect(wrapper.find(tid('iu-readout')).text()).toContain('第 55 次报告')
    await handle.trigger('keydown', { key: 'ArrowLeft' })
    expect(wrapper.find(tid('iu-readout')).text()).toContain('第 53 次报告')
    await handle.trigger('keydown', { key: 'Home' })
    expect(handle.attributes('aria-valuetext')).toBe('2012 年 12 月（第 31 次报告）：网民 5.64 亿，普及率 42.1%')
    // index 7 is the 45th report, 2020-03
    for (let i = 0; i < 7; i++)
      await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(handle.attributes('aria-valuetext')).toContain('2020 年 3 月（第 45 次报告，非年底')
    expect(wrapper.find(tid('iu-readout')).text()).toContain('9.04 亿')
  })

  it('starts at initialIndex', () => {
    const wrapper = mount(InternetUsersChart, { props: { initialIndex: 0 } })
    expect(wrapper.find(tid('iu-readout')).text()).toContain('2012.12')
  })
})

describe('internetUsersChart selection performance', () => {
  it('moving the selection re-renders the guide, readout and slider only, not the frame, points, fit or bars', async () => {
    const wrapper = mount(InternetUsersChart, { props: { step: 2 } })
    const frame = wrapper.findComponent(ChartFrame)
    const frameTree = frame.vm.$.subTree
    const chartTree = wrapper.vm.$.subTree
    const guideX = wrapper.find('.iu-guide').attributes('x1')
    await wrapper.find(tid('iu-handle')).trigger('keydown', { key: 'ArrowLeft' })
    expect(wrapper.find(tid('iu-readout')).text()).toContain('第 53 次报告')
    expect(wrapper.find('.iu-guide').attributes('x1')).not.toBe(guideX)
    expect(wrapper.find('.iu-selected').attributes('cx')).toBe(wrapper.find('.iu-guide').attributes('x1'))
    expect(frame.vm.$.subTree).toBe(frameTree)
    expect(wrapper.vm.$.subTree).toBe(chartTree)
  })
})

describe('internetUsersChart bad data', () => {
  const sorted = [...CNNIC_RELEASES]
  it.each([
    ['empty', [], /为空/],
    ['a single point', sorted.slice(0, 1), /只有 1 个点/],
    ['unsorted', [sorted[1]!, sorted[0]!, sorted[2]!], /未按时间排序/],
    ['NaN', [sorted[0]!, { ...sorted[1]!, penetration: Number.NaN }, sorted[2]!], /有限数值/],
    ['a bad date', [sorted[0]!, { ...sorted[1]!, asOf: '2013年12月' }, sorted[2]!], /YYYY-MM/],
  ])('%s: shows the message and warns', (_name, releases, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(InternetUsersChart, { props: { step: 2, releases } })
    expect(wrapper.find('[role="alert"]').text()).toMatch(message)
    expect(wrapper.find(tid('iu-point')).exists()).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(message))
  })

  it('bad net additions show the message too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(InternetUsersChart, { props: { netAdditions: [{ year: 2016, tenThousands: Number.NaN, report: 39 }] } })
    expect(wrapper.find('[role="alert"]').text()).toContain('年净增')
  })
})
