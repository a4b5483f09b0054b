// The chart core: steps and slider keys, text geometry, the plot and its frame texts, ChartFrame and ChartHandle.
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import ChartFrame from '../../components/chart/ChartFrame.vue'
import ChartHandle from '../../components/chart/ChartHandle.vue'
import { chartPlot, curvePoints, niceUpperBound, polylinePath } from '../../lib/chart/plot'
import { clampStep, sliderValueForKey, snapToStep, stepProblem } from '../../lib/chart/steps'
import { boxesOverlap, placeLabel, segmentHitsBox, textWidth, wrapParts } from '../../lib/chart/text'

describe('steps', () => {
  it('clamps any incoming step to one the widget has', () => {
    expect([Number.NaN, -2, 1.7, 9].map(step => clampStep(step, 3))).toEqual([0, 0, 1, 3])
  })

  it('names a pinned step the widget does not have, and accepts none', () => {
    expect(stepProblem(undefined, 3)).toBeNull()
    expect(stepProblem(2, 3)).toBeNull()
    expect(stepProblem(4, 3)).toBe('step 须是 0–3 的整数（收到 4）')
    expect(stepProblem('2', 3)).toContain('收到 2')
  })
})

describe('slider keys (WAI-ARIA slider pattern)', () => {
  const range = { min: 0, max: 30, step: 0.5, pageStep: 5 }
  it('steps with arrows, pages with Page Up/Down, jumps with Home/End, inside the range', () => {
    expect(sliderValueForKey('ArrowRight', 6, range)).toBe(6.5)
    expect(sliderValueForKey('ArrowDown', 6, range)).toBe(5.5)
    expect(sliderValueForKey('PageUp', 6, range)).toBe(11)
    expect(sliderValueForKey('Home', 6, range)).toBe(0)
    expect(sliderValueForKey('End', 6, range)).toBe(30)
    expect(sliderValueForKey('PageUp', 28, range)).toBe(30)
    expect(sliderValueForKey(' ', 6, range)).toBeNull()
  })

  it('snaps without floating-point drift', () => {
    expect(snapToStep(0.1 + 0.2, { min: 0, max: 1, step: 0.1 })).toBe(0.3)
  })
})

describe('text geometry', () => {
  it('measures CJK at one em and the rest at 0.6 em', () => {
    expect(textWidth('需求', 14)).toBe(28)
    expect(textWidth('+45%', 10)).toBe(24)
  })

  it('finds overlaps and lines through boxes', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 }
    expect(boxesOverlap(box, { x: 9, y: 9, width: 5, height: 5 })).toBe(true)
    expect(boxesOverlap(box, { x: 10, y: 0, width: 5, height: 5 })).toBe(false)
    expect(segmentHitsBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: -5, y1: 20, x2: 15, y2: 20 }, box)).toBe(false)
  })

  it('places a label at the first spot that crosses nothing', () => {
    const line = { segment: { x1: 0, y1: 50, x2: 200, y2: 50 }, weight: 10 }
    const spot = placeLabel({ x: 100, y: 50 }, '均衡', 14, [{ dx: 0, dy: 5, anchor: 'middle' }, { dx: 0, dy: -10, anchor: 'middle' }], [line], { x: 0, y: 0, width: 200, height: 100 })
    expect(spot).toMatchObject({ y: 40, cost: 0 })
  })

  it('packs parts into lines that fit, in order, without spaces at the ends', () => {
    expect(wrapParts(['早期：投入少、', '提升快'], 12 * 8, 12)).toEqual(['早期：投入少、', '提升快'])
    expect(wrapParts(['a ', 'b ', 'c'], 100, 12)).toEqual(['a b c'])
  })
})

describe('the plot', () => {
  const spec = { width: 640, height: 400, margin: { top: 10, right: 20, bottom: 40, left: 60 }, x: { domain: [0, 30] as const, label: '投入（人年）' }, y: { domain: [0, 40] as const, label: '提升（%）' } }

  it('maps data to SVG units, y upwards, with round ticks', () => {
    const plot = chartPlot(spec)
    expect(plot.x.toSvg(0)).toBe(60)
    expect(plot.x.toSvg(30)).toBe(620)
    expect(plot.y.toSvg(40)).toBe(10)
    expect(plot.y.fromSvg(360)).toBe(0)
    expect(plot.x.ticks.map(t => t.label)).toEqual(['0', '5', '10', '15', '20', '25', '30'])
    expect(niceUpperBound(36.5)).toBe(40)
    expect(polylinePath(curvePoints(v => v, 0, 30, plot.x, plot.y, 2))).toBe('M60.00 360.00 L340.00 228.75 L620.00 97.50')
  })

  it('stacks a lower panel under the main one and puts the x ticks under it', () => {
    const plot = chartPlot({ ...spec, lower: { y: { domain: [0, 2], label: '边际（%/人年）' }, height: 100, gap: 30 } })
    expect(plot.lower!.area.bottom).toBe(360)
    expect(plot.area.bottom).toBe(230)
    const xTick = plot.frame.find(t => t.text === '15')!
    expect(xTick.y).toBeGreaterThan(360)
  })

  it('narrow, it is compact: the y title above the plot rather than up its side', () => {
    const wide = chartPlot(spec).frame.find(t => t.text === '提升（%）')!
    const narrow = chartPlot({ ...spec, width: 360 }).frame.find(t => t.text === '提升（%）')!
    expect(wide.vertical).toBe(true)
    expect(narrow.vertical).toBeUndefined()
    expect(narrow.y).toBeLessThan(10)
  })
})

describe('chartFrame', () => {
  const plot = chartPlot({ width: 640, height: 300, margin: { top: 10, right: 10, bottom: 40, left: 50 }, x: { domain: [0, 1], label: 'x' }, y: { domain: [0, 1], label: 'y' } })

  it('draws the axes, the source and the 示意 badge', () => {
    const w = mount(ChartFrame, { props: { plot, title: '图', source: '来源：某报告', model: true } })
    expect(w.find('svg').attributes('viewBox')).toBe('0 0 640 300')
    expect(w.find('figcaption').text()).toBe('示意来源：某报告')
  })

  it('shows a problem in place of the plot, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(ChartFrame, { props: { plot, title: '图', problem: 'step 须是 0–2 的整数（收到 5）', testid: 'x-chart' } })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.find('[role="alert"]').text()).toContain('收到 5')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain('[x-chart]')
    vi.restoreAllMocks()
  })
})

describe('chartHandle with pan-y (a handle over a whole plot in a scrolling page)', () => {
  // Inside an <svg> whose screen matrix is the identity, so a pointer's position reads as it is.
  const handle = (panY: boolean) => {
    vi.spyOn(SVGSVGElement.prototype, 'getScreenCTM').mockReturnValue(new DOMMatrix() as unknown as SVGMatrix)
    const wrapper = mount(defineComponent({
      setup: () => () => h('svg', [h(ChartHandle, { value: 0, min: 0, max: 10, step: 1, label: 'x', valueText: '', pointToValue: () => 7, panY })]),
    }))
    return wrapper.findComponent(ChartHandle)
  }
  const pointer = (type: string, pointerType: string, at = { x: 10, y: 10 }) => {
    const event = new Event(type, { bubbles: true, cancelable: true })
    Object.assign(event, { pointerType, pointerId: 1, clientX: at.x, clientY: at.y })
    return event
  }

  it('lets a finger going down start a scroll: it moves the handle only on a tap or a sideways move', () => {
    const wrapper = handle(true)
    const el = wrapper.element
    el.dispatchEvent(pointer('pointerdown', 'touch'))
    expect(wrapper.emitted('change')).toBeUndefined()
    // The browser took the gesture for a scroll: nothing moves.
    el.dispatchEvent(pointer('pointercancel', 'touch'))
    expect(wrapper.emitted('change')).toBeUndefined()
    // A move up or down (before the browser takes it for a scroll) moves nothing; a sideways one does.
    el.dispatchEvent(pointer('pointerdown', 'touch'))
    el.dispatchEvent(pointer('pointermove', 'touch', { x: 14, y: 30 }))
    expect(wrapper.emitted('change')).toBeUndefined()
    el.dispatchEvent(pointer('pointermove', 'touch', { x: 40, y: 34 }))
    expect(wrapper.emitted('change')).toEqual([[7]])
    el.dispatchEvent(pointer('pointercancel', 'touch'))
    // A tap.
    el.dispatchEvent(pointer('pointerdown', 'touch'))
    el.dispatchEvent(pointer('pointerup', 'touch'))
    expect(wrapper.emitted('change')).toEqual([[7], [7]])
    expect(wrapper.classes()).toContain('pan-y')
    // Its touchstart is not cancelled (the page may scroll).
    const touch = new Event('touchstart', { cancelable: true })
    Object.assign(touch, { touches: [{ clientX: 10, clientY: 10 }] })
    el.dispatchEvent(touch)
    expect(touch.defaultPrevented).toBe(false)
    vi.restoreAllMocks()
  })

  it('without it a finger moves the handle at once and never scrolls', () => {
    const wrapper = handle(false)
    wrapper.element.dispatchEvent(pointer('pointerdown', 'touch'))
    expect(wrapper.emitted('change')).toEqual([[7]])
    const touch = new Event('touchstart', { cancelable: true })
    Object.assign(touch, { touches: [] })
    wrapper.element.dispatchEvent(touch)
    expect(touch.defaultPrevented).toBe(true)
    vi.restoreAllMocks()
  })
})
