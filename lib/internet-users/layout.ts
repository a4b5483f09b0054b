/**
 * Where every mark of the CNNIC chart goes, in SVG user units, from its plot (lib/chart/plot.ts): the points
 * (hollow where not a year-end), the note on the first hollow one, the fitted curve and its labels (step 1), the
 * yearly net-addition bars with their values (step 2) and the readout box's lines. Pure (no DOM): the components
 * only draw what this returns. The live selection (ring, guide) is drawn from the same axes by its components.
 */
import type { ChartPlot, PlotSpec } from '../chart/plot'
import type { Margin } from '../chart/scales'
import type { CnnicRelease, NetAddition } from './data'
import type { CnnicMetric, CnnicSeries, SeriesFits } from './model'
import { niceUpperBound, polylinePath, sampleFunction } from '../chart/scales'
import { cnnicDateLabel, isYearEnd } from './data'

/** The widget's last step (the net-addition bars). */
export const LAST_STEP = 2

const MARGIN: Margin = { top: 16, right: 24, bottom: 48, left: 60 }
const LOWER_PANEL = { height: 76, gap: 30 }
/** The x axis reaches this far (years) beyond the first and last points. */
const X_PADDING = 0.4
/** Net-addition bars span 60 % of a year, centred on the middle of their calendar year. */
const BAR_FROM = 0.2
const BAR_TO = 0.8
/** Readout lines: the first baseline above the plot's bottom, and the line spacing. */
const READOUT = { rise: 42, lineHeight: 16 }

export interface PlacedText {
  text: string
  x: number
  /** Baseline. */
  y: number
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
  /** From step 1: the fitted curve, its name and its R² beside the straight line's. */
  fit: { path: string, label: PlacedText, rSquared: PlacedText } | null
  /** From step 2. */
  bars: BarMark[]
  /** The readout box, bottom right of the plot: right edge and each line's baseline. */
  readout: { x: number, baselines: number[] }
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
  size: { width: number, height: number },
  step: number,
): PlotSpec {
  const domain = timeDomain(series)
  // Headroom for the value labels above the tallest bar.
  const additionsMax = niceUpperBound(Math.max(1, ...shownAdditions(netAdditions, domain).map(a => a.tenThousands)) * 1.2, 3)
  return {
    width: size.width,
    height: size.height,
    margin: MARGIN,
    x: {
      domain,
      label: '报告截至时间（年.月）',
      ticks: 6,
      // A tick on a year boundary is the end of the previous December, labelled as CNNIC does ("2013.12").
      format: (t: number) => `${Math.round(t) - 1}.12`,
    },
    y: metric === 'users'
      ? { domain: [0, niceUpperBound(series.ceiling)], label: '网民规模（亿人）', ticks: 5 }
      : { domain: [0, 100], label: '网民普及率（%）', ticks: 5 },
    lower: step >= 2
      ? { y: { domain: [0, additionsMax], label: '年净增（万人；空缺年份无同口径年度数）', ticks: 2, format: (v: number) => String(v) }, ...LOWER_PANEL }
      : null,
  }
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
  return {
    points,
    hollowNote: firstHollow
      ? { text: `${cnnicDateLabel(firstHollow.asOf)} 等空心点：非年底数据`, x: firstHollow.cx + 8, y: firstHollow.cy + 16 }
      : null,
    fit: step >= 1 && fits
      ? {
          path: polylinePath(sampleFunction(fits.logistic.predict, x.domain[0], x.domain[1]).map(p => ({ x: x.toSvg(p.x), y: y.toSvg(p.y) }))),
          label: { text: `Logistic 最小二乘拟合（${series.ceilingLabel}）`, x: area.left + 10, y: area.top + 18 },
          rSquared: {
            text: `R² = ${fits.logistic.rSquared.toFixed(3)}；直线拟合也达 ${fits.lineRSquared.toFixed(3)}，放缓要看年净增`,
            x: area.left + 10,
            y: area.top + 35,
          },
        }
      : null,
    bars: lower
      ? shownAdditions(input.netAdditions, x.domain).map((addition) => {
          const left = x.toSvg(addition.year + BAR_FROM)
          const right = x.toSvg(addition.year + BAR_TO)
          const top = lower.y.toSvg(addition.tenThousands)
          return {
            year: addition.year,
            rect: { x: left, width: right - left, y: top, height: lower.y.toSvg(0) - top },
            label: { text: `+${addition.tenThousands}`, x: x.toSvg(addition.year + 0.5), y: top - 4 },
          }
        })
      : [],
    readout: {
      x: area.right - 8,
      baselines: [0, 1, 2].map(line => area.bottom - READOUT.rise + line * READOUT.lineHeight),
    },
  }
}
