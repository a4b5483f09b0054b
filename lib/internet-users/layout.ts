/**
 * Where every mark of the CNNIC chart goes at a width (SVG units = CSS px) and a step: the points (hollow where not
 * a year-end) and the note on the first hollow one, the fitted curve and its labels (step 1), the yearly net-addition
 * bars with their values in a lower panel (step 2), and where the selected point's readout goes. Pure (no DOM).
 * Narrow (a phone): three x ticks, the readout above the plot (where a finger on the plot does not hide it), and bar
 * values that would touch their neighbour's lifted above it.
 */
import type { ChartPlot, ChartText } from '../chart/plot'
import type { Box, Obstacle, TextAnchor } from '../chart/text'
import { chartPlot, chartText, curvePoints, NARROW, niceUpperBound, polylinePath } from '../chart/plot'
import { boxesOverlap, CHART_FONT, labelBox, placeLabel, segmentsOf, textWidth, wrapParts } from '../chart/text'
import { CNNIC_FIT, CNNIC_NET_ADDITIONS, CNNIC_RELEASES, cnnicDateLabel } from './data'
import { fittedPenetration, penetrationPoints } from './model'

const SIZES = {
  wide: { height: 380, margin: { top: 16, right: 24, bottom: 48, left: 60 }, lower: { height: 76, gap: 30 }, ticks: 6 },
  narrow: { height: 440, margin: { top: 84, right: 18, bottom: 46, left: 40 }, lower: { height: 92, gap: 34 }, ticks: 3 },
}

export interface InternetUsersLayout {
  plot: ChartPlot
  points: Array<{ asOf: string, cx: number, cy: number, hollow: boolean }>
  /** From step 1. */
  fitPath: string | null
  /** From step 2. */
  bars: Array<{ year: number, x: number, y: number, width: number, height: number }>
  texts: ChartText[]
  /** Where the selected point's readout lines go: below right in the plot, or above it when narrow. */
  readout: { x: number, anchor: TextAnchor, baselines: number[] }
}

export function internetUsersLayout(width: number, step: number): InternetUsersLayout {
  const narrow = width < NARROW
  const size = narrow ? SIZES.narrow : SIZES.wide
  const series = penetrationPoints(CNNIC_RELEASES)
  const domain = [series[0]!.x - 0.4, series.at(-1)!.x + 0.4] as const
  const additions = CNNIC_NET_ADDITIONS.filter(a => a.year + 0.5 > domain[0] && a.year + 0.5 < domain[1])
  const plot = chartPlot({
    width,
    height: size.height,
    margin: size.margin,
    // A tick on a year boundary is the end of the previous December, labelled as CNNIC does ("2013.12").
    x: { domain, label: '报告截至时间（年.月）', ticks: size.ticks, format: t => `${Math.round(t) - 1}.12` },
    y: { domain: [0, 100], label: '网民普及率（%）', ticks: 5 },
    lower: step >= 2
      ? { y: { domain: [0, niceUpperBound(Math.max(...additions.map(a => a.tenThousands)) * 1.2, 3)], label: '年净增（万人；空缺年份无同口径年度数）', ticks: 2, format: String }, ...size.lower }
      : null,
  })
  const { x, y, area } = plot
  const points = CNNIC_RELEASES.map((r, i) => ({ asOf: r.asOf, cx: x.toSvg(series[i]!.x), cy: y.toSvg(series[i]!.y), hollow: !r.asOf.endsWith('-12') }))
  const fit = curvePoints(fittedPenetration, domain[0], domain[1], x, y)
  const texts: ChartText[] = []

  // The fit's name and R², wrapped to the plot's width, from its top-left corner.
  const room = area.width - 20
  const fitLines = [
    ...wrapParts(['Logistic 最小二乘拟合', '（上限取 100%）'], room, CHART_FONT.strong).map(text => ({ text, font: 'strong' as const })),
    ...wrapParts([`R² = ${CNNIC_FIT.rSquared.toFixed(3)}；`, `直线拟合也达 ${CNNIC_FIT.lineRSquared.toFixed(3)}，`, '放缓要看年净增'], room, CHART_FONT.note).map(text => ({ text, font: 'note' as const })),
  ].map((line, i) => chartText(line.text, area.left + 10, area.top + 18 + 17 * i, 'start', line.font, { testid: 'iu-fit-label' }))
  if (step >= 1)
    texts.push(...fitLines)

  // The note beside the first hollow point: the first spot clear of the points, the fit and its labels (the same
  // at every step, so it does not jump when the fit comes).
  const hollow = points.find(p => p.hollow)!
  const obstacles: Obstacle[] = [
    ...points.map(p => ({ box: { x: p.cx - 6, y: p.cy - 6, width: 12, height: 12 }, weight: 10 })),
    ...fitLines.map(t => ({ box: t.box, weight: 10 })),
    ...segmentsOf(fit).map(segment => ({ segment, weight: 3 })),
  ]
  const note = `${cnnicDateLabel(hollow.asOf)} 等空心点：非年底数据`
  const candidates = [
    { dx: 8, dy: 16, anchor: 'start' as const },
    { dx: -8, dy: 16, anchor: 'end' as const },
    ...[24, 36, 48, 60].map(dy => ({ dx: area.right - 4 - hollow.cx, dy, anchor: 'end' as const })),
  ]
  const spot = placeLabel({ x: hollow.cx, y: hollow.cy }, note, CHART_FONT.note, candidates, obstacles, { x: area.left, y: area.top, width: area.width, height: area.height })
  texts.push(chartText(note, spot.x, spot.y, spot.anchor, 'note', { testid: 'iu-not-year-end' }))

  // Bars span 60 % of their calendar year; a value that would touch another value or a bar is lifted clear of it.
  const bars: InternetUsersLayout['bars'] = []
  if (plot.lower) {
    const lower = plot.lower.y
    for (const a of additions) {
      const top = lower.toSvg(a.tenThousands)
      bars.push({ year: a.year, x: x.toSvg(a.year + 0.2), y: top, width: x.toSvg(a.year + 0.8) - x.toSvg(a.year + 0.2), height: lower.toSvg(0) - top })
    }
    const taken: Box[] = [...bars]
    additions.forEach((a, i) => {
      const text = narrow ? String(a.tenThousands) : `+${a.tenThousands}`
      const cx = x.toSvg(a.year + 0.5)
      const boxAt = (baseline: number) => labelBox(cx, baseline, textWidth(text, CHART_FONT.label), CHART_FONT.label, 'middle')
      let baseline = bars[i]!.y - 4
      for (let lift = 0; lift < 6; lift++) {
        const touched = taken.filter(b => boxesOverlap(b, boxAt(baseline)))
        if (!touched.length)
          break
        baseline = Math.min(...touched.map(b => b.y)) - 2 - CHART_FONT.label * 0.12
      }
      taken.push(boxAt(baseline))
      texts.push(chartText(text, cx, baseline, 'middle', 'label', { ink: 'rec' }))
    })
  }

  return {
    plot,
    points,
    fitPath: step >= 1 ? polylinePath(fit) : null,
    bars,
    texts,
    readout: narrow
      ? { x: 0, anchor: 'start', baselines: [14, 31, 48] }
      : { x: area.right - 8, anchor: 'end', baselines: [0, 1, 2].map(i => area.bottom - 42 + 16 * i) },
  }
}
