/**
 * Where every mark of the CNNIC chart goes, in SVG user units, from its plot (lib/chart/plot.ts): the points
 * (hollow where not a year-end), the note on the first hollow one, the fitted curve and its labels (step 1), the
 * yearly net-addition bars with their values (step 2) and the readout box's lines. Pure (no DOM): the components
 * only draw what this returns. The live selection (ring, guide) is drawn from the same axes by its components.
 *
 * Compact (the reading view, COMPACT_SIZE): three x ticks, the readout above the plot (where a finger on the plot
 * does not hide it), the fit's labels wrapped to the plot's width, the hollow-point note placed clear of the points
 * and the fit, and bar values that would touch their neighbour's lifted above it.
 */
import type { Box, Obstacle, TextAnchor } from '../chart/label-placement'
import type { ChartPlot, ChartSize, PlotSpec } from '../chart/plot'
import type { Margin } from '../chart/scales'
import type { CnnicRelease, NetAddition } from './data'
import type { CnnicMetric, CnnicSeries, SeriesFits } from './model'
import { boxesOverlap, CHART_FONT, labelBox, placeLabel, textWidth, wrapParts } from '../chart/label-placement'
import { COMPACT_WIDTH } from '../chart/plot'
import { niceUpperBound, polylinePath, sampleFunction } from '../chart/scales'
import { cnnicDateLabel, isYearEnd } from './data'

/** The widget's last step (the net-addition bars). */
export const LAST_STEP = 2
/** The chart's size in the reading view. */
export const COMPACT_SIZE: ChartSize = { width: COMPACT_WIDTH, height: 440, compact: true }

const MARGIN: Margin = { top: 16, right: 24, bottom: 48, left: 60 }
const LOWER_PANEL = { height: 76, gap: 30 }
/** Compact: room above the plot for the readout and the y title; a taller lower panel for lifted bar values. */
const COMPACT_MARGIN: Margin = { top: 84, right: 18, bottom: 46, left: 40 }
const COMPACT_LOWER_PANEL = { height: 92, gap: 34 }
/**
 * Font sizes the components use for each kind of text; the layout sizes boxes with them. The readout's first line
 * is .chart-label-strong, the others .iu-readout (PointSelector.vue); the bar values .iu-bar-label.
 */
export const FONT = { fit: CHART_FONT.strong, rSquared: CHART_FONT.note, note: CHART_FONT.note, bar: CHART_FONT.label, readout: [CHART_FONT.strong, 12.5, 12.5] } as const
/** The fit's labels: inset from the plot's top-left corner, and their line spacing. */
const FIT_TEXT = { inset: 10, first: 18, lineHeight: 17 }
/** A bar's value: its baseline above the bar, and the room left under a value lifted over another. */
const BAR_VALUE = { rise: 4, gap: 2 }
/** The x axis reaches this far (years) beyond the first and last points. */
const X_PADDING = 0.4
/** Net-addition bars span 60 % of a year, centred on the middle of their calendar year. */
const BAR_FROM = 0.2
const BAR_TO = 0.8
/** Readout lines: the first baseline above the plot's bottom, and the line spacing; compact: from the top edge. */
const READOUT = { rise: 42, lineHeight: 16 }
const COMPACT_READOUT = { first: 14, lineHeight: 17 }

export interface PlacedText {
  text: string
  x: number
  /** Baseline. */
  y: number
  anchor: TextAnchor
}

export interface PointMark {
  asOf: string
  cx: number
  cy: number
  /** Not a calendar year-end figure: drawn hollow. */
  hollow: boolean
}

export interface BarMark {
  year: number
  rect: { x: number, y: number, width: number, height: number }
  /** The value above the bar, centred. */
  label: PlacedText
}

export interface InternetUsersLayout {
  points: PointMark[]
  /** Beside the first hollow point: what hollow means. */
  hollowNote: PlacedText | null
  /** From step 1: the fitted curve, its name and its R² beside the straight line's, each one or more lines. */
  fit: { path: string, label: PlacedText[], rSquared: PlacedText[] } | null
  /** From step 2. */
  bars: BarMark[]
  /**
   * The readout of the selected point: bottom right of the plot (right-aligned), or compact above the plot
   * (left-aligned); each line's baseline.
   */
  readout: { x: number, anchor: TextAnchor, baselines: number[] }
}

/** The x domain: the points' times, padded. */
function timeDomain(series: CnnicSeries): [number, number] {
  const first = series.points[0]?.x ?? 0
  const last = series.points.at(-1)?.x ?? 1
  return [first - X_PADDING, last + X_PADDING]
}

/** The net additions whose bar centre lies inside the x domain. */
function shownAdditions(additions: readonly NetAddition[], domain: readonly [number, number]): NetAddition[] {
  return additions.filter(a => a.year + 0.5 > domain[0] && a.year + 0.5 < domain[1])
}

/** The chart's plot spec at `step`: the lower panel of net additions exists from step 2. */
export function internetUsersPlotSpec(
  series: CnnicSeries,
  metric: CnnicMetric,
  netAdditions: readonly NetAddition[],
  size: ChartSize,
  step: number,
): PlotSpec {
  const compact = size.compact === true
  const domain = timeDomain(series)
  // Headroom for the value labels above the tallest bar.
  const additionsMax = niceUpperBound(Math.max(1, ...shownAdditions(netAdditions, domain).map(a => a.tenThousands)) * 1.2, 3)
  return {
    width: size.width,
    height: size.height,
    margin: compact ? COMPACT_MARGIN : MARGIN,
    compact,
    x: {
      domain,
      label: '报告截至时间（年.月）',
      // Compact: every five years (a label is about 50 units wide).
      ticks: compact ? 3 : 6,
      // A tick on a year boundary is the end of the previous December, labelled as CNNIC does ("2013.12").
      format: (t: number) => `${Math.round(t) - 1}.12`,
    },
    y: metric === 'users'
      ? { domain: [0, niceUpperBound(series.ceiling)], label: '网民规模（亿人）', ticks: 5 }
      : { domain: [0, 100], label: '网民普及率（%）', ticks: 5 },
    lower: step >= 2
      ? { y: { domain: [0, additionsMax], label: '年净增（万人；空缺年份无同口径年度数）', ticks: 2, format: (v: number) => String(v) }, ...(compact ? COMPACT_LOWER_PANEL : LOWER_PANEL) }
      : null,
  }
}

/** The fit's name and R², each wrapped to the plot's width, stacked from the plot's top-left corner. */
function fitTexts(plot: ChartPlot, series: CnnicSeries, fits: SeriesFits): { label: PlacedText[], rSquared: PlacedText[] } {
  const { area } = plot
  const room = area.width - 2 * FIT_TEXT.inset
  const label = wrapParts(['Logistic 最小二乘拟合', `（${series.ceilingLabel}）`], room, FONT.fit)
  const rSquared = wrapParts([`R² = ${fits.logistic.rSquared.toFixed(3)}；`, `直线拟合也达 ${fits.lineRSquared.toFixed(3)}，`, '放缓要看年净增'], room, FONT.rSquared)
  const at = (text: string, line: number): PlacedText =>
    ({ text, x: area.left + FIT_TEXT.inset, y: area.top + FIT_TEXT.first + line * FIT_TEXT.lineHeight, anchor: 'start' })
  return { label: label.map((text, i) => at(text, i)), rSquared: rSquared.map((text, i) => at(text, label.length + i)) }
}

/**
 * The note beside the first hollow point: below right of it on a slide; compact, the first spot clear of the
 * points, the fit and its labels: below right, below left, or right-aligned lower down.
 */
function hollowNote(point: PointMark, plot: ChartPlot, points: readonly PointMark[], fitPath: Array<{ x: number, y: number }>, fitBoxes: Box[]): PlacedText {
  const text = `${cnnicDateLabel(point.asOf)} 等空心点：非年底数据`
  if (!plot.compact)
    return { text, x: point.cx + 8, y: point.cy + 16, anchor: 'start' }
  const { area } = plot
  const obstacles: Obstacle[] = [
    ...points.map(p => ({ box: { x: p.cx - 6, y: p.cy - 6, width: 12, height: 12 }, weight: 10 })),
    ...fitBoxes.map(box => ({ box, weight: 10 })),
    ...fitPath.slice(1).map((p, i) => ({ segment: { x1: fitPath[i]!.x, y1: fitPath[i]!.y, x2: p.x, y2: p.y }, weight: 3 })),
  ]
  const toRight = area.right - 4 - point.cx
  const spot = placeLabel({
    at: { x: point.cx, y: point.cy },
    text,
    fontSize: FONT.note,
    candidates: [
      { dx: 8, dy: 16, anchor: 'start' },
      { dx: -8, dy: 16, anchor: 'end' },
      ...[24, 36, 48, 60].map(dy => ({ dx: toRight, dy, anchor: 'end' as const })),
    ],
    obstacles,
    bounds: { x: area.left, y: area.top, width: area.width, height: area.height },
  })
  return { text, x: spot.x, y: spot.y, anchor: spot.anchor }
}

/**
 * The bars and their values; a value that would touch another value or a bar is lifted until it is clear. Compact
 * values drop the plus sign (the panel's title says 年净增): 4 digits fit between two neighbouring bars, so only a
 * neighbour's value ever lifts one.
 */
function barMarks(additions: readonly NetAddition[], plot: ChartPlot, lower: NonNullable<ChartPlot['lower']>): BarMark[] {
  const { x } = plot
  const rects = additions.map((addition) => {
    const left = x.toSvg(addition.year + BAR_FROM)
    const right = x.toSvg(addition.year + BAR_TO)
    const top = lower.y.toSvg(addition.tenThousands)
    return { x: left, width: right - left, y: top, height: lower.y.toSvg(0) - top }
  })
  const taken: Box[] = [...rects]
  return additions.map((addition, index) => {
    const rect = rects[index]!
    const text = plot.compact ? String(addition.tenThousands) : `+${addition.tenThousands}`
    const cx = x.toSvg(addition.year + 0.5)
    const width = textWidth(text, FONT.bar)
    let y = rect.y - BAR_VALUE.rise
    // Lifted just above what it touches; a handful of lifts always suffices, the bound keeps bad data finite.
    for (let lift = 0; lift < 6; lift++) {
      const touched = taken.filter(b => boxesOverlap(b, labelBox(cx, y, width, FONT.bar, 'middle')))
      if (!touched.length)
        break
      y = Math.min(...touched.map(b => b.y)) - BAR_VALUE.gap - FONT.bar * 0.12
    }
    taken.push(labelBox(cx, y, width, FONT.bar, 'middle'))
    return { year: addition.year, rect, label: { text, x: cx, y, anchor: 'middle' as const } }
  })
}

/** Every static mark at `step` (0–2) on `plot` (built from internetUsersPlotSpec at the same step). */
export function internetUsersLayout(input: {
  plot: ChartPlot
  releases: readonly CnnicRelease[]
  series: CnnicSeries
  /** Null when the data have a problem (nothing is drawn then). */
  fits: SeriesFits | null
  netAdditions: readonly NetAddition[]
  step: number
}): InternetUsersLayout {
  const { plot, releases, series, fits, step } = input
  const { x, y, area } = plot
  const points = releases.map((release, index) => ({
    asOf: release.asOf,
    cx: x.toSvg(series.points[index]!.x),
    cy: y.toSvg(series.points[index]!.y),
    hollow: !isYearEnd(release.asOf),
  }))
  const firstHollow = points.find(p => p.hollow)
  const lower = step >= 2 ? plot.lower : null
  const fitPath = step >= 1 && fits ? sampleFunction(fits.logistic.predict, x.domain[0], x.domain[1]).map(p => ({ x: x.toSvg(p.x), y: y.toSvg(p.y) })) : null
  const fit = fitPath && fits ? { path: polylinePath(fitPath), ...fitTexts(plot, series, fits) } : null
  const fitBoxes = fit
    ? [...fit.label.map(t => labelBox(t.x, t.y, textWidth(t.text, FONT.fit), FONT.fit, 'start')), ...fit.rSquared.map(t => labelBox(t.x, t.y, textWidth(t.text, FONT.rSquared), FONT.rSquared, 'start'))]
    : []
  return {
    points,
    hollowNote: firstHollow ? hollowNote(firstHollow, plot, points, fitPath ?? [], fitBoxes) : null,
    fit,
    bars: lower ? barMarks(shownAdditions(input.netAdditions, x.domain), plot, lower) : [],
    readout: plot.compact
      ? { x: 0, anchor: 'start', baselines: FONT.readout.map((_, line) => COMPACT_READOUT.first + line * COMPACT_READOUT.lineHeight) }
      : { x: area.right - 8, anchor: 'end', baselines: FONT.readout.map((_, line) => area.bottom - READOUT.rise + line * READOUT.lineHeight) },
  }
}
