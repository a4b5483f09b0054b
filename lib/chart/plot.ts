/**
 * A chart's plot, pure (no DOM): its size in SVG units, the plot area (and an optional lower panel sharing x), the
 * d3-scale axes, and where the frame's own texts go (ticks and axis titles), so a widget's layout and its tests
 * see the same boxes ChartFrame draws.
 *
 * Charts are laid out at one SVG unit per CSS px at the width they are given (ChartFrame measures it), so their text
 * keeps its size on a slide and on a phone. Below NARROW units a chart is `compact`: the y title goes above the plot,
 * leaving the narrow width to the data, and the widget's layout picks its narrow arrangement.
 */
import type { Box, TextAnchor } from './text'
import { scaleLinear } from 'd3-scale'
import { CHART_FONT, labelBox, textWidth } from './text'

/** Narrower than this (SVG units = CSS px) a chart takes its phone arrangement. */
export const NARROW = 480
/** The width (SVG units) of a chart laid out at a fixed size in the reading view (components/gpu-serving). */
export const COMPACT_WIDTH = 340

export interface Margin {
  top: number
  right: number
  bottom: number
  left: number
}

export interface PlotArea {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}

export interface AxisSpec {
  /** Data range shown on this axis, [low, high]. */
  domain: readonly [number, number]
  /** Axis title with its unit, e.g. "投入（人年）". */
  label: string
  /** About how many ticks to draw; d3 picks round values near this count. */
  ticks?: number
  /** Tick label formatter; defaults to d3's formatter for the tick step. */
  format?: (value: number) => string
}

export interface LinearAxis {
  toSvg: (value: number) => number
  fromSvg: (position: number) => number
  ticks: Array<{ value: number, position: number, label: string }>
  domain: [number, number]
  label: string
}

export interface PlotSpec {
  width: number
  height: number
  margin: Margin
  x: AxisSpec
  y: AxisSpec
  /** A second, shorter panel under the main one, sharing x; its x tick labels then sit under it. */
  lower?: { y: AxisSpec, height: number, gap?: number } | null
  /** The phone arrangement (see above); default: narrower than NARROW. */
  compact?: boolean
}

/** A text of the frame or of a widget's layout: anchor point (x, baseline y), font and the box it covers. */
export interface ChartText {
  text: string
  x: number
  y: number
  anchor: TextAnchor
  font: keyof typeof CHART_FONT
  box: Box
  /** Runs bottom to top (rotated −90° about (x, y)). */
  vertical?: boolean
  /** Ink class from chart.css (ink-rec, ink-accent, ink-muted, ink-danger); default the chart's ink. */
  ink?: 'rec' | 'accent' | 'muted' | 'danger'
  /** A ring of the surface colour keeps lines under the text off its glyphs. */
  halo?: boolean
  testid?: string
}

export interface ChartPlot {
  width: number
  height: number
  compact: boolean
  area: PlotArea
  x: LinearAxis
  y: LinearAxis
  lower: { area: PlotArea, y: LinearAxis } | null
  /** Tick labels and axis titles, where ChartFrame draws them. */
  frame: ChartText[]
}

export function linearAxis(spec: AxisSpec, from: number, to: number): LinearAxis {
  const scale = scaleLinear().domain([spec.domain[0], spec.domain[1]]).range([from, to])
  const count = spec.ticks ?? 5
  const format = spec.format ?? scale.tickFormat(count)
  return {
    toSvg: value => scale(value),
    fromSvg: position => scale.invert(position),
    ticks: scale.ticks(count).map(value => ({ value, position: scale(value), label: format(value) })),
    domain: [spec.domain[0], spec.domain[1]],
    label: spec.label,
  }
}

/** A horizontal text of `font` at (x, baseline y). */
export function chartText(text: string, x: number, y: number, anchor: TextAnchor, font: ChartText['font'], extra: Partial<ChartText> = {}): ChartText {
  return { text, x, y, anchor, font, box: labelBox(x, y, textWidth(text, CHART_FONT[font]), CHART_FONT[font], anchor), ...extra }
}

/** The frame's texts: tick labels beside the axes, the x title at the bottom, the y titles up the left edge (or above their panels when compact). */
function frameTexts(plot: Omit<ChartPlot, 'frame'>): ChartText[] {
  const { area, x, y, lower, compact, height } = plot
  const yTicks = (axis: LinearAxis, panel: PlotArea) => axis.ticks.map(t => chartText(t.label, panel.left - 8, t.position + 4, 'end', 'tick'))
  const bottom = lower?.area.bottom ?? area.bottom
  const size = CHART_FONT.axis
  const length = textWidth(y.label, size)
  const yTitle: ChartText = compact
    ? chartText(y.label, 0, area.top - 10, 'start', 'axis')
    : { text: y.label, x: 16, y: area.top + area.height / 2, anchor: 'middle', font: 'axis', vertical: true, box: { x: 16 - size * 0.88, y: area.top + area.height / 2 - length / 2, width: size, height: length } }
  return [
    ...x.ticks.map(t => chartText(t.label, t.position, bottom + 18, 'middle', 'tick')),
    ...yTicks(y, area),
    ...(lower ? yTicks(lower.y, lower.area) : []),
    chartText(x.label, area.left + area.width / 2, height - 8, 'middle', 'axis'),
    yTitle,
    ...(lower ? [chartText(lower.y.label, compact ? 0 : lower.area.left, lower.area.top - (compact ? 10 : 8), 'start', 'axis')] : []),
  ]
}

export function chartPlot(spec: PlotSpec): ChartPlot {
  const { width, height, margin } = spec
  const whole: PlotArea = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  }
  let area = whole
  let lower: ChartPlot['lower'] = null
  if (spec.lower) {
    const lowerArea = { ...whole, top: whole.bottom - spec.lower.height, height: spec.lower.height }
    const mainBottom = lowerArea.top - (spec.lower.gap ?? 28)
    area = { ...whole, bottom: mainBottom, height: mainBottom - whole.top }
    lower = { area: lowerArea, y: linearAxis(spec.lower.y, lowerArea.bottom, lowerArea.top) }
  }
  const plot = {
    width,
    height,
    compact: spec.compact ?? width < NARROW,
    area,
    x: linearAxis(spec.x, area.left, area.right),
    y: linearAxis(spec.y, area.bottom, area.top),
    lower,
  }
  return { ...plot, frame: frameTexts(plot) }
}

/** SVG path through points already in SVG units ("M x y L x y …"). */
export function polylinePath(points: ReadonlyArray<{ x: number, y: number }>): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(' ')
}

/** y = f(x) over [from, to] in SVG units on the given axes, sampled at n + 1 points (for polylinePath). */
export function curvePoints(f: (x: number) => number, from: number, to: number, x: LinearAxis, y: LinearAxis, n = 120): Array<{ x: number, y: number }> {
  return Array.from({ length: n + 1 }, (_, i) => {
    const at = from + ((to - from) * i) / n
    return { x: x.toSvg(at), y: y.toSvg(f(at)) }
  })
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** A round upper end for an axis that starts at 0 (d3's "nice"), e.g. 36.5 → 40 with about 5 ticks. */
export function niceUpperBound(value: number, ticks = 5): number {
  return scaleLinear().domain([0, value]).nice(ticks).domain()[1] ?? value
}
