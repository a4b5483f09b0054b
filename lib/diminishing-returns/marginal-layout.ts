import type { Segment } from '../chart/label-placement'
/**
 * The diminishing-returns chart's lower panel (step 3), in SVG user units: the marginal curve and its label, the
 * flat marginal cost with its label and note, the crossing with the boss's label (or the note that the two never
 * cross inside the axis). Pure (no DOM); part of ./layout.ts, which places the upper panel.
 *
 * Compact (the reading view): the panel has half as much again headroom above the cost, so the curve comes in
 * lower and leaves the panel's top to the boss's label, whose note wraps to the room beside the crossing; the cost's
 * label and note go under the cost line, clear of the curve; the curve's name is the panel's title (it is the only
 * curve there), so it has no label of its own.
 */
import type { ChartPlot } from '../chart/plot'
import type { LinearAxis, PlotArea } from '../chart/scales'
import type { DiminishingReturnsParams, PlacedText, Rect, TextAnchor } from './layout'
import type { Crossing } from './model'
import { CHART_FONT, labelBox, segmentHitsBox, textWidth, wrapParts } from '../chart/label-placement'
import { clamp, niceUpperBound, polylinePath, sampleFunction } from '../chart/scales'
import { formatEffort, marginalGain } from './model'

/**
 * The crossing line and the live point's dropline reach this far above the lower panel, towards the upper one;
 * compact, they start at the panel's top: the panel's title, which names the curve, runs across the gap.
 */
const LOWER_LINE_OVERHANG = 30
/** Room (SVG units) a label needs on its preferred side; with less it goes to the other side. */
const ROOM = {
  /** The boss label, right of the crossing line. */
  boss: 170,
  /** The cost note, below the cost line (above the lower axis). */
  costNote: 20,
}
/** Line spacing of a text over two or more lines. */
const LINE_HEIGHT = 16

export interface CrossingLayout {
  x: number
  /** The dot and line in the upper panel, on the total curve. */
  upper: { cy: number, lineBottom: number }
  /** In the lower panel: the line from above the panel, the dot on the cost line, the shaded loss zone. */
  lower: { lineTop: number, lineBottom: number, cy: number, lossZone: Rect }
  label: PlacedText
  /** Under the label, one or more lines. */
  notes: PlacedText[]
}

export interface MarginalPanelLayout {
  /** Top of the lines down through the panel: the crossing's and the live point's dropline. */
  lineTop: number
  curvePath: string
  /** Null in a compact plot (see above). */
  curveLabel: PlacedText | null
  cost: { y: number, left: number, right: number, label: PlacedText, note: PlacedText }
  /** Said when the curves do not cross inside the axis, one or more lines; `tone` picks the colour. */
  noCrossing: { tone: 'danger' | 'muted', lines: PlacedText[] } | null
  /** Top of the panel's axis (%/人年): the live dot stays on it when the curve is above. */
  marginalMax: number
}

/** Top of the marginal panel's axis: room for the cost line and both deep-water levels; compact, 1.5 times that. */
export function marginalAxisMax(params: DiminishingReturnsParams, compact = false): number {
  return niceUpperBound(Math.max(3 * params.marginalCost, 2) * (compact ? 1.5 : 1), 4)
}

const effortText = (effort: number) => `${formatEffort(effort)} 人年`

/** Lines of text from the first baseline `y` down, `LINE_HEIGHT` apart. */
function textLines(texts: readonly string[], x: number, y: number, anchor: TextAnchor): PlacedText[] {
  return texts.map((text, i) => ({ text, x, y: y + i * LINE_HEIGHT, anchor }))
}

/** Top of the lines down through the lower panel (see LOWER_LINE_OVERHANG). */
function lineTop(plot: ChartPlot, lower: { area: PlotArea }): number {
  return lower.area.top - (plot.compact ? 0 : LOWER_LINE_OVERHANG)
}

export function crossingLayout(crossing: Crossing, plot: ChartPlot, lower: { area: PlotArea, y: LinearAxis }): CrossingLayout | null {
  if (crossing.kind !== 'at')
    return null
  const { x, y, area } = plot
  const cx = x.toSvg(crossing.effort)
  const label = '老板视角：再招人不划算'
  const note = [`投入超过 ${effortText(crossing.effort)}：`, '边际提升 < 成本']
  // The boss label goes right of the line when it has the room, else left; compact, with its note wrapped to it.
  const rightRoom = lower.area.right - cx - 8
  const onRight = plot.compact ? rightRoom >= textWidth(label, CHART_FONT.strong) : lower.area.right - cx >= ROOM.boss
  const labelX = cx + (onRight ? 8 : -8)
  const anchor: TextAnchor = onRight ? 'start' : 'end'
  // Compact, the note wraps to the label's width (or less, where the room is less): the block keeps its shape.
  const side = onRight ? rightRoom : cx - 8 - lower.area.left - 4
  const noteRoom = plot.compact ? Math.min(side, textWidth(label, CHART_FONT.strong)) : Number.POSITIVE_INFINITY
  return {
    x: cx,
    upper: { cy: y.toSvg(crossing.gain), lineBottom: area.bottom },
    lower: {
      lineTop: lineTop(plot, lower),
      lineBottom: lower.area.bottom,
      cy: lower.y.toSvg(crossing.marginal),
      lossZone: { x: cx, y: lower.area.top, width: lower.area.right - cx, height: lower.area.height },
    },
    label: { text: label, x: labelX, y: lower.area.top + 16, anchor },
    notes: textLines(wrapParts(note, noteRoom, CHART_FONT.note), labelX, lower.area.top + 32, anchor),
  }
}

/** Where the cost's label and note go: their baselines from the cost line, and their side. */
interface CostSpot {
  labelDy: number
  noteDy: number
  x: number
  anchor: TextAnchor
}

export function marginalPanelLayout(params: DiminishingReturnsParams, crossing: Crossing, plot: ChartPlot, lower: { area: PlotArea, y: LinearAxis }): MarginalPanelLayout {
  const { area, y } = lower
  const { x, compact } = plot
  const marginalMax = marginalAxisMax(params, compact)
  const marginal = (effort: number) => marginalGain(effort, params)
  // The curve starts where it comes down through the panel's top edge, so nothing is drawn outside the panel.
  const curveStart = clamp(params.a / marginalMax - params.b, 0, params.effortMax)
  // Labelled where it has come down to 70 % of the panel (or at its left end, then above it when it starts low).
  const labelEffort = clamp(params.a / (marginalMax * 0.7) - params.b, 0, params.effortMax)
  const startsLow = params.a / params.b < marginalMax * 0.7
  const costY = y.toSvg(params.marginalCost)
  const curve = sampleFunction(marginal, curveStart, params.effortMax).map(p => ({ x: x.toSvg(p.x), y: y.toSvg(p.y) }))
  const costText = { label: `边际成本 ${params.marginalCost}%/人年`, note: '= 多招 1 人年的代价' }
  // Label above the cost line, its note below (or also above when the line is close to the axis), at the left.
  // Compact, the first spot where neither is crossed by the curve or the crossing's line: both below, label above
  // and note below, both above; at the left, then at the right.
  const room = area.bottom - costY
  const slide: CostSpot = { labelDy: room < ROOM.costNote ? -20 : -6, noteDy: room < ROOM.costNote ? -6 : 15, x: area.left + 6, anchor: 'start' }
  const lines: Segment[] = [
    ...curve.slice(1).map((p, i) => ({ x1: curve[i]!.x, y1: curve[i]!.y, x2: p.x, y2: p.y })),
    ...(crossing.kind === 'at' ? [{ x1: x.toSvg(crossing.effort), y1: area.top, x2: x.toSvg(crossing.effort), y2: area.bottom }] : []),
  ]
  const clear = (spot: CostSpot) => [[costText.label, spot.labelDy], [costText.note, spot.noteDy]].every(([text, dy]) => {
    const box = labelBox(spot.x, costY + Number(dy), textWidth(String(text), CHART_FONT.note), CHART_FONT.note, spot.anchor)
    return box.y >= area.top && box.y + box.height <= area.bottom && !lines.some(line => segmentHitsBox(line, box))
  })
  const spots = [
    { x: area.left + 6, anchor: 'start' as const },
    { x: area.right - 6, anchor: 'end' as const },
  ].flatMap(side => [[15, 30], [-6, 15], [-20, -6]].map(([labelDy, noteDy]) => ({ ...side, labelDy: labelDy!, noteDy: noteDy! })))
  const cost = compact ? spots.find(clear) ?? slide : slide
  const width = area.right - area.left - 16
  const noCrossingAt = (parts: string[], tone: 'danger' | 'muted') =>
    ({ tone, lines: textLines(compact ? wrapParts(parts, width, CHART_FONT.strong) : [parts.join('')], area.right - 8, area.top + 16, 'end') })
  return {
    lineTop: lineTop(plot, lower),
    curvePath: polylinePath(curve),
    curveLabel: compact
      ? null
      : { text: '边际提升 a/(b + 投入)', x: x.toSvg(labelEffort) + 10, y: y.toSvg(marginal(labelEffort)) + (startsLow ? -8 : 4), anchor: 'start' },
    cost: {
      y: costY,
      left: area.left,
      right: area.right,
      label: { text: costText.label, x: cost.x, y: costY + cost.labelDy, anchor: cost.anchor },
      note: { text: costText.note, x: cost.x, y: costY + cost.noteDy, anchor: cost.anchor },
    },
    noCrossing: crossing.kind === 'never-pays'
      ? noCrossingAt(['边际提升从第一人年起就低于成本：', '没有交点，一个人也不该招'], 'danger')
      : crossing.kind === 'always-pays'
        ? noCrossingAt([`0–${params.effortMax} 人年内边际提升始终高于成本：`, '没有交点，再招人仍划算'], 'muted')
        : null,
    marginalMax,
  }
}
