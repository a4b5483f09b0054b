import type { Box } from '../chart/label-placement'
/**
 * Where every mark of the diminishing-returns chart goes, in SVG user units, from its plot (lib/chart/plot.ts) and
 * the model's parameters: zones, threshold marks, the deep-water label, the cost line and its note, the crossing
 * and the boss's label, both curves' paths and labels. Pure (no DOM): the components only draw what this returns,
 * and the unit tests check that labels stay inside the plot at every step. Branches on numbers only.
 *
 * Steps: 0 the curve; 1 + the dividend zone; 2 + the deep-water zone and its thresholds; 3 + the lower panel
 * (marginal gain against the marginal cost, and their crossing: ./marginal-layout.ts).
 *
 * Compact (the reading view, compactSize): the readout over two lines above the plot, a taller plot, and the zone
 * notes wrapped to the room their zone leaves them.
 */
import type { ChartPlot, ChartSize, PlotSpec } from '../chart/plot'
import type { LinearAxis, Margin } from '../chart/scales'
import type { CrossingLayout, MarginalPanelLayout } from './marginal-layout'
import type { LogCurve } from './model'
import { boxesOverlap, CHART_FONT, labelBox, textWidth, wrapParts } from '../chart/label-placement'
import { COMPACT_WIDTH } from '../chart/plot'
import { clamp, niceUpperBound, polylinePath, sampleFunction } from '../chart/scales'
import { crossingLayout, marginalAxisMax, marginalPanelLayout } from './marginal-layout'
import { cumulativeGain, deepWaterThresholds, dividendZoneEnd, formatEffort, marginalCostCrossing } from './model'

/** The widget's last step (the lower panel). */
export const LAST_STEP = 3
/** Effort the slider moves per arrow key, and per Page Up / Page Down (人年). */
export const EFFORT_STEP = 0.5
export const EFFORT_PAGE_STEP = 5

const MARGIN: Margin = { top: 36, right: 28, bottom: 48, left: 60 }
const LOWER_PANEL = { height: 118, gap: 30 }
/** Compact: room above the plot for the two-line readout and the y title; the upper plot's height. */
const COMPACT_MARGIN: Margin = { top: 62, right: 14, bottom: 46, left: 30 }
const COMPACT_LOWER_PANEL = { height: 170, gap: 34 }
const COMPACT_PLOT_HEIGHT = 230
/** Room (SVG units) a label needs on its preferred side; with less it goes to the other side. */
const ROOM = {
  /** The deep-water title and notes, right of the first threshold. */
  deepWater: 180,
  /** A threshold's label, right of its dot. */
  threshold: 110,
}
/** The readout's baselines: above the plot on a slide; compact, two lines from the top edge. */
const READOUT = { rise: 14, compactFirst: 14, compactSecond: 31 }

/** The chart's size in the reading view at `step`: the upper plot keeps its height when the lower panel comes. */
export function compactSize(step: number): ChartSize {
  const lower = step >= LAST_STEP ? COMPACT_LOWER_PANEL.height + COMPACT_LOWER_PANEL.gap : 0
  return { width: COMPACT_WIDTH, height: COMPACT_MARGIN.top + COMPACT_PLOT_HEIGHT + lower + COMPACT_MARGIN.bottom, compact: true }
}

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
  /** Both null where they would meet the label before them or the crossing's guide (compact, step 3). */
  label: PlacedText | null
  note: PlacedText | null
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

/** Where the live point's readout goes: its first baseline; compact, the second line's start too. */
export interface ReadoutPlace {
  x: number
  y: number
  secondLine: { x: number, y: number } | null
}

export interface DiminishingReturnsLayout {
  readout: ReadoutPlace
  gainPath: string
  /** The curve's name at its right end; null in a compact plot, where the y title names it. */
  gainLabel: PlacedText | null
  /** From step 1. */
  dividend: DividendLayout | null
  /** From step 2. */
  deepWater: DeepWaterLayout | null
  /** From step 3, when the curves cross inside the axis. */
  crossing: CrossingLayout | null
  /** From step 3. */
  marginal: MarginalPanelLayout | null
}

/** The chart's plot spec at `step`: the lower panel exists from step 3. */
export function diminishingReturnsPlotSpec(
  params: DiminishingReturnsParams,
  size: ChartSize,
  step: number,
): PlotSpec {
  const compact = size.compact === true
  const gainMax = niceUpperBound(cumulativeGain(params.effortMax, params) * 1.06)
  return {
    width: size.width,
    height: size.height,
    margin: compact ? COMPACT_MARGIN : MARGIN,
    compact,
    x: { domain: [0, params.effortMax], label: '投入（人年，人力 × 时间）', ticks: 6 },
    // Compact, the y title names the curve too: the top right is left to the thresholds' labels.
    y: { domain: [0, gainMax], label: compact ? '业务指标累计提升 a·ln(1 + 投入/b)（%）' : '业务指标累计提升（%）', ticks: 4 },
    lower: step >= 3
      ? {
          // Compact, the panel's title names its curve (marginal-layout.ts).
          y: { domain: [0, marginalAxisMax(params, compact)], label: compact ? '边际提升 a/(b + 投入)（%/人年）' : '边际提升（%/人年）', ticks: 3 },
          ...(compact ? COMPACT_LOWER_PANEL : LOWER_PANEL),
        }
      : null,
  }
}

const effortText = (effort: number) => `${formatEffort(effort)} 人年`

function curvePath(f: (effort: number) => number, from: number, to: number, x: LinearAxis, y: LinearAxis): string {
  return polylinePath(sampleFunction(f, from, to).map(p => ({ x: x.toSvg(p.x), y: y.toSvg(p.y) })))
}

function dividendLayout(params: DiminishingReturnsParams, plot: ChartPlot, step: number): DividendLayout {
  const { x, area, compact } = plot
  const end = dividendZoneEnd(params, params.dividendMarginal, params.effortMax)
  const left = area.left + (compact ? 4 : 8)
  const at = (text: string, y: number): PlacedText => ({ text, x: left, y, anchor: 'start' })
  if (end === null)
    return { zone: null, missing: at(`边际提升从一开始就低于 ${params.dividendMarginal}%/人年：没有红利期`, area.top + 18) }
  // The notes wrap before the deep-water zone (from step 2) or the plot's edge.
  const deepStart = step >= 2 ? deepWaterThresholds(params, params.effortMax)[0]?.effort ?? null : null
  const room = (deepStart !== null && deepStart > end ? x.toSvg(deepStart) : area.right) - left - 4
  const notes = [['4G 后 ', 'App 用户激增'], [`每人年 ≥ ${params.dividendMarginal}%`]].flatMap(parts => wrapParts(parts, room, CHART_FONT.note))
  return {
    zone: {
      rect: { x: area.left, y: area.top, width: x.toSvg(end) - area.left, height: area.height },
      title: at('红利期', area.top + 18),
      notes: step <= 2 ? notes.map((text, i) => at(text, area.top + 34 + i * 15)) : [],
    },
    missing: null,
  }
}

/**
 * The dots on the curve where the marginal gain falls under each deep-water level, with their labels. A level the
 * curve is already below at x = 0 gets no dot: the zone says it. Labels go below-right of the dot; near the right
 * edge left of it, above the curve, else below it (low enough, the curve being lower to the left), and those first
 * (they have one side only). A label that would meet another text (`taken`) or the crossing's guide (`guideX`)
 * takes the next spot (a line or two lower), or is left out (the dot and the zone remain).
 */
function thresholdMarks(params: DiminishingReturnsParams, plot: ChartPlot, taken: Box[], guideX: number | null): ThresholdMark[] {
  const { x, y, area } = plot
  const spots = deepWaterThresholds(params, params.effortMax).flatMap((t) => {
    if (t.effort === null || t.effort <= 0)
      return []
    const cx = x.toSvg(t.effort)
    const cy = y.toSvg(cumulativeGain(t.effort, params))
    const nearRightEdge = area.right - cx < ROOM.threshold
    const labelX = nearRightEdge ? cx - 6 : cx + 6
    const text = `边际 < ${t.level}%/人年`
    const curveAt = (svgX: number) => y.toSvg(cumulativeGain(clamp(x.fromSvg(svgX), 0, params.effortMax), params))
    const below = nearRightEdge ? Math.max(cy + 18, curveAt(labelX - textWidth(text, CHART_FONT.label)) + 3 + CHART_FONT.label * 0.88) : cy + 18
    // Left of the dot the curve is lower: above it, the two lines end 3 above the curve at their right end.
    const above = curveAt(labelX) - 3 - CHART_FONT.label * 0.12 - 15
    const baselines = nearRightEdge ? [above, below, below + 15, below + 30] : [below, below + 15, below + 30]
    const anchor: TextAnchor = nearRightEdge ? 'end' : 'start'
    return [{ level: t.level, cx, cy, texts: [text, `${effortText(t.effort)}起`], labelX, baselines, anchor }]
  })
  const placed = new Map<number, PlacedText[]>()
  for (const spot of [...spots].sort((a, b) => Number(b.anchor === 'end') - Number(a.anchor === 'end'))) {
    for (const baseline of spot.baselines) {
      const texts = spot.texts.map((text, i): PlacedText => ({ text, x: spot.labelX, y: baseline + 15 * i, anchor: spot.anchor }))
      const boxes = texts.map(t => labelBox(t.x, t.y, textWidth(t.text, CHART_FONT.label), CHART_FONT.label, t.anchor))
      const clear = boxes.every(box => box.y >= area.top && box.y + box.height <= area.bottom && !taken.some(other => boxesOverlap(box, other))
        && !(guideX !== null && box.x <= guideX && guideX <= box.x + box.width))
      if (clear) {
        taken.push(...boxes)
        placed.set(spot.level, texts)
        break
      }
    }
  }
  return spots.map(spot => ({
    level: spot.level,
    testid: spot.level === 1 ? 'dr-threshold-1' : 'dr-threshold-05',
    cx: spot.cx,
    cy: spot.cy,
    lineBottom: area.bottom,
    label: placed.get(spot.level)?.[0] ?? null,
    note: placed.get(spot.level)?.[1] ?? null,
  }))
}

/** `guideX`: where the crossing's guide runs down the plot (step 3), or null; `gainLabel`: the curve's name. */
function deepWaterLayout(params: DiminishingReturnsParams, plot: ChartPlot, step: number, guideX: number | null, gainLabel: PlacedText | null): DeepWaterLayout {
  const { x, area } = plot
  const thresholds = deepWaterThresholds(params, params.effortMax)
  const zones = thresholds.flatMap(t => t.effort === null
    ? []
    : [{ x: x.toSvg(t.effort), y: area.top, width: area.right - x.toSvg(t.effort), height: area.height }])
  const first = thresholds[0]?.effort ?? null
  const gainBox = gainLabel ? [labelBox(gainLabel.x, gainLabel.y, textWidth(gainLabel.text, CHART_FONT.label), CHART_FONT.label, gainLabel.anchor)] : []
  if (first === null) {
    return {
      zones,
      marks: thresholdMarks(params, plot, gainBox, guideX),
      label: null,
      missing: { text: `0–${params.effortMax} 人年内边际提升始终 ≥ 1%/人年：还没进深水区`, x: area.right - 8, y: area.bottom - 10, anchor: 'end' },
    }
  }
  // Inside the zone; at the right edge when the zone is narrow, or when it starts at x = 0 (the curve starts at the
  // bottom-left corner: the label stays bottom-right, under the curve). Compact, the notes wrap to the zone.
  const start = x.toSvg(first)
  const notes = step <= 2 ? ['各种极端 trick，', '每多投入 1 人年', '只换来不到 1%，', '再往后不到 0.5%'] : []
  const wrapped = plot.compact ? wrapParts(notes, area.right - start - 14, CHART_FONT.note) : [notes.slice(0, 2).join(''), notes.slice(2).join('')]
  const widest = Math.max(...notes.map(part => textWidth(part, CHART_FONT.note)))
  const inside = first > 0 && area.right - start >= (plot.compact ? widest + 14 : ROOM.deepWater)
  const at = (text: string, textY: number): PlacedText => inside
    ? { text, x: start + 8, y: textY, anchor: 'start' }
    : { text, x: area.right - 6, y: textY, anchor: 'end' }
  const lines = notes.length ? wrapped : []
  // The notes end 9 above the axis, 15 apart; the title 16 above them.
  const title = at(first === 0 ? '全程深水区' : '深水区', area.bottom - (lines.length ? 9 + 15 * (lines.length - 1) + 16 : 10))
  const noteLines = lines.map((text, i) => at(text, area.bottom - 9 - 15 * (lines.length - 1 - i)))
  const taken = [
    ...gainBox,
    labelBox(title.x, title.y, textWidth(title.text, CHART_FONT.zoneTitle), CHART_FONT.zoneTitle, title.anchor),
    ...noteLines.map(n => labelBox(n.x, n.y, textWidth(n.text, CHART_FONT.note), CHART_FONT.note, n.anchor)),
  ]
  return { zones, marks: thresholdMarks(params, plot, taken, guideX), label: { title, notes: noteLines }, missing: null }
}

/** Every mark of the chart at `step` (0–3) on `plot` (built from diminishingReturnsPlotSpec at the same step). */
export function diminishingReturnsLayout(params: DiminishingReturnsParams, plot: ChartPlot, step: number): DiminishingReturnsLayout {
  const { x, y, area } = plot
  const crossing = marginalCostCrossing(params, params.marginalCost, params.effortMax)
  const lower = step >= 3 ? plot.lower : null
  // Compact, the threshold labels give way to the crossing's guide (on a slide they have the room beside it).
  const guideX = plot.compact && lower && crossing.kind === 'at' ? x.toSvg(crossing.effort) : null
  const gainLabel: PlacedText | null = plot.compact
    ? null
    : {
        text: step >= 3 ? '累计提升' : '累计提升 a·ln(1 + 投入/b)',
        x: area.right,
        y: y.toSvg(cumulativeGain(params.effortMax, params)) - 10,
        anchor: 'end',
      }
  return {
    readout: plot.compact
      ? { x: 0, y: READOUT.compactFirst, secondLine: { x: 0, y: READOUT.compactSecond } }
      : { x: area.left, y: area.top - READOUT.rise, secondLine: null },
    gainPath: curvePath(e => cumulativeGain(e, params), 0, params.effortMax, x, y),
    gainLabel,
    dividend: step >= 1 ? dividendLayout(params, plot, step) : null,
    deepWater: step >= 2 ? deepWaterLayout(params, plot, step, guideX, gainLabel) : null,
    crossing: lower ? crossingLayout(crossing, plot, lower) : null,
    marginal: lower ? marginalPanelLayout(params, crossing, plot, lower) : null,
  }
}
