/**
 * Where ChartFrame's own texts go, in SVG user units, from the plot (./plot.ts): the tick labels of each panel and
 * the axis titles. Pure (no DOM), so a widget's layout tests can check its labels against the frame's too.
 *
 * On a slide the y title runs up the left edge; in a compact plot (the reading view) it sits above the plot,
 * left-aligned with the chart's edge, which leaves the narrow width to the data. The lower panel's title sits
 * above that panel in both.
 */
import type { Box, TextAnchor } from './label-placement'
import type { ChartPlot } from './plot'
import type { LinearAxis, PlotArea } from './scales'
import { CHART_FONT, labelBox, textWidth } from './label-placement'

export interface FrameText {
  text: string
  /** The anchor point: (x, baseline y), or for a vertical text the point it is rotated about. */
  x: number
  y: number
  anchor: TextAnchor
  /** Font size in SVG units. */
  size: number
  /** Runs bottom to top (rotated −90° about (x, y)). */
  vertical: boolean
  /** What it covers. */
  box: Box
}

export interface FrameLayout {
  /** The x tick labels, under the bottom panel. */
  xTicks: FrameText[]
  /** The y tick labels of the main panel, and of the lower panel (empty without one). */
  yTicks: FrameText[]
  lowerYTicks: FrameText[]
  xTitle: FrameText
  yTitle: FrameText
  lowerTitle: FrameText | null
}

/** Baseline of the x tick labels below the bottom panel's axis. */
const X_TICK_DROP = 18
/** The y tick labels end this far left of the axis; their baseline is this far below the tick. */
const Y_TICK = { gap: 8, drop: 4 }
/** Baseline of a title above its panel: the lower panel's on a slide (clear of its top tick label); compact. */
const TITLE_RISE = { lower: 8, compact: 10 }
/** The vertical y title's baseline on a slide, from the chart's left edge. */
const VERTICAL_TITLE_X = 16
/** The x title's baseline, up from the chart's bottom edge. */
const X_TITLE_RISE = 8

function horizontal(text: string, x: number, y: number, anchor: TextAnchor, size: number): FrameText {
  return { text, x, y, anchor, size, vertical: false, box: labelBox(x, y, textWidth(text, size), size, anchor) }
}

/** A text centred on (x, y) and rotated −90°: its glyphs lie left of x (their tops) and it reads upwards. */
function vertical(text: string, x: number, y: number, size: number): FrameText {
  const length = textWidth(text, size)
  return { text, x, y, anchor: 'middle', size, vertical: true, box: { x: x - size * 0.88, y: y - length / 2, width: size, height: length } }
}

function yTickLabels(axis: LinearAxis, area: PlotArea): FrameText[] {
  return axis.ticks.map(t => horizontal(t.label, area.left - Y_TICK.gap, t.position + Y_TICK.drop, 'end', CHART_FONT.tick))
}

export function frameLayout(plot: ChartPlot): FrameLayout {
  const { area, x, y, lower } = plot
  const bottom = lower?.area ?? area
  return {
    xTicks: x.ticks.map(t => horizontal(t.label, t.position, bottom.bottom + X_TICK_DROP, 'middle', CHART_FONT.tick)),
    yTicks: yTickLabels(y, area),
    lowerYTicks: lower ? yTickLabels(lower.y, lower.area) : [],
    xTitle: horizontal(x.label, area.left + area.width / 2, plot.height - X_TITLE_RISE, 'middle', CHART_FONT.axisTitle),
    yTitle: plot.compact
      ? horizontal(y.label, 0, area.top - TITLE_RISE.compact, 'start', CHART_FONT.axisTitle)
      : vertical(y.label, VERTICAL_TITLE_X, area.top + area.height / 2, CHART_FONT.axisTitle),
    lowerTitle: lower
      ? plot.compact
        ? horizontal(lower.y.label, 0, lower.area.top - TITLE_RISE.compact, 'start', CHART_FONT.axisTitle)
        : horizontal(lower.y.label, lower.area.left, lower.area.top - TITLE_RISE.lower, 'start', CHART_FONT.axisTitle)
      : null,
  }
}

/** Every text of the frame, for collision checks. */
export function frameTexts(frame: FrameLayout): FrameText[] {
  return [...frame.xTicks, ...frame.yTicks, ...frame.lowerYTicks, frame.xTitle, frame.yTitle, ...(frame.lowerTitle ? [frame.lowerTitle] : [])]
}
