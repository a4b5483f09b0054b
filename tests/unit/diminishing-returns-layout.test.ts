import type { DiminishingReturnsParams, PlacedText } from '../../lib/diminishing-returns/layout'
import { describe, expect, it } from 'vitest'
import { boxesOverlap, labelBox, textWidth } from '../../lib/chart/label-placement'
import { chartPlot } from '../../lib/chart/plot'
import { diminishingReturnsLayout, diminishingReturnsPlotSpec } from '../../lib/diminishing-returns/layout'

const DEFAULTS: DiminishingReturnsParams = { a: 12, b: 1.5, marginalCost: 0.6, effortMax: 30, dividendMarginal: 2 }
const SIZE = { width: 640, height: 400 }

function layoutAt(step: number, params: Partial<DiminishingReturnsParams> = {}) {
  const p = { ...DEFAULTS, ...params }
  const plot = chartPlot(diminishingReturnsPlotSpec(p, SIZE, step))
  return { plot, layout: diminishingReturnsLayout(p, plot, step) }
}

/** Every label with the font size its class sets (chart.css): notes and labels 12, strong 13, zone titles 14. */
function labels(step: number, params: Partial<DiminishingReturnsParams> = {}): Array<{ name: string, text: PlacedText, size: number }> {
  const { layout } = layoutAt(step, params)
  const out: Array<{ name: string, text: PlacedText, size: number }> = [{ name: 'gain', text: layout.gainLabel!, size: 12 }]
  const add = (name: string, text: PlacedText | null | undefined, size = 12) => {
    if (text)
      out.push({ name, text, size })
  }
  add('dividend title', layout.dividend?.zone?.title, 14)
  layout.dividend?.zone?.notes.forEach((n, i) => add(`dividend note ${i}`, n))
  add('no dividend', layout.dividend?.missing)
  layout.deepWater?.marks.forEach((m) => {
    add(`threshold ${m.level}`, m.label)
    add(`threshold ${m.level} note`, m.note)
  })
  add('deep water title', layout.deepWater?.label?.title, 14)
  layout.deepWater?.label?.notes.forEach((n, i) => add(`deep water note ${i}`, n))
  add('no deep water', layout.deepWater?.missing)
  add('boss', layout.crossing?.label, 13)
  layout.crossing?.notes.forEach((n, i) => add(`boss note ${i}`, n))
  add('marginal', layout.marginal?.curveLabel)
  add('cost', layout.marginal?.cost.label)
  add('cost note', layout.marginal?.cost.note)
  layout.marginal?.noCrossing?.lines.forEach((n, i) => add(`no crossing ${i}`, n, 13))
  return out
}

const box = (l: { text: PlacedText, size: number }) => labelBox(l.text.x, l.text.y, textWidth(l.text.text, l.size), l.size, l.text.anchor)

describe('diminishing-returns layout', () => {
  it.each([0, 1, 2, 3])('step %i: every label inside the chart, none overlapping another (slide defaults)', (step) => {
    const all = labels(step)
    expect(all.length).toBeGreaterThan(step)
    for (const label of all) {
      const b = box(label)
      expect(b.x, label.name).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width, label.name).toBeLessThanOrEqual(SIZE.width)
      expect(b.y, label.name).toBeGreaterThanOrEqual(0)
      expect(b.y + b.height, label.name).toBeLessThanOrEqual(SIZE.height)
    }
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1))
        expect(boxesOverlap(box(a), box(b)), `${a.name} / ${b.name}`).toBe(false)
    }
  })

  it('adds marks step by step, and the lower panel only at step 3', () => {
    expect(layoutAt(0).layout).toMatchObject({ dividend: null, deepWater: null, crossing: null, marginal: null })
    expect(layoutAt(1).layout.dividend?.zone?.notes).toHaveLength(2)
    expect(layoutAt(2).layout.deepWater?.marks.map(m => m.testid)).toEqual(['dr-threshold-1', 'dr-threshold-05'])
    const { plot, layout } = layoutAt(3)
    expect(plot.lower).not.toBeNull()
    // At step 3 the zone notes give way to the lower panel's story.
    expect(layout.dividend?.zone?.notes).toEqual([])
    expect(layout.deepWater?.label?.notes).toEqual([])
    expect(layout.gainLabel?.text).toBe('累计提升')
  })

  it('puts the crossing where the marginal gain meets the cost (12/0.6 − 1.5 = 18.5 人年)', () => {
    const { plot, layout } = layoutAt(3)
    expect(layout.crossing?.x).toBeCloseTo(plot.x.toSvg(18.5), 9)
    expect(layout.crossing?.lower.cy).toBeCloseTo(plot.lower!.y.toSvg(0.6), 9)
    expect(layout.crossing?.notes.map(n => n.text)).toEqual(['投入超过 18.5 人年：边际提升 < 成本'])
    expect(layout.marginal?.noCrossing).toBeNull()
  })

  it('turns the boss label to the left of the crossing when the right side is too narrow', () => {
    // Default: 18.5 of 30 人年, room on the right.
    expect(layoutAt(3).layout.crossing?.label.anchor).toBe('start')
    // 12/0.45 − 1.5 = 25.2 人年: close to the right edge.
    const near = layoutAt(3, { marginalCost: 0.45 }).layout.crossing!
    expect(near.label.anchor).toBe('end')
    expect(near.label.x).toBeLessThan(near.x)
  })

  it('labels a threshold left of its dot near the right edge', () => {
    // effortMax 25: the 0.5 threshold at 22.5 is near the right edge, the 1 threshold at 10.5 is not.
    const marks = layoutAt(2, { effortMax: 25 }).layout.deepWater!.marks
    expect(marks.map(m => m.label?.anchor)).toEqual(['start', 'end'])
  })

  it('moves the deep-water title to the right edge when the zone is narrow or starts at 0', () => {
    const { plot, layout } = layoutAt(2)
    expect(layout.deepWater?.label?.title).toMatchObject({ text: '深水区', anchor: 'start' })
    // effortMax 12: the zone starts at 10.5, too close to the right edge.
    expect(layoutAt(2, { effortMax: 12 }).layout.deepWater?.label?.title).toMatchObject({ anchor: 'end', x: plot.area.right - 6 })
    // a = 1 < b: marginal gain is below 1 from the start.
    expect(layoutAt(2, { a: 1 }).layout.deepWater?.label?.title.text).toBe('全程深水区')
    expect(layoutAt(2, { effortMax: 8 }).layout.deepWater).toMatchObject({ label: null, marks: [] })
  })

  it('puts the cost note above its line when the line is close to the axis', () => {
    const below = layoutAt(3).layout.marginal!.cost
    expect(below.note.y).toBeGreaterThan(below.y)
    const near = layoutAt(3, { marginalCost: 0.1 }).layout.marginal!.cost
    expect(near.note.y).toBeLessThan(near.y)
    expect(near.label.y).toBeLessThan(near.note.y)
  })

  it('says why there is no crossing, in the right tone', () => {
    expect(layoutAt(3, { marginalCost: 0.2 }).layout.marginal?.noCrossing).toMatchObject({ tone: 'muted' })
    expect(layoutAt(3, { marginalCost: 10 }).layout.marginal?.noCrossing).toMatchObject({ tone: 'danger' })
    expect(layoutAt(3, { marginalCost: 10 }).layout.crossing).toBeNull()
  })

  it('draws both curves inside their panels', () => {
    const { plot, layout } = layoutAt(3)
    const ys = (path: string) => Array.from(path.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g), m => Number(m[2]))
    expect(ys(layout.gainPath)).toHaveLength(121)
    expect(ys(layout.marginal!.curvePath)).toHaveLength(121)
    for (const y of ys(layout.gainPath))
      expect(y).toBeGreaterThanOrEqual(plot.area.top - 1e-9)
    for (const y of ys(layout.marginal!.curvePath)) {
      expect(y).toBeGreaterThanOrEqual(plot.lower!.area.top - 1e-9)
      expect(y).toBeLessThanOrEqual(plot.lower!.area.bottom + 1e-9)
    }
  })
})
