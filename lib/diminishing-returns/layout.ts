/**
 * Where every mark of the diminishing-returns chart goes, in SVG user units, from its plot (lib/chart/plot.ts) and
 * the model's parameters: zones, threshold marks, the deep-water label, the cost line and its note, the crossing
 * and the boss's label, both curves' paths and labels. Pure (no DOM): the components only draw what this returns,
 * and the unit tests check that labels stay inside the plot at every step. Branches on numbers only.
 *
 * Steps: 0 the curve; 1 + the dividend zone; 2 + the deep-water zone and its thresholds; 3 + the lower panel
 * (marginal gain against the marginal cost, and their crossing).
 */
import type { ChartPlot, PlotSpec } from '../chart/plot'
import type { LinearAxis, Margin, PlotArea } from '../chart/scales'
import type { Crossing, LogCurve } from './model'
import { clamp, niceUpperBound, polylinePath, sampleFunction } from '../chart/scales'
import { cumulativeGain, deepWaterThresholds, dividendZoneEnd, formatEffort, marginalCostCrossing, marginalGain } from './model'

/** The widget's last step (the lower panel). */
export const LAST_STEP = 3
/** Effort the slider moves per arrow key, and per Page Up / Page Down (人年). */
export const EFFORT_STEP = 0.5
export const EFFORT_PAGE_STEP = 5

const MARGIN: Margin = { top: 36, right: 28, bottom: 48, left: 60 }
const LOWER_PANEL = { height: 118, gap: 30 }
/** Room (SVG units) a label needs on its preferred side; with less it goes to the other side. */
const ROOM = {
  /** The boss label, right of the crossing line. */
  boss: 170,
  /** The deep-water title and notes, right of the first threshold. */
  deepWater: 180,
  /** A threshold's label, right of its dot. */
  threshold: 110,
  /** The cost note, below the cost line (above the lower axis). */
  costNote: 20,
}
/** The crossing line and the live point's dropline reach this far above the lower panel. */
export const LOWER_LINE_OVERHANG = 30

export interface DiminishingReturnsParams extends LogCurve {
  marginalCost: number
  effortMax: number
  dividendMarginal: number
}

export type TextAnchor = 'start' | 'end'

export interface PlacedText {
  text: string
  x: number
  /** Baseline. */
  y: number
  anchor: TextAnchor
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface ThresholdMark {
  level: number
  testid: string
  cx: number
  cy: number
  /** Bottom of the dotted line down to the axis. */
  lineBottom: number
  label: PlacedText
  note: PlacedText
}

export interface DividendLayout {
  /** The shaded zone, its title and (up to step 2) its notes; null when there is no dividend zone. */
  zone: { rect: Rect, title: PlacedText, notes: PlacedText[] } | null
  /** Said instead of the zone when even the first 人年 is below the dividend level. */
  missing: PlacedText | null
}

export interface DeepWaterLayout {
  /** One rect per threshold reached inside the axis; the second stacks on the first and so looks deeper. */
  zones: Rect[]
  marks: ThresholdMark[]
  /** The 深水区 title and (up to step 2) its notes; null when the curve never gets there. */
  label: { title: PlacedText, notes: PlacedText[] } | null
  /** Said instead when the curve never gets into deep water inside the axis. */
  missing: PlacedText | null
}

export interface CrossingLayout {
  x: number
  /** The dot and line in the upper panel, on the total curve. */
  upper: { cy: number, lineBottom: number }
  /** In the lower panel: the line from above the panel, the dot on the cost line, the shaded loss zone. */
  lower: { lineTop: number, lineBottom: number, cy: number, lossZone: Rect }
  label: PlacedText
  note: PlacedText
}

export interface MarginalPanelLayout {
  curvePath: string
  curveLabel: PlacedText
  cost: { y: number, left: number, right: number, label: PlacedText, note: PlacedText }
  /** Said when the curves do not cross inside the axis; `tone` picks the colour. */
  noCrossing: (PlacedText & { tone: 'danger' | 'muted' }) | null
  /** Top of the panel's axis (%/人年): the live dot stays on it when the curve is above. */
  marginalMax: number
}

export interface DiminishingReturnsLayout {
  gainPath: string
  gainLabel: PlacedText
  /** From step 1. */
  dividend: DividendLayout | null
  /** From step 2. */
  deepWater: DeepWaterLayout | null
  /** From step 3, when the curves cross inside the axis. */
  crossing: CrossingLayout | null
  /** From step 3. */
  marginal: MarginalPanelLayout | null
}

/** Top of the marginal panel's axis: room for the cost line and both deep-water levels. */
export function marginalAxisMax(params: DiminishingReturnsParams): number {
  return niceUpperBound(Math.max(3 * params.marginalCost, 2), 4)
}

/** The chart's plot spec at `step`: the lower panel exists from step 3. */
export function diminishingReturnsPlotSpec(
  params: DiminishingReturnsParams,
  size: { width: number, height: number },
  step: number,
): PlotSpec {
  const gainMax = niceUpperBound(cumulativeGain(params.effortMax, params) * 1.06)
  return {
    width: size.width,
    height: size.height,
    margin: MARGIN,
    x: { domain: [0, params.effortMax], label: '投入（人年，人力 × 时间）', ticks: 6 },
    y: { domain: [0, gainMax], label: '业务指标累计提升（%）', ticks: 4 },
    lower: step >= 3
      ? { y: { domain: [0, marginalAxisMax(params)], label: '边际提升（%/人年）', ticks: 3 }, ...LOWER_PANEL }
      : null,
  }
}

const effortText = (effort: number) => `${formatEffort(effort)} 人年`

function curvePath(f: (effort: number) => number, from: number, to: number, x: LinearAxis, y: LinearAxis): string {
  return polylinePath(sampleFunction(f, from, to).map(p => ({ x: x.toSvg(p.x), y: y.toSvg(p.y) })))
}

function dividendLayout(params: DiminishingReturnsParams, x: LinearAxis, area: PlotArea, step: number): DividendLayout {
  const end = dividendZoneEnd(params, params.dividendMarginal, params.effortMax)
  const at = (text: string, y: number): PlacedText => ({ text, x: area.left + 8, y, anchor: 'start' })
  if (end === null)
    return { zone: null, missing: at(`边际提升从一开始就低于 ${params.dividendMarginal}%/人年：没有红利期`, area.top + 18) }
  return {
    zone: {
      rect: { x: area.left, y: area.top, width: x.toSvg(end) - area.left, height: area.height },
      title: at('红利期', area.top + 18),
      notes: step <= 2 ? [at('4G 后 App 用户激增', area.top + 34), at(`每人年 ≥ ${params.dividendMarginal}%`, area.top + 49)] : [],
    },
    missing: null,
  }
}

function deepWaterLayout(params: DiminishingReturnsParams, x: LinearAxis, y: LinearAxis, area: PlotArea, step: number): DeepWaterLayout {
  const thresholds = deepWaterThresholds(params, params.effortMax)
  const zones = thresholds.flatMap(t => t.effort === null
    ? []
    : [{ x: x.toSvg(t.effort), y: area.top, width: area.right - x.toSvg(t.effort), height: area.height }])
  // A level the curve is already below at x = 0 gets no dot: the zone says it. Labels go below-right of the dot,
  // below-left near the right edge.
  const marks = thresholds.flatMap((t): ThresholdMark[] => {
    if (t.effort === null || t.effort <= 0)
      return []
    const cx = x.toSvg(t.effort)
    const cy = y.toSvg(cumulativeGain(t.effort, params))
    const nearRightEdge = area.right - cx < ROOM.threshold
    const labelX = nearRightEdge ? cx - 6 : cx + 6
    const anchor: TextAnchor = nearRightEdge ? 'end' : 'start'
    return [{
      level: t.level,
      testid: t.level === 1 ? 'dr-threshold-1' : 'dr-threshold-05',
      cx,
      cy,
      lineBottom: area.bottom,
      label: { text: `边际 < ${t.level}%/人年`, x: labelX, y: cy + 18, anchor },
      note: { text: `${effortText(t.effort)}起`, x: labelX, y: cy + 33, anchor },
    }]
  })
  const first = thresholds[0]?.effort ?? null
  if (first === null) {
    return {
      zones,
      marks,
      label: null,
      missing: { text: `0–${params.effortMax} 人年内边际提升始终 ≥ 1%/人年：还没进深水区`, x: area.right - 8, y: area.bottom - 10, anchor: 'end' },
    }
  }
  // Inside the zone; at the right edge when the zone is narrow, or when it starts at x = 0 (the curve starts at the
  // bottom-left corner: the label stays bottom-right, under the curve).
  const start = x.toSvg(first)
  const inside = first > 0 && area.right - start >= ROOM.deepWater
  const at = (text: string, textY: number): PlacedText => inside
    ? { text, x: start + 8, y: textY, anchor: 'start' }
    : { text, x: area.right - 6, y: textY, anchor: 'end' }
  return {
    zones,
    marks,
    label: {
      title: at(first === 0 ? '全程深水区' : '深水区', area.bottom - (step <= 2 ? 40 : 10)),
      notes: step <= 2 ? [at('各种极端 trick，每多投入 1 人年', area.bottom - 24), at('只换来不到 1%，再往后不到 0.5%', area.bottom - 9)] : [],
    },
    missing: null,
  }
}

function crossingLayout(crossing: Crossing, plot: ChartPlot, lower: { area: PlotArea, y: LinearAxis }): CrossingLayout | null {
  if (crossing.kind !== 'at')
    return null
  const { x, y, area } = plot
  const cx = x.toSvg(crossing.effort)
  // The boss label goes right of the line when it has the room, else left.
  const onRight = lower.area.right - cx >= ROOM.boss
  const labelX = cx + (onRight ? 8 : -8)
  const anchor: TextAnchor = onRight ? 'start' : 'end'
  return {
    x: cx,
    upper: { cy: y.toSvg(crossing.gain), lineBottom: area.bottom },
    lower: {
      lineTop: lower.area.top - LOWER_LINE_OVERHANG,
      lineBottom: lower.area.bottom,
      cy: lower.y.toSvg(crossing.marginal),
      lossZone: { x: cx, y: lower.area.top, width: lower.area.right - cx, height: lower.area.height },
    },
    label: { text: '老板视角：再招人不划算', x: labelX, y: lower.area.top + 16, anchor },
    note: { text: `投入超过 ${effortText(crossing.effort)}：边际提升 < 成本`, x: labelX, y: lower.area.top + 32, anchor },
  }
}

function marginalPanelLayout(params: DiminishingReturnsParams, crossing: Crossing, x: LinearAxis, lower: { area: PlotArea, y: LinearAxis }): MarginalPanelLayout {
  const { area, y } = lower
  const marginalMax = marginalAxisMax(params)
  const marginal = (effort: number) => marginalGain(effort, params)
  // The curve starts where it comes down through the panel's top edge, so nothing is drawn outside the panel.
  const curveStart = clamp(params.a / marginalMax - params.b, 0, params.effortMax)
  // Labelled where it has come down to 70 % of the panel (or at its left end, then above it when it starts low).
  const labelEffort = clamp(params.a / (marginalMax * 0.7) - params.b, 0, params.effortMax)
  const startsLow = params.a / params.b < marginalMax * 0.7
  const costY = y.toSvg(params.marginalCost)
  // Label above the cost line, its note below (or also above when the line is close to the axis).
  const noteAbove = area.bottom - costY < ROOM.costNote
  const noCrossingAt = (text: string, tone: 'danger' | 'muted') => ({ text, x: area.right - 8, y: area.top + 16, anchor: 'end' as const, tone })
  return {
    curvePath: curvePath(marginal, curveStart, params.effortMax, x, y),
    curveLabel: { text: '边际提升 a/(b + 投入)', x: x.toSvg(labelEffort) + 10, y: y.toSvg(marginal(labelEffort)) + (startsLow ? -8 : 4), anchor: 'start' },
    cost: {
      y: costY,
      left: area.left,
      right: area.right,
      label: { text: `边际成本 ${params.marginalCost}%/人年`, x: area.left + 6, y: costY - (noteAbove ? 20 : 6), anchor: 'start' },
      note: { text: '= 多招 1 人年的代价', x: area.left + 6, y: costY + (noteAbove ? -6 : 15), anchor: 'start' },
    },
    noCrossing: crossing.kind === 'never-pays'
      ? noCrossingAt('边际提升从第一人年起就低于成本：没有交点，一个人也不该招', 'danger')
      : crossing.kind === 'always-pays'
        ? noCrossingAt(`0–${params.effortMax} 人年内边际提升始终高于成本：没有交点，再招人仍划算`, 'muted')
        : null,
    marginalMax,
  }
}

/** Every mark of the chart at `step` (0–3) on `plot` (built from diminishingReturnsPlotSpec at the same step). */
export function diminishingReturnsLayout(params: DiminishingReturnsParams, plot: ChartPlot, step: number): DiminishingReturnsLayout {
  const { x, y, area } = plot
  const crossing = marginalCostCrossing(params, params.marginalCost, params.effortMax)
  const lower = step >= 3 ? plot.lower : null
  return {
    gainPath: curvePath(e => cumulativeGain(e, params), 0, params.effortMax, x, y),
    gainLabel: {
      text: step >= 3 ? '累计提升' : '累计提升 a·ln(1 + 投入/b)',
      x: area.right,
      y: y.toSvg(cumulativeGain(params.effortMax, params)) - 10,
      anchor: 'end',
    },
    dividend: step >= 1 ? dividendLayout(params, x, area, step) : null,
    deepWater: step >= 2 ? deepWaterLayout(params, x, y, area, step) : null,
    crossing: lower ? crossingLayout(crossing, plot, lower) : null,
    marginal: lower ? marginalPanelLayout(params, crossing, x, lower) : null,
  }
}
