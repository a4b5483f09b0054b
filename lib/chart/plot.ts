/**
 * A chart's plot: its size, plot areas and axes, computed once from its specs. A widget builds it (in a computed)
 * and hands the same object to ChartFrame, which draws the axes, and to its own layout, which places the marks:
 * both read the same scales, and neither recomputes them on a drag.
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
}

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
  }
}
