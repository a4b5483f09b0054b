import type { PlacedText } from '../../lib/internet-users/layout'
import { describe, expect, it } from 'vitest'
import { boxesOverlap, labelBox, textWidth } from '../../lib/chart/label-placement'
import { chartPlot } from '../../lib/chart/plot'
import { CNNIC_NET_ADDITIONS, CNNIC_RELEASES } from '../../lib/internet-users/data'
import { internetUsersLayout, internetUsersPlotSpec } from '../../lib/internet-users/layout'
import { cnnicSeries, fitSeries, readoutLines } from '../../lib/internet-users/model'

const SIZE = { width: 640, height: 380 }

function layoutAt(step: number, metric: 'penetration' | 'users' = 'penetration') {
  const series = cnnicSeries(CNNIC_RELEASES, metric)
  const plot = chartPlot(internetUsersPlotSpec(series, metric, CNNIC_NET_ADDITIONS, SIZE, step))
  const layout = internetUsersLayout({ plot, releases: CNNIC_RELEASES, series, fits: fitSeries(series), netAdditions: CNNIC_NET_ADDITIONS, step })
  return { plot, layout }
}

describe('internet-users layout', () => {
  it('places one mark per release, hollow where not a year-end, with a note on the first hollow one', () => {
    const { layout } = layoutAt(0)
    expect(layout.points).toHaveLength(CNNIC_RELEASES.length)
    expect(layout.points.filter(p => p.hollow).map(p => p.asOf)).toEqual(['2020-03', '2023-06'])
    const hollow = layout.points.find(p => p.asOf === '2020-03')!
    expect(layout.hollowNote).toEqual({ text: '2020.3 等空心点：非年底数据', x: hollow.cx + 8, y: hollow.cy + 16, anchor: 'start' })
    // Points go left to right in time.
    for (const [i, p] of layout.points.entries()) {
      if (i > 0)
        expect(p.cx).toBeGreaterThan(layout.points[i - 1]!.cx)
    }
  })

  it('adds the fit at step 1 and the bars at step 2, in the lower panel', () => {
    expect(layoutAt(0).layout).toMatchObject({ fit: null, bars: [] })
    expect(layoutAt(1).layout.fit?.path).toMatch(/^M/)
    expect(layoutAt(1).layout.bars).toEqual([])
    const { plot, layout } = layoutAt(2)
    expect(layout.bars.map(b => b.year)).toEqual(CNNIC_NET_ADDITIONS.map(a => a.year))
    for (const bar of layout.bars) {
      expect(bar.rect.y + bar.rect.height).toBeCloseTo(plot.lower!.area.bottom, 9)
      expect(bar.rect.y).toBeGreaterThanOrEqual(plot.lower!.area.top)
      // The value label sits above its bar, centred on it.
      expect(bar.label.y).toBeLessThan(bar.rect.y)
      expect(bar.label.x).toBeCloseTo(bar.rect.x + bar.rect.width / 2, 9)
    }
    const tallest = layout.bars.find(b => b.year === 2018)!
    expect(tallest.label.text).toBe('+5653')
  })

  it.each(['penetration', 'users'] as const)('%s: the fit labels, the hollow note and the readout stay inside the plot and apart', (metric) => {
    const { plot, layout } = layoutAt(2, metric)
    const { area } = plot
    const boxOf = (t: PlacedText, size: number) => labelBox(t.x, t.y, textWidth(t.text, size), size, t.anchor)
    // On a slide the fit's name and R² take one line each.
    expect(layout.fit!.label).toHaveLength(1)
    expect(layout.fit!.rSquared).toHaveLength(1)
    const texts = [
      boxOf(layout.fit!.label[0]!, 13),
      boxOf(layout.fit!.rSquared[0]!, 12),
      boxOf(layout.hollowNote!, 12),
      // The widest readout (the latest release) at 13 px.
      ...readoutLines(CNNIC_RELEASES.at(-1)).map((line, i) => boxOf({ text: line, x: layout.readout.x, y: layout.readout.baselines[i]!, anchor: layout.readout.anchor }, 13)),
    ]
    for (const b of texts) {
      expect(b.x).toBeGreaterThanOrEqual(area.left)
      expect(b.x + b.width).toBeLessThanOrEqual(area.right)
      expect(b.y).toBeGreaterThanOrEqual(area.top)
      expect(b.y + b.height).toBeLessThanOrEqual(area.bottom)
    }
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1))
        expect(boxesOverlap(a, b)).toBe(false)
    }
  })
})
