import type { DiminishingReturnsParams } from '../../lib/diminishing-returns/layout'
import type { ScenarioChoice } from '../../lib/labor-market/scenarios'
import type { TextBox } from '../support/chart-text'
import { describe, expect, it } from 'vitest'
import { boxesOverlap, CHART_FONT } from '../../lib/chart/label-placement'
import { chartPlot, COMPACT_WIDTH } from '../../lib/chart/plot'
import { compactSize, diminishingReturnsLayout, diminishingReturnsPlotSpec } from '../../lib/diminishing-returns/layout'
import { effortReadout, formatEffort, formatMarginal } from '../../lib/diminishing-returns/model'
import { CNNIC_NET_ADDITIONS, CNNIC_RELEASES } from '../../lib/internet-users/data'
import { COMPACT_SIZE, FONT, internetUsersLayout, internetUsersPlotSpec } from '../../lib/internet-users/layout'
import { cnnicSeries, fitSeries, readoutLines } from '../../lib/internet-users/model'
import { COMPACT_MARGIN, layoutLabels, marketLayout, MIN_WIDTH, TAG } from '../../lib/labor-market/layout'
import { marketView } from '../../lib/labor-market/model'
import { laborMarketClicks, resolveStep } from '../../lib/labor-market/scenarios'
import { frameBoxes, pathSegments, textBox, textProblems } from '../support/chart-text'

// The reading view draws every chart in its compact layout, about one SVG unit per CSS px at a phone's width: its
// text must stay inside the viewBox and apart at that size, since it can no longer be scaled down to make room.

/** The reading view's column on the two phones the reading view is tested at (1 rem padding either side). */
const PHONE_COLUMNS = [360 - 32, 390 - 32]

it('a compact chart shows its smallest text (12 units) at 11 px or more on both phones', () => {
  for (const column of PHONE_COLUMNS)
    expect(CHART_FONT.tick * Math.min(1, column / COMPACT_WIDTH)).toBeGreaterThanOrEqual(11)
})

describe('compact CNNIC chart', () => {
  const steps = [0, 1, 2]
  for (const metric of ['penetration', 'users'] as const) {
    it.each(steps)(`${metric}, step %i: every text inside, none over another, a point, a bar or the fit`, (step) => {
      const series = cnnicSeries(CNNIC_RELEASES, metric)
      const plot = chartPlot(internetUsersPlotSpec(series, metric, CNNIC_NET_ADDITIONS, COMPACT_SIZE, step))
      const layout = internetUsersLayout({ plot, releases: CNNIC_RELEASES, series, fits: fitSeries(series), netAdditions: CNNIC_NET_ADDITIONS, step })
      expect(plot.compact).toBe(true)
      const texts: TextBox[] = [
        ...frameBoxes(plot),
        ...(layout.fit?.label ?? []).map(t => textBox('fit', t, FONT.fit)),
        ...(layout.fit?.rSquared ?? []).map(t => textBox('R²', t, FONT.rSquared)),
        ...(layout.hollowNote ? [textBox('hollow note', layout.hollowNote, FONT.note)] : []),
        ...layout.bars.map(bar => textBox(`bar ${bar.year}`, bar.label, FONT.bar)),
      ]
      const marks = {
        boxes: [
          ...layout.points.map(p => ({ name: `point ${p.asOf}`, box: { x: p.cx - 4.5, y: p.cy - 4.5, width: 9, height: 9 } })),
          ...layout.bars.map(bar => ({ name: `bar ${bar.year}`, box: bar.rect })),
        ],
        lines: layout.fit ? pathSegments('the fit', layout.fit.path) : [],
      }
      expect(textProblems(plot, texts, marks)).toEqual([])
      // The readout of any point, above the plot.
      for (const release of CNNIC_RELEASES) {
        const readout = readoutLines(release).map((line, i) => textBox(`readout ${release.asOf}`, { text: line, x: layout.readout.x, y: layout.readout.baselines[i]!, anchor: layout.readout.anchor }, FONT.readout[i]!))
        expect(textProblems(plot, [...texts, ...readout], marks)).toEqual([])
      }
    })
  }

  it('lifts a bar\'s value over its neighbour\'s rather than letting them touch', () => {
    const series = cnnicSeries(CNNIC_RELEASES, 'penetration')
    const plot = chartPlot(internetUsersPlotSpec(series, 'penetration', CNNIC_NET_ADDITIONS, COMPACT_SIZE, 2))
    const { bars } = internetUsersLayout({ plot, releases: CNNIC_RELEASES, series, fits: fitSeries(series), netAdditions: CNNIC_NET_ADDITIONS, step: 2 })
    const lifted = bars.filter(bar => bar.label.y < bar.rect.y - 4)
    expect(lifted.length).toBeGreaterThan(0)
    expect(bars.every(bar => bar.label.text === String(CNNIC_NET_ADDITIONS.find(a => a.year === bar.year)!.tenThousands))).toBe(true)
  })
})

describe('compact diminishing-returns chart', () => {
  const DEFAULTS: DiminishingReturnsParams = { a: 12, b: 1.5, marginalCost: 0.6, effortMax: 30, dividendMarginal: 2 }
  /** The readout as EffortPoint writes it over two lines (with the verdict from step 3). */
  const readout = (effort: number, params: DiminishingReturnsParams, verdict: boolean) => {
    const r = effortReadout(effort, params)
    const pays = r.marginal > params.marginalCost
    return [
      `投入 ${formatEffort(r.effort)} 人年 · 累计提升 ${r.gain.toFixed(1)}%`,
      `边际提升 ${formatMarginal(r.marginal)}%/人年${verdict ? (pays ? '（高于成本：仍划算）' : '（低于成本：不划算）') : ''}`,
    ]
  }
  const variants: Array<[string, Partial<DiminishingReturnsParams>]> = [
    ['the slides\' parameters', {}],
    ['a crossing near the right edge', { marginalCost: 0.45 }],
    ['a crossing near the left', { marginalCost: 1.5 }],
    ['a shorter effort axis', { effortMax: 25 }],
    ['no crossing, hiring always pays', { marginalCost: 0.2 }],
    ['no crossing, hiring never pays', { marginalCost: 10 }],
  ]
  for (const [name, change] of variants) {
    it.each([0, 1, 2, 3])(`${name}, step %i: every text inside, none over another, a dot or a curve`, (step) => {
      const params = { ...DEFAULTS, ...change }
      const plot = chartPlot(diminishingReturnsPlotSpec(params, compactSize(step), step))
      const layout = diminishingReturnsLayout(params, plot, step)
      const zone = layout.dividend?.zone
      const deep = layout.deepWater
      const texts: TextBox[] = [
        ...frameBoxes(plot),
        ...(layout.gainLabel ? [textBox('gain', layout.gainLabel, CHART_FONT.label)] : []),
        ...(zone ? [textBox('红利期', zone.title, CHART_FONT.zoneTitle), ...zone.notes.map(n => textBox('dividend note', n, CHART_FONT.note))] : []),
        ...(layout.dividend?.missing ? [textBox('no dividend', layout.dividend.missing, CHART_FONT.note)] : []),
        ...(deep?.marks ?? []).flatMap(m => [m.label, m.note].flatMap(t => t ? [textBox(`threshold ${m.level}`, t, CHART_FONT.label)] : [])),
        ...(deep?.label ? [textBox('深水区', deep.label.title, CHART_FONT.zoneTitle), ...deep.label.notes.map(n => textBox('deep-water note', n, CHART_FONT.note))] : []),
        ...(deep?.missing ? [textBox('no deep water', deep.missing, CHART_FONT.note)] : []),
        ...(layout.crossing ? [textBox('boss', layout.crossing.label, CHART_FONT.strong), ...layout.crossing.notes.map(n => textBox('boss note', n, CHART_FONT.note))] : []),
        ...(layout.marginal ? [textBox('cost', layout.marginal.cost.label, CHART_FONT.label), textBox('cost note', layout.marginal.cost.note, CHART_FONT.note)] : []),
        ...(layout.marginal?.noCrossing?.lines ?? []).map(t => textBox('no crossing', t, CHART_FONT.strong)),
      ]
      const lines = [
        ...pathSegments('the gain curve', layout.gainPath),
        ...(layout.marginal ? pathSegments('the marginal curve', layout.marginal.curvePath) : []),
        ...(layout.crossing ? [{ name: 'the crossing line', segment: { x1: layout.crossing.x, y1: layout.crossing.lower.lineTop, x2: layout.crossing.x, y2: layout.crossing.lower.lineBottom } }] : []),
        ...(layout.marginal ? [{ name: 'the cost line', segment: { x1: layout.marginal.cost.left, y1: layout.marginal.cost.y, x2: layout.marginal.cost.right, y2: layout.marginal.cost.y } }] : []),
      ]
      const dots = (deep?.marks ?? []).map(m => ({ name: `threshold ${m.level} dot`, box: { x: m.cx - 4, y: m.cy - 4, width: 8, height: 8 } }))
      expect(textProblems(plot, texts, { boxes: dots, lines })).toEqual([])
      // The live readout at any effort, over two lines above the plot.
      for (let effort = 0; effort <= params.effortMax; effort += 0.5) {
        const [first, second] = readout(effort, params, step >= 3)
        const readoutBoxes = [
          textBox('readout', { text: first!, x: layout.readout.x, y: layout.readout.y }, 13),
          textBox('readout', { text: second!, ...layout.readout.secondLine! }, 13),
        ]
        expect(textProblems(plot, [...frameBoxes(plot), ...readoutBoxes])).toEqual([])
      }
    })
  }

  it('labels both thresholds on the 深水区 slide (step 2), the one near the right edge left of its dot', () => {
    const plot = chartPlot(diminishingReturnsPlotSpec(DEFAULTS, compactSize(2), 2))
    const marks = diminishingReturnsLayout(DEFAULTS, plot, 2).deepWater!.marks
    expect(marks.map(m => m.note?.text)).toEqual(['10.5 人年起', '22.5 人年起'])
    expect(marks.map(m => m.label?.anchor)).toEqual(['start', 'end'])
  })

  it('keeps the upper plot\'s height when the lower panel comes, and names each curve in its panel\'s title', () => {
    const upper = (step: number) => chartPlot(diminishingReturnsPlotSpec(DEFAULTS, compactSize(step), step)).area.height
    expect(upper(3)).toBe(upper(2))
    const plot = chartPlot(diminishingReturnsPlotSpec(DEFAULTS, compactSize(3), 3))
    expect(plot.lower?.y.label).toContain('a/(b + 投入)')
    expect(diminishingReturnsLayout(DEFAULTS, plot, 3).marginal?.curveLabel).toBeNull()
    // And the gain curve's in the y title.
    expect(plot.y.label).toContain('a·ln(1 + 投入/b)')
    expect(diminishingReturnsLayout(DEFAULTS, plot, 3).gainLabel).toBeNull()
  })
})

describe('compact labour-market chart', () => {
  const HEIGHT = 320
  const choices: ScenarioChoice[] = ['story', 'llm', 'rec']
  // The narrowest the chart draws one unit per px, the reading view's column on the two tested phones, a desktop's.
  const widths = [MIN_WIDTH.compact, ...PHONE_COLUMNS, 672]
  for (const choice of choices) {
    for (let step = 0; step <= laborMarketClicks(choice); step++) {
      it.each(widths)(`${choice}, step ${step}, %i units wide: every text inside, none over another or crossed by a curve`, (width) => {
        const { scenario, state } = resolveStep(choice, step)
        const plot = chartPlot({
          width,
          height: HEIGHT,
          margin: COMPACT_MARGIN,
          compact: true,
          x: { domain: scenario.quantityDomain, label: '工程师数量（相对值，基准 = 100）', ticks: 5 },
          y: { domain: scenario.payDomain, label: '年薪（相对值，基准 = 100）', ticks: 5 },
        })
        const layout = marketLayout(marketView(scenario, state), scenario.market, plot)
        // Tick labels under a value tag are covered by it (MarketOverMarks draws the covers).
        const covers = layout.tags?.covers ?? []
        const frame = frameBoxes(plot).filter(t => !covers.some(c => boxesOverlap(c, t.box)))
        const tags = layout.tags
          ? [
              { name: 'pay tag', box: { x: layout.tags.pay.x, y: layout.tags.pay.y - TAG.height / 2, width: TAG.width, height: TAG.height } },
              { name: 'quantity tag', box: { x: layout.tags.quantity.x - TAG.width / 2, y: layout.tags.quantity.y, width: TAG.width, height: TAG.height } },
            ]
          : []
        const labels = layoutLabels(layout).map(l => ({ name: l.text, box: l.box }))
        const curves = (['demand', 'supply'] as const).flatMap(side => pathSegments(side, layout.curves[side].path))
        expect(textProblems(plot, [...frame, ...tags, ...labels], { lines: curves })).toEqual([])
      })
    }
  }
})
