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
