import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ChartFrame from '../../components/chart/ChartFrame.vue'
import DiminishingReturnsChart from '../../components/diminishing-returns/DiminishingReturnsChart.vue'
import { tid } from '../support/mount'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('diminishingReturnsChart steps', () => {
  it('step 0: the curve, the handle and its readout only', () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 0 } })
    expect(wrapper.find(tid('dr-curve')).attributes('d')).toMatch(/^M/)
    expect(wrapper.find(tid('dr-dividend-zone')).exists()).toBe(false)
    expect(wrapper.find(tid('dr-deep-water-zone')).exists()).toBe(false)
    expect(wrapper.find(tid('chart-lower-panel')).exists()).toBe(false)
    // 示意 badge: this is a model
    expect(wrapper.find('figcaption').text()).toContain('示意')
    const handle = wrapper.find(tid('dr-handle'))
    expect(handle.attributes('role')).toBe('slider')
    // defaults a = 12, b = 1.5, effort 6: 12·ln 5 = 19.3 %, 12/7.5 = 1.6 %/人年
    expect(handle.attributes('aria-valuetext')).toBe('投入 6 人年，累计提升 19.3%，边际提升 1.6%/人年')
    expect(wrapper.find(tid('dr-readout-gain')).text()).toBe('19.3%')
  })

  it('step 1: adds the dividend zone', () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 1 } })
    const zone = wrapper.find(tid('dr-dividend-zone'))
    expect(zone.text()).toContain('红利期')
    expect(zone.text()).toContain('4G')
    expect(wrapper.find(tid('dr-deep-water-zone')).exists()).toBe(false)
  })

  it('step 2: adds the deep-water zone with both thresholds on the curve', () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 2 } })
    expect(wrapper.find(tid('dr-deep-water-zone')).text()).toContain('深水区')
    // 12/1 − 1.5 = 10.5 and 12/0.5 − 1.5 = 22.5
    expect(wrapper.find(tid('dr-threshold-1')).text()).toContain('10.5 人年起')
    expect(wrapper.find(tid('dr-threshold-05')).text()).toContain('22.5 人年起')
    expect(wrapper.find(tid('chart-lower-panel')).exists()).toBe(false)
  })

  it('step 2: says so when the curve never reaches the deep water inside the axis', () => {
    // 12/1 − 1.5 = 10.5 > 8
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 2, effortMax: 8 } })
    expect(wrapper.find(tid('dr-no-deep-water')).text()).toContain('还没进深水区')
    expect(wrapper.find(tid('dr-threshold-1')).exists()).toBe(false)
  })

  it('step 3: marginal curve, cost line and their crossing at 12/0.6 − 1.5 = 18.5 人年', () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 3 } })
    expect(wrapper.find(tid('chart-lower-panel')).exists()).toBe(true)
    expect(wrapper.find(tid('dr-marginal-curve')).attributes('d')).toMatch(/^M/)
    expect(wrapper.find(tid('dr-marginal-cost')).text()).toContain('0.6%/人年')
    const crossing = wrapper.find(tid('dr-crossing'))
    expect(crossing.text()).toContain('再招人不划算')
    expect(crossing.text()).toContain('18.5 人年')
    expect(wrapper.find(tid('dr-no-crossing')).exists()).toBe(false)
    // at 6 人年 the marginal gain 1.6 is above the cost 0.6
    expect(wrapper.find(tid('dr-readout-verdict')).text()).toContain('仍划算')
  })

  it('step 3: says there is no crossing, in both directions', () => {
    const cheap = mount(DiminishingReturnsChart, { props: { step: 3, marginalCost: 0.2 } })
    expect(cheap.find(tid('dr-no-crossing')).text()).toContain('再招人仍划算')
    expect(cheap.find(tid('dr-crossing')).exists()).toBe(false)
    const dear = mount(DiminishingReturnsChart, { props: { step: 3, marginalCost: 10 } })
    expect(dear.find(tid('dr-no-crossing')).text()).toContain('一个人也不该招')
  })

  it('treats a step beyond 3 as 3 and a bad step as 0', () => {
    expect(mount(DiminishingReturnsChart, { props: { step: 7 } }).find(tid('dr-crossing')).exists()).toBe(true)
    expect(mount(DiminishingReturnsChart, { props: { step: Number.NaN } }).find(tid('dr-dividend-zone')).exists()).toBe(false)
  })
})

describe('diminishingReturnsChart handle', () => {
  it('moves with the slider keys and updates the readout live', async () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 3 } })
    const handle = wrapper.find(tid('dr-handle'))
    await handle.trigger('keydown', { key: 'ArrowRight' })
    expect(handle.attributes('aria-valuenow')).toBe('6.5')
    expect(wrapper.find(tid('dr-readout-effort')).text()).toBe('6.5')
    await handle.trigger('keydown', { key: 'End' })
    // 12·ln(1 + 30/1.5) = 12·ln 21 = 36.53 %; 12/31.5 = 0.381 %/人年
    expect(handle.attributes('aria-valuetext')).toBe('投入 30 人年，累计提升 36.5%，边际提升 0.38%/人年')
    expect(wrapper.find(tid('dr-readout-verdict')).text()).toContain('不划算')
    await handle.trigger('keydown', { key: 'Home' })
    expect(handle.attributes('aria-valuenow')).toBe('0')
    await handle.trigger('keydown', { key: 'PageUp' })
    expect(handle.attributes('aria-valuenow')).toBe('5')
  })

  it('keeps the arrow keys from the deck while focused', async () => {
    const wrapper = mount(DiminishingReturnsChart, { attachTo: document.body })
    const deckListener = vi.fn()
    window.addEventListener('keydown', deckListener)
    await wrapper.find(tid('dr-handle')).trigger('keydown', { key: 'ArrowLeft' })
    expect(deckListener).not.toHaveBeenCalled()
    // …but other keys (space: next slide) still reach it.
    await wrapper.find(tid('dr-handle')).trigger('keydown', { key: ' ' })
    expect(deckListener).toHaveBeenCalledTimes(1)
    window.removeEventListener('keydown', deckListener)
    wrapper.unmount()
  })

  it('starts at initialEffort, clamped to the axis', () => {
    const wrapper = mount(DiminishingReturnsChart, { props: { initialEffort: 20 } })
    // 12·ln(1 + 20/1.5) = 31.95 → 32.0 %; 12/21.5 = 0.558 → 0.56
    expect(wrapper.find(tid('dr-handle')).attributes('aria-valuetext')).toBe('投入 20 人年，累计提升 32.0%，边际提升 0.56%/人年')
    const clamped = mount(DiminishingReturnsChart, { props: { initialEffort: 99 } })
    expect(clamped.find(tid('dr-handle')).attributes('aria-valuenow')).toBe('30')
  })
})

describe('diminishingReturnsChart drag performance', () => {
  it.each([2, 3])('step %i: moving the point re-renders the live parts only, not the frame and the static marks', async (step) => {
    const wrapper = mount(DiminishingReturnsChart, { props: { step } })
    const frame = wrapper.findComponent(ChartFrame)
    const frameTree = frame.vm.$.subTree
    const chartTree = wrapper.vm.$.subTree
    const curve = wrapper.find(tid('dr-curve')).element
    const marginalDot = () => wrapper.find('.dr-marginal-dot')
    const dotBefore = marginalDot().exists() ? marginalDot().attributes('cy') : null
    await wrapper.find(tid('dr-handle')).trigger('keydown', { key: 'PageUp' })
    // The live parts moved…
    expect(wrapper.find(tid('dr-readout-effort')).text()).toBe('11')
    expect(wrapper.find('.dr-handle-dot').attributes('cx')).toBe(wrapper.find('.dr-handle-hit').attributes('cx'))
    if (step >= 3)
      expect(marginalDot().attributes('cy')).not.toBe(dotBefore)
    // …and neither ChartFrame (axes, grid, the slots' zones, curves and labels) nor the chart itself re-rendered.
    expect(frame.vm.$.subTree).toBe(frameTree)
    expect(wrapper.vm.$.subTree).toBe(chartTree)
    expect(wrapper.find(tid('dr-curve')).element).toBe(curve)
  })
})

describe('diminishingReturnsChart bad props', () => {
  it.each([
    [{ a: -1 }, 'a'],
    [{ a: Number.NaN }, 'a'],
    [{ b: 0 }, 'b'],
    [{ effortMax: 0 }, 'effortMax'],
    [{ marginalCost: -1 }, 'marginalCost'],
  ])('%o shows a message naming %s and warns', (props, name) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(DiminishingReturnsChart, { props: { step: 3, ...props } })
    const alert = wrapper.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain(`参数 ${name}`)
    expect(wrapper.find(tid('dr-curve')).exists()).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`参数 ${name}`))
  })
})
