/**
 * Picks a spot for a text label next to a point so that it crosses as few lines and other labels as possible.
 * Pure geometry in SVG user units (y grows downward); no DOM, so text width is estimated from the characters.
 */

/**
 * Font sizes (SVG units) of the chart text classes: chart.css (.chart-label, .chart-label-strong, .chart-note,
 * .chart-zone-title) and ChartFrame's ticks and axis titles. Layouts size label boxes with them; keep both in step.
 */
export const CHART_FONT = { tick: 12, axisTitle: 13, label: 12, strong: 13, note: 12, zoneTitle: 14 } as const

/** An axis-aligned rectangle: top-left corner and size. */
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

/** Where to put the text relative to the point: the anchor point's offset (dy to the baseline) and the anchor. */
export interface LabelCandidate {
  dx: number
  dy: number
  anchor: TextAnchor
}

/** Something a label should not cross, with how bad crossing it is. */
export interface Obstacle {
  segment?: Segment
  box?: Box
  weight: number
}

export interface PlacedLabel {
  x: number
  y: number
  anchor: TextAnchor
  box: Box
  /** Sum of the weights of what the label touches (0 = free). */
  cost: number
}

/** CJK and full-width code units: U+2E80–9FFF, U+F900–FAFF, U+FF00–FFEF, U+3000–303F. */
function isWide(code: number): boolean {
  return (code >= 0x2E80 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF)
    || (code >= 0xFF00 && code <= 0xFFEF) || (code >= 0x3000 && code <= 0x303F)
}

/**
 * Estimated advance of a string: CJK and full-width characters one em, everything else about 0.6 em.
 * Counts code points (a surrogate pair is one narrow character). Runs on every drag step of the labour-market
 * chart, so it reads char codes instead of testing a regular expression per character.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xDC00 && low <= 0xDFFF)
        i++
    }
    width += isWide(code) ? fontSize : fontSize * 0.6
  }
  return width
}

/**
 * Packs text parts into lines no wider than `maxWidth`, in order: a part goes on the current line while the line
 * still fits, else it starts the next one (a part wider than `maxWidth` gets a line of its own). The parts carry
 * their own spaces and punctuation; they are joined as they are, and a line neither starts nor ends with a space.
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

/** The box a label occupies, given its anchor point (x, baseline y). */
export function labelBox(x: number, baseline: number, width: number, fontSize: number, anchor: TextAnchor): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  // CJK glyphs reach about 0.88 em above the baseline and 0.12 em below it.
  return { x: left, y: baseline - fontSize * 0.88, width, height: fontSize }
}

/** Do two boxes overlap (touching edges do not count)? */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Does the segment pass through the box? (Liang–Barsky clipping against the left, right, top and bottom edges in
 * turn.) placeLabel calls this for every candidate and obstacle, so it allocates nothing.
 */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  /** Clips [t0, t1] by one edge (p, q); false when nothing of the segment is left. (Negated tests keep NaN going.) */
  function clip(p: number, q: number): boolean {
    if (p === 0)
      return !(q < 0)
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    return !(t0 > t1)
  }
  return clip(-dx, s.x1 - box.x) && clip(dx, box.x + box.width - s.x1)
    && clip(-dy, s.y1 - box.y) && clip(dy, box.y + box.height - s.y1)
}

/** Is `inner` completely inside `outer`? */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y
    && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

/**
 * The first candidate with the lowest cost: the weights of the obstacles its box touches, plus `outsidePenalty`
 * if it leaves `bounds`. Candidates are tried in order, so list the preferred spots first.
 */
export function placeLabel(options: {
  at: { x: number, y: number }
  text: string
  fontSize: number
  candidates: readonly LabelCandidate[]
  obstacles: readonly Obstacle[]
  bounds: Box
  /** Extra room around the text, so a line just grazing it also counts. */
  padding?: number
  outsidePenalty?: number
}): PlacedLabel {
  const { at, text, fontSize, candidates, obstacles, bounds } = options
  const padding = options.padding ?? 2
  const outsidePenalty = options.outsidePenalty ?? 100
  const width = textWidth(text, fontSize)
  let best: PlacedLabel | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    const x = at.x + c.dx
    const y = at.y + c.dy
    const box = labelBox(x, y, width, fontSize, c.anchor)
    const padded = { x: box.x - padding, y: box.y - padding, width: box.width + 2 * padding, height: box.height + 2 * padding }
    let cost = boxInside(box, bounds) ? 0 : outsidePenalty
    for (let j = 0; j < obstacles.length; j++) {
      const o = obstacles[j]!
      if ((o.segment && segmentHitsBox(o.segment, padded)) || (o.box && boxesOverlap(o.box, padded)))
        cost += o.weight
    }
    if (!best || cost < best.cost)
      best = { x, y, anchor: c.anchor, box, cost }
    if (cost === 0)
      break
  }
  // candidates is never empty in practice; fall back to the point itself.
  return best ?? { x: at.x, y: at.y, anchor: 'start', box: labelBox(at.x, at.y, width, fontSize, 'start'), cost: 0 }
}

/** Eight spots around a point at distance `gap` (right, left, above, below, then the diagonals). */
export function aroundPoint(gap: number, fontSize: number): LabelCandidate[] {
  const mid = fontSize * 0.35 // baseline offset that centres a line of text on the point
  return [
    { dx: gap, dy: mid, anchor: 'start' },
    { dx: -gap, dy: mid, anchor: 'end' },
    { dx: 0, dy: -gap, anchor: 'middle' },
    { dx: 0, dy: gap + fontSize * 0.8, anchor: 'middle' },
    { dx: gap * 0.7, dy: -gap * 0.7, anchor: 'start' },
    { dx: -gap * 0.7, dy: -gap * 0.7, anchor: 'end' },
    { dx: gap * 0.7, dy: gap * 0.7 + fontSize * 0.8, anchor: 'start' },
    { dx: -gap * 0.7, dy: gap * 0.7 + fontSize * 0.8, anchor: 'end' },
  ]
}
