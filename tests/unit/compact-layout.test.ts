import type { TextBox } from '../support/chart-text'
import { describe, expect, it } from 'vitest'
import { CHART_FONT } from '../../lib/chart/label-placement'
import { chartPlot, COMPACT_WIDTH } from '../../lib/chart/plot'
import { CNNIC_NET_ADDITIONS, CNNIC_RELEASES } from '../../lib/internet-users/data'
import { COMPACT_SIZE, FONT, internetUsersLayout, internetUsersPlotSpec } from '../../lib/internet-users/layout'
import { cnnicSeries, fitSeries, readoutLines } from '../../lib/internet-users/model'
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
