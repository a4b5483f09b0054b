/**
 * Chart text geometry, pure (no DOM): estimated text widths, the box a label covers, collisions with lines and other
 * boxes, and the choice of a spot for a label among candidates. SVG user units, y grows downward.
 */

/**
 * Font sizes (SVG units = CSS px) of the chart text classes in chart.css (tick .chart-tick, axis .chart-axis…);
 * layouts size label boxes with them. tick and axis are ChartFrame's own.
 */
export const CHART_FONT = { tick: 12, axis: 13, label: 12, strong: 13, note: 12, zone: 14, mark: 14, big: 15 } as const

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

export type TextAnchor = 'start' | 'middle' | 'end'

/** Where to put a label relative to its point: the anchor point's offset (dy to the baseline) and the anchor. */
export interface LabelCandidate {
  dx: number
  dy: number
  anchor: TextAnchor
}

/** Something a label should not cross, and how bad crossing it is. */
export interface Obstacle {
  segment?: Segment
  box?: Box
  weight: number
}

/** CJK and full-width characters are one em wide, the rest about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0
  for (const char of text)
    width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? fontSize : fontSize * 0.6
  return width
}

/** The box a label covers, from its anchor point (x, baseline): CJK glyphs reach 0.88 em above the baseline, 0.12 below. */
export function labelBox(x: number, baseline: number, width: number, fontSize: number, anchor: TextAnchor): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  return { x: left, y: baseline - fontSize * 0.88, width, height: fontSize }
}

/** Do two boxes overlap (touching edges do not count)? */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y
    && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

/** Does the segment pass through the box? (Liang–Barsky clipping against its four edges.) */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  for (const [p, q] of [[-dx, s.x1 - box.x], [dx, box.x + box.width - s.x1], [-dy, s.y1 - box.y], [dy, box.y + box.height - s.y1]] as const) {
    if (p === 0) {
      if (q < 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 > t1)
      return false
  }
  return true
}

/**
 * The first candidate with the lowest cost: the weights of the obstacles its box (padded by 2) touches, plus 100
 * if it leaves `bounds`. List the preferred spots first. A block of several lines (`lineHeight` apart, the first at
 * the candidate's baseline) is placed as one box.
 */
export function placeLabel(at: { x: number, y: number }, lines: string | readonly string[], fontSize: number, candidates: readonly LabelCandidate[], obstacles: readonly Obstacle[], bounds: Box, lineHeight = fontSize + 3): { x: number, y: number, anchor: TextAnchor, cost: number } {
  const texts = typeof lines === 'string' ? [lines] : lines
  const width = Math.max(...texts.map(text => textWidth(text, fontSize)))
  const extra = (texts.length - 1) * lineHeight
  let best = { x: at.x, y: at.y, anchor: 'start' as TextAnchor, cost: Number.POSITIVE_INFINITY }
  for (const c of candidates) {
    const box = labelBox(at.x + c.dx, at.y + c.dy, width, fontSize, c.anchor)
    box.height += extra
    const padded = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 }
    let cost = boxInside(box, bounds) ? 0 : 100
    for (const o of obstacles) {
      if ((o.segment && segmentHitsBox(o.segment, padded)) || (o.box && boxesOverlap(o.box, padded)))
        cost += o.weight
    }
    if (cost < best.cost)
      best = { x: at.x + c.dx, y: at.y + c.dy, anchor: c.anchor, cost }
    if (cost === 0)
      break
  }
  return best
}

/** The segments of a polyline, e.g. to keep labels off a curve. */
export function segmentsOf(points: ReadonlyArray<{ x: number, y: number }>): Segment[] {
  return points.slice(1).map((p, i) => ({ x1: points[i]!.x, y1: points[i]!.y, x2: p.x, y2: p.y }))
}

/** Eight spots around a point at distance `gap`: right, left, above, below, then the diagonals. */
export function aroundPoint(gap: number, fontSize: number): LabelCandidate[] {
  const mid = fontSize * 0.35 // baseline offset that centres a line of text on the point
  const below = fontSize * 0.8
  const d = gap * 0.7
  return [
    { dx: gap, dy: mid, anchor: 'start' },
    { dx: -gap, dy: mid, anchor: 'end' },
    { dx: 0, dy: -gap, anchor: 'middle' },
    { dx: 0, dy: gap + below, anchor: 'middle' },
    { dx: d, dy: -d, anchor: 'start' },
    { dx: -d, dy: -d, anchor: 'end' },
    { dx: d, dy: d + below, anchor: 'start' },
    { dx: -d, dy: d + below, anchor: 'end' },
  ]
}

/**
 * Packs text parts into lines no wider than `maxWidth`, in order (a part wider than that gets a line of its own).
 * Parts carry their own spaces and punctuation; no line starts or ends with a space.
 */
export function wrapParts(parts: readonly string[], maxWidth: number, fontSize: number): string[] {
  const lines: string[] = []
  for (const part of parts) {
    const last = lines.length - 1
    if (last >= 0 && textWidth((lines[last]! + part).trimEnd(), fontSize) <= maxWidth)
      lines[last] += part
    else
      lines.push(part.trimStart())
  }
  return lines.map(line => line.trimEnd())
}
