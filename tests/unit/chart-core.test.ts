import type { PlotSpec } from '../../lib/chart/plot'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import ChartFrame from '../../components/chart/ChartFrame.vue'
import ChartHandle from '../../components/chart/ChartHandle.vue'
import { provideCompactCharts } from '../../components/chart/compact'
import { formatFixed, formatSignedPercent } from '../../lib/chart/format'
import { frameLayout } from '../../lib/chart/frame-layout'
import { textWidth, wrapParts } from '../../lib/chart/label-placement'
import { chartPlot } from '../../lib/chart/plot'
import { axisProblem, linearAxis, nearestIndex, niceUpperBound, plotArea, polylinePath, sampleFunction, stackedPlotAreas } from '../../lib/chart/scales'
import { sliderValueForKey, snapToStep } from '../../lib/chart/slider-keys'

describe('linearAxis', () => {
  const axis = linearAxis({ domain: [0, 10], label: 'x' }, 100, 300)

  it('maps the domain ends onto the range ends and back', () => {
    expect(axis.toSvg(0)).toBe(100)
    expect(axis.toSvg(10)).toBe(300)
    expect(axis.toSvg(5)).toBe(200)
    expect(axis.fromSvg(250)).toBeCloseTo(7.5)
  })

  it('draws round ticks inside the domain', () => {
    const values = axis.ticks.map(t => t.value)
    expect(values[0]).toBe(0)
    expect(values.at(-1)).toBe(10)
    for (const t of axis.ticks)
      expect(t.position).toBeCloseTo(axis.toSvg(t.value))
  })

  it('inverts for a y axis (larger values higher up)', () => {
    const y = linearAxis({ domain: [0, 1], label: 'y' }, 300, 20)
    expect(y.toSvg(1)).toBeLessThan(y.toSvg(0))
  })

  it('uses a custom tick format', () => {
    const pct = linearAxis({ domain: [0, 100], label: 'p', format: v => `${v}%` }, 0, 100)
    expect(pct.ticks.every(t => t.label.endsWith('%'))).toBe(true)
  })
})

describe('axisProblem', () => {
  it('accepts a proper range', () => {
    expect(axisProblem('x', { domain: [0, 1], label: '' })).toBeNull()
  })
  it('names inverted, empty and non-finite ranges', () => {
    expect(axisProblem('x', { domain: [2, 1], label: '' })).toMatch(/颠倒/)
    expect(axisProblem('y', { domain: [1, 1], label: '' })).toMatch(/^y/)
    expect(axisProblem('x', { domain: [0, Number.NaN], label: '' })).toMatch(/有限/)
  })
})

describe('plotArea and paths', () => {
  it('subtracts the margins', () => {
    expect(plotArea(640, 340, { top: 10, right: 20, bottom: 30, left: 40 }))
      .toEqual({ left: 40, top: 10, right: 620, bottom: 310, width: 580, height: 300 })
  })
  it('samples a function at n + 1 points and skips non-finite points in paths', () => {
    const pts = sampleFunction(x => 1 / x, 0, 1, 4)
    expect(pts).toHaveLength(5)
    expect(polylinePath(pts).startsWith('M0.25 4.00')).toBe(true)
  })
})

describe('slider keys (WAI-ARIA slider pattern)', () => {
  const range = { min: 0, max: 10, step: 0.5, pageStep: 2 }
  it('steps with arrows, pages with Page Up/Down, jumps with Home/End', () => {
    expect(sliderValueForKey('ArrowRight', 3, range)).toBe(3.5)
    expect(sliderValueForKey('ArrowUp', 3, range)).toBe(3.5)
    expect(sliderValueForKey('ArrowLeft', 3, range)).toBe(2.5)
    expect(sliderValueForKey('PageUp', 3, range)).toBe(5)
    expect(sliderValueForKey('PageDown', 3, range)).toBe(1)
    expect(sliderValueForKey('Home', 3, range)).toBe(0)
    expect(sliderValueForKey('End', 3, range)).toBe(10)
  })
  it('stays inside the range', () => {
    expect(sliderValueForKey('PageUp', 9.5, range)).toBe(10)
    expect(sliderValueForKey('ArrowLeft', 0, range)).toBe(0)
  })
  it('lets other keys through to the deck', () => {
    expect(sliderValueForKey(' ', 3, range)).toBeNull()
    expect(sliderValueForKey('Escape', 3, range)).toBeNull()
  })
  it('snaps without floating-point drift', () => {
    expect(snapToStep(0.30000000000000004, { min: 0, max: 1, step: 0.1 })).toBe(0.3)
    expect(snapToStep(0.74, { min: 0, max: 1, step: 0.25 })).toBe(0.75)
  })
})

describe('format', () => {
  it('uses a true minus and signs percentages', () => {
    expect(formatFixed(-1.25, 1)).toBe('−1.3')
    expect(formatFixed(-0.01, 1)).toBe('0.0')
    expect(formatSignedPercent(42)).toBe('+42%')
    expect(formatSignedPercent(-8.5, 1)).toBe('−8.5%')
    expect(formatSignedPercent(0)).toBe('0%')
    expect(formatFixed(Number.NaN)).toBe('—')
  })
})

describe('core additions: niceUpperBound, stackedPlotAreas, nearestIndex', () => {
  it('rounds an axis end up to a round value', () => {
    expect(niceUpperBound(36.5)).toBe(40)
    expect(niceUpperBound(7349, 3)).toBe(8000)
    expect(niceUpperBound(100)).toBe(100)
    expect(niceUpperBound(Number.NaN)).toBe(1)
    expect(niceUpperBound(-3)).toBe(1)
  })

  it('without a lower panel the main area is plotArea', () => {
    const margin = { top: 10, right: 20, bottom: 30, left: 40 }
    expect(stackedPlotAreas(640, 340, margin)).toEqual({ main: plotArea(640, 340, margin), lower: null })
  })

  it('stacks a lower panel of the given height under the main one, separated by the gap', () => {
    // plot rectangle: top 10, bottom 340 − 30 = 310. Lower: 310 − 100 = 210 … 310. Main: 10 … 210 − 20 = 190.
    const { main, lower } = stackedPlotAreas(640, 340, { top: 10, right: 20, bottom: 30, left: 40 }, {
      y: { domain: [0, 1], label: '' },
      height: 100,
      gap: 20,
    })
    expect(lower).toEqual({ left: 40, right: 620, width: 580, top: 210, bottom: 310, height: 100 })
    expect(main).toEqual({ left: 40, right: 620, width: 580, top: 10, bottom: 190, height: 180 })
  })

  it('finds the nearest value', () => {
    expect(nearestIndex([2013, 2014, 2020.25, 2021], 2020.5)).toBe(2)
    expect(nearestIndex([2013, 2014, 2020.25, 2021], 2020.7)).toBe(3)
    expect(nearestIndex([1, 3], 2)).toBe(0)
    expect(nearestIndex([], 2)).toBe(-1)
  })
})

describe('chartFrame lower panel', () => {
  const margin = { top: 16, right: 24, bottom: 52, left: 64 }
  const axes = { x: { domain: [0, 10] as const, label: 'x' }, y: { domain: [0, 1] as const, label: 'y' } }
  const frame = (spec: Partial<PlotSpec> = {}) => ({ plot: chartPlot({ width: 640, height: 340, margin, ...axes, ...spec }), title: 't' })

  it('draws no lower panel by default', () => {
    const wrapper = mount(ChartFrame, { props: frame() })
    expect(wrapper.find('[data-testid="chart-lower-panel"]').exists()).toBe(false)
  })

  it('draws the lower panel with its title and slot, and x tick labels under it', () => {
    const wrapper = mount(ChartFrame, {
      props: frame({ height: 400, lower: { y: { domain: [0, 5], label: '下方（单位）' }, height: 100 } }),
      slots: { lower: '<rect data-testid="in-lower" />' },
    })
    const panel = wrapper.find('[data-testid="chart-lower-panel"]')
    expect(panel.exists()).toBe(true)
    expect(panel.text()).toContain('下方（单位）')
    expect(panel.find('[data-testid="in-lower"]').exists()).toBe(true)
    // margin bottom 52 → lower panel bottom at 400 − 52 = 348; x tick labels 18 below it.
    const xTick = wrapper.findAll('text.chart-tick').find(t => t.text() === '10')
    expect(xTick?.attributes('y')).toBe(String(348 + 18))
  })

  it('reports a bad lower axis like the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(ChartFrame, {
      props: frame({ lower: { y: { domain: [5, 0], label: '' }, height: 80 } }),
    })
    expect(wrapper.find('[role="alert"]').text()).toMatch(/下方面板 y/)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('frame layout: where ChartFrame puts its texts', () => {
  const spec: PlotSpec = {
    width: 640,
    height: 400,
    margin: { top: 16, right: 24, bottom: 48, left: 60 },
    x: { domain: [0, 30], label: '投入（人年）', ticks: 6 },
    y: { domain: [0, 40], label: '累计提升（%）', ticks: 4 },
    lower: { y: { domain: [0, 2], label: '边际提升', ticks: 3 }, height: 100, gap: 30 },
  }

  it('on a slide: the y title up the left edge, tick labels beside the axes, the lower title above its panel', () => {
    const plot = chartPlot(spec)
    const frame = frameLayout(plot)
    expect(frame.yTitle).toMatchObject({ text: '累计提升（%）', x: 16, y: plot.area.top + plot.area.height / 2, vertical: true, anchor: 'middle' })
    // Vertical: one em wide, as tall as the text is long.
    expect(frame.yTitle.box.width).toBe(13)
    expect(frame.yTitle.box.height).toBeCloseTo(textWidth('累计提升（%）', 13))
    expect(frame.xTicks.map(t => t.y)).toEqual(frame.xTicks.map(() => plot.lower!.area.bottom + 18))
    expect(frame.yTicks[0]).toMatchObject({ x: plot.area.left - 8, y: plot.y.ticks[0]!.position + 4, anchor: 'end' })
    expect(frame.lowerTitle).toMatchObject({ x: plot.lower!.area.left, y: plot.lower!.area.top - 8 })
    expect(frame.xTitle).toMatchObject({ x: plot.area.left + plot.area.width / 2, y: 400 - 8, anchor: 'middle' })
  })

  it('compact: the y title and the lower title above their panels, at the chart\'s left edge', () => {
    const plot = chartPlot({ ...spec, width: 340, compact: true, margin: { top: 40, right: 14, bottom: 46, left: 30 } })
    const frame = frameLayout(plot)
    expect(plot.compact).toBe(true)
    expect(frame.yTitle).toMatchObject({ x: 0, y: plot.area.top - 10, vertical: false, anchor: 'start' })
    expect(frame.lowerTitle).toMatchObject({ x: 0, y: plot.lower!.area.top - 10 })
  })

  it('chartFrame draws them, and marks a compact frame with its width for the reading view\'s CSS', () => {
    const slide = mount(ChartFrame, { props: { plot: chartPlot(spec), title: 't' } })
    expect(slide.find('text[transform]').text()).toBe('累计提升（%）')
    expect(slide.classes()).not.toContain('chart-compact')
    const compact = mount(ChartFrame, { props: { plot: chartPlot({ ...spec, width: 340, compact: true }), title: 't' } })
    expect(compact.find('text[transform]').exists()).toBe(false)
    expect(compact.findAll('text.chart-axis-title').map(t => t.text())).toContain('累计提升（%）')
    expect(compact.classes()).toContain('chart-compact')
    expect(compact.attributes('style')).toContain('--chart-width: 340')
  })
})

describe('wrapParts', () => {
  it('packs parts into lines that fit, in order, without spaces at the ends', () => {
    const parts = ['R² = 0.985；', '直线拟合也达 0.987，', '放缓要看年净增']
    expect(wrapParts(parts, 1000, 12)).toEqual(['R² = 0.985；直线拟合也达 0.987，放缓要看年净增'])
    const lines = wrapParts(parts, 250, 12)
    expect(lines).toEqual(['R² = 0.985；直线拟合也达 0.987，', '放缓要看年净增'])
    expect(lines.every(line => textWidth(line, 12) <= 250)).toBe(true)
    expect(wrapParts(['4G 后 ', 'App 用户激增'], 60, 12)).toEqual(['4G 后', 'App 用户激增'])
  })

  it('gives a part wider than the room a line of its own', () => {
    expect(wrapParts(['一二三四五六', '七'], 30, 12)).toEqual(['一二三四五六', '七'])
  })
})

describe('compact charts: the reading view\'s injection', () => {
  it('a chart under provideCompactCharts draws its compact size; elsewhere its slide size', async () => {
    const { default: InternetUsersChart } = await import('../../components/internet-users/InternetUsersChart.vue')
    const Reading = defineComponent({ setup: () => {
      provideCompactCharts()
      return () => h(InternetUsersChart, { step: 2 })
    } })
    expect(mount(InternetUsersChart, { props: { step: 2 } }).find('svg').attributes('viewBox')).toBe('0 0 640 380')
    expect(mount(Reading).find('svg').attributes('viewBox')).toBe('0 0 340 440')
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
