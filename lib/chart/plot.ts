/**
 * A chart's plot: its size, plot areas and axes, computed once from its specs. A widget builds it (in a computed)
 * and hands the same object to ChartFrame, which draws the axes, and to its own layout, which places the marks:
 * both read the same scales, and neither recomputes them on a drag.
 *
 * A compact plot is the phone layout of the reading view (/read): a viewBox about as wide in units as a phone's
 * column is in CSS px (COMPACT_WIDTH), so the chart's text, 12–14 units (chart.css), shows at about 12–14 px.
 * ChartFrame then sets the y title above the plot (lib/chart/frame-layout.ts) and the widget's layout places its
 * labels for the narrow width.
 */
import type { AxisSpec, LinearAxis, LowerPanel, Margin, PlotArea } from './scales'
import { axisProblem, linearAxis, stackedPlotAreas } from './scales'

export interface PlotSpec {
  /** SVG viewBox size in user units. */
  width: number
  height: number
  margin: Margin
  x: AxisSpec
  y: AxisSpec
  /** A second panel under the main one, sharing x; null for a single plot. */
  lower?: LowerPanel | null
  /** The phone layout (see above); default false. */
  compact?: boolean
}

/** A chart's viewBox size in SVG units, and whether it is the compact (phone) layout. */
export interface ChartSize {
  width: number
  height: number
  compact?: boolean
}

/**
 * A compact chart's viewBox width: the reading view's column is 328 CSS px on a 360-px phone and 358 on a 390-px
 * one, so a unit shows at 0.96–1.05 px and 12-unit text at 11.6–12.6 px.
 */
export const COMPACT_WIDTH = 340

export interface ChartPlot {
  width: number
  height: number
  area: PlotArea
  x: LinearAxis
  y: LinearAxis
  /** The lower panel's area and y axis, when there is one. */
  lower: { area: PlotArea, y: LinearAxis } | null
  /** What makes the axes undrawable (a Chinese message), or null. */
  problem: string | null
  /** The phone layout (see above). */
  compact: boolean
}

export function chartPlot(spec: PlotSpec): ChartPlot {
  const panels = stackedPlotAreas(spec.width, spec.height, spec.margin, spec.lower)
  const area = panels.main
  const problem = axisProblem('x', spec.x) ?? axisProblem('y', spec.y)
    ?? (spec.lower ? axisProblem('下方面板 y', spec.lower.y) : null)
  return {
    width: spec.width,
    height: spec.height,
    area,
    x: linearAxis(spec.x, area.left, area.right),
    y: linearAxis(spec.y, area.bottom, area.top),
    lower: spec.lower && panels.lower
      ? { area: panels.lower, y: linearAxis(spec.lower.y, panels.lower.bottom, panels.lower.top) }
      : null,
    problem,
    compact: spec.compact === true,
  }
}
