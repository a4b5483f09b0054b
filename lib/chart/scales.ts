import { scaleLinear } from 'd3-scale'

/** Inner margins of a chart's plot area, in SVG user units. */
export interface Margin {
  top: number
  right: number
  bottom: number
  left: number
}

/** The rectangle (in SVG user units) where data is drawn. */
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

export interface Tick {
  value: number
  /** Position along the axis in SVG user units. */
  position: number
  label: string
}

/** A linear axis: data → SVG and back, plus round ticks. */
export interface LinearAxis {
  toSvg: (value: number) => number
  fromSvg: (position: number) => number
  ticks: Tick[]
  domain: [number, number]
  label: string
}

/** What a chart's marks are drawn against: the two axes and the plot area (ChartFrame's slot scope). */
export interface PlotAxes {
  x: LinearAxis
  y: LinearAxis
  area: PlotArea
}

export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  return {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  }
}

/** Is the axis spec drawable? Returns a Chinese message naming what is wrong, or null. */
export function axisProblem(name: string, spec: AxisSpec): string | null {
  const [low, high] = spec.domain
  if (!Number.isFinite(low) || !Number.isFinite(high))
    return `${name} 轴范围不是有限数值`
  if (low >= high)
    return `${name} 轴范围颠倒或为空（${low} ≥ ${high}）`
  return null
}

/**
 * A linear axis mapping `spec.domain` onto the SVG range [from, to].
 * For a y axis pass from = bottom, to = top so that larger values are drawn higher.
 */
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

/** Keeps a value inside [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** SVG path through points already in SVG units ("M x y L x y …"). Skips non-finite points. */
export function polylinePath(points: ReadonlyArray<{ x: number, y: number }>): string {
  const finite = points.filter(p => Number.isFinite(p.x) && Number.isFinite(p.y))
  return finite.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(' ')
}

/** Samples f over [x0, x1] at n+1 evenly spaced points, in data units. */
export function sampleFunction(f: (x: number) => number, x0: number, x1: number, n = 120): Array<{ x: number, y: number }> {
  const out: Array<{ x: number, y: number }> = []
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n
    out.push({ x, y: f(x) })
  }
  return out
}

/**
 * A round upper end for an axis that starts at 0 (d3's "nice"), e.g. 36.5 → 40 with about 5 ticks.
 * Returns 1 for a value that is not a positive finite number, so an axis built from it stays drawable.
 */
export function niceUpperBound(value: number, ticks = 5): number {
  if (!Number.isFinite(value) || value <= 0)
    return 1
  return scaleLinear().domain([0, value]).nice(ticks).domain()[1] ?? value
}

/** A second plot under the main one, sharing its x axis (see ChartFrame's `lower` prop). */
export interface LowerPanel {
  y: AxisSpec
  /** Height of the lower plot area, in SVG user units. */
  height: number
  /** Space between the two plots, holding the lower panel's y title; default 28. */
  gap?: number
}

/**
 * Splits the plot rectangle into a main area and, when `lower` is given, a lower area of `lower.height`
 * under it, separated by `lower.gap`. Without `lower` the main area is exactly `plotArea(...)`.
 */
export function stackedPlotAreas(width: number, height: number, margin: Margin, lower?: LowerPanel | null): { main: PlotArea, lower: PlotArea | null } {
  const whole = plotArea(width, height, margin)
  if (!lower)
    return { main: whole, lower: null }
  const gap = lower.gap ?? 28
  const lowerArea: PlotArea = { ...whole, top: whole.bottom - lower.height, height: lower.height }
  const mainBottom = lowerArea.top - gap
  return { main: { ...whole, bottom: mainBottom, height: mainBottom - whole.top }, lower: lowerArea }
}

/** Index of the value nearest to target (the first on a tie); -1 for an empty list. */
export function nearestIndex(values: readonly number[], target: number): number {
  let best = -1
  let bestDistance = Number.POSITIVE_INFINITY
  values.forEach((value, index) => {
    const distance = Math.abs(value - target)
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}
