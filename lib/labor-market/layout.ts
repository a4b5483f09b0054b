/**
 * Where every mark and label of the supply-and-demand chart goes, in SVG user units, for one ShiftedView.
 * Pure geometry (no DOM): the chart components only draw what this returns, and the unit tests can check that no
 * two labels collide at any step and any width.
 * Labels beside points are placed by lib/chart/label-placement.ts: the preferred side is away from the other
 * equilibrium, and the spot that crosses the fewest lines and labels wins.
 */
import type { Box, LabelCandidate, Obstacle, Segment, TextAnchor } from '../chart/label-placement'
import type { Margin, PlotAxes } from '../chart/scales'
import type { Market, MarketPoint, ShiftedView, Shifts } from './model'
import { aroundPoint, boxesOverlap, labelBox, placeLabel, textWidth } from '../chart/label-placement'
import { clamp } from '../chart/scales'
import { gripPoint, quantityOnCurve, roundsToZero, visibleSegment } from './model'
import { describeGap, describePremium, formatRelative, signedPercent } from './words'

/** Font sizes (px) the components use for each kind of label; the layout sizes label boxes with them. */
export const FONT = { curveName: 15, point: 14, premium: 15, gap: 15, tag: 13, tick: 12 } as const
export const GRIP_RADIUS = 10
export const DOT_RADIUS = { current: 6.5, other: 5 } as const
export const TAG = { width: 44, height: 20 } as const
/** Margins with room for the value tags; compact (the reading view) the y title is above the plot, not left of it. */
export const MARGIN: Margin = { top: 14, right: 18, bottom: 48, left: 74 }
export const COMPACT_MARGIN: Margin = { top: 30, right: 14, bottom: 48, left: 56 }
/** The narrowest the chart draws one unit per px (a narrower column scales it down); compact, tested from 320 up. */
export const MIN_WIDTH = { slide: 360, compact: 320 } as const
/** A band shorter than this (px) gets its label outside. */
const MIN_BAND_FOR_LABEL = 18

export interface Point {
  x: number
  y: number
}

export interface PlacedText {
  text: string
  x: number
  /** Baseline. */
  y: number
  anchor: TextAnchor
  box: Box
}

export interface CurveLayout {
  /** "M x y L x y", or '' when the curve misses the plot. */
  path: string
  grip: Point | null
  /** The curve's name beside its grip. */
  name: PlacedText | null
}

export interface MarketLayout {
  curves: { demand: CurveLayout, supply: CurveLayout }
  ghosts: { demand: string, supply: string }
  premium: { band: Box, label: PlacedText } | null
  earlier: { band: Box, dot: Point, label: PlacedText } | null
  oldPayLine: { y: number, x1: number, x2: number } | null
  /** Where the market sits (droplines run from here to both axes). */
  marketPoint: Point | null
  gap: { y: number, x1: number, x2: number, label: PlacedText } | null
  oldEquilibrium: { at: Point, label: PlacedText } | null
  equilibrium: { at: Point, label: PlacedText } | null
  tags: { pay: Point & { text: string }, quantity: Point & { text: string }, covers: Box[] } | null
}

const CURVE_NAMES = { demand: '需求', supply: '供给' } as const

function pathOf(a: Point, b: Point): string {
  return `M${a.x.toFixed(2)} ${a.y.toFixed(2)} L${b.x.toFixed(2)} ${b.y.toFixed(2)}`
}

function text(content: string, x: number, y: number, anchor: TextAnchor, fontSize: number): PlacedText {
  return { text: content, x, y, anchor, box: labelBox(x, y, textWidth(content, fontSize), fontSize, anchor) }
}

function dotBox(p: Point, r: number): Box {
  return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }
}

function boxEdges(b: Box): Segment[] {
  const r = b.x + b.width
  const d = b.y + b.height
  return [
    { x1: b.x, y1: b.y, x2: r, y2: b.y },
    { x1: r, y1: b.y, x2: r, y2: d },
    { x1: b.x, y1: d, x2: r, y2: d },
    { x1: b.x, y1: b.y, x2: b.x, y2: d },
  ]
}

/**
 * Candidates around a point, the preferred horizontal side first, then a farther ring; compact, a third ring still
 * farther out (the two equilibria sit closer together on a narrow plot).
 */
function pointCandidates(preferRight: boolean, compact: boolean): LabelCandidate[] {
  const order = (list: LabelCandidate[]) => preferRight ? list : [list[1]!, list[0]!, ...list.slice(2)]
  return (compact ? [11, 24, 38] : [11, 24]).flatMap(gap => order(aroundPoint(gap, FONT.point)))
}

/** `compact`: the reading view's layout, on a plot about as wide as a phone (lib/chart/plot.ts). */
export function marketLayout(view: ShiftedView, market: Market, axes: PlotAxes & { compact?: boolean }): MarketLayout {
  const compact = axes.compact === true
  const { x: quantityAxis, y: payAxis, area } = axes
  const px = (q: number) => clamp(quantityAxis.toSvg(q), area.left, area.right)
  const py = (p: number) => clamp(payAxis.toSvg(p), area.top, area.bottom)
  const svg = (m: MarketPoint): Point => ({ x: px(m.quantity), y: py(m.pay) })
  const bounds: Box = { x: area.left, y: area.top, width: area.right - area.left, height: area.bottom - area.top }
  const obstacles: Obstacle[] = []
  const block = (box: Box) => obstacles.push({ box, weight: 20 })
  const place = (at: Point, content: string, fontSize: number, candidates: LabelCandidate[]): PlacedText => {
    const spot = placeLabel({ at, text: content, fontSize, candidates, obstacles, bounds })
    block(spot.box)
    return { text: content, x: spot.x, y: spot.y, anchor: spot.anchor, box: spot.box }
  }

  function segmentOf(side: 'demand' | 'supply', shift: number): [Point, Point] | null {
    const s = visibleSegment(market[side], shift, quantityAxis.domain, payAxis.domain)
    return s ? [svg(s[0]), svg(s[1])] : null
  }

  // ---- the draggable curves, their grips and names
  let demandName: PlacedText | null = null
  function curve(side: 'demand' | 'supply', shift: number): CurveLayout {
    const seg = segmentOf(side, shift)
    const gripAt = gripPoint(market[side], shift, quantityAxis.domain, payAxis.domain)
    if (!seg || !gripAt)
      return { path: '', grip: null, name: null }
    const grip = svg(gripAt)
    obstacles.push({ segment: { x1: seg[0].x, y1: seg[0].y, x2: seg[1].x, y2: seg[1].y }, weight: 10 })
    block(dotBox(grip, GRIP_RADIUS + 2))
    // Demand falls to the right, so text right of its grip sits above the line; supply rises, so its text goes left,
    // above the line, or right (below it) where the left would meet the demand's name (grips close on a narrow plot).
    const left = text(CURVE_NAMES[side], grip.x - 15, grip.y + 1, 'end', FONT.curveName)
    const name = side === 'demand'
      ? text(CURVE_NAMES[side], grip.x + 15, grip.y + 1, 'start', FONT.curveName)
      : demandName && boxesOverlap(left.box, demandName.box) ? text(CURVE_NAMES[side], grip.x + 15, grip.y + 1, 'start', FONT.curveName) : left
    if (side === 'demand')
      demandName = name
    block(name.box)
    return { path: pathOf(seg[0], seg[1]), grip, name }
  }
  const curves = { demand: curve('demand', view.shifts.demand), supply: curve('supply', view.shifts.supply) }

  // ---- ghosts: only a curve that moved leaves one where it was
  function ghost(side: keyof Shifts): string {
    if (view.shifts[side] === 0)
      return ''
    const seg = segmentOf(side, 0)
    if (!seg)
      return ''
    obstacles.push({ segment: { x1: seg[0].x, y1: seg[0].y, x2: seg[1].x, y2: seg[1].y }, weight: 5 })
    return pathOf(seg[0], seg[1])
  }
  const ghosts = { demand: ghost('demand'), supply: ghost('supply') }

  const base = svg(view.baseline)
  const currentOk = view.current.ok && !view.atOldPay
  const current = view.current.ok ? svg(view.current) : null

  // ---- the market point and its droplines
  const marketPoint = view.atOldPay ? base : currentOk ? current : null
  if (marketPoint) {
    obstacles.push({ segment: { x1: marketPoint.x, y1: marketPoint.y, x2: marketPoint.x, y2: area.bottom }, weight: 3 })
    obstacles.push({ segment: { x1: area.left, y1: marketPoint.y, x2: marketPoint.x, y2: marketPoint.y }, weight: 3 })
  }

  // ---- bands: the premium (shaded) and the earlier premium (dashed)
  const bandTo = (m: MarketPoint): Box => {
    const top = Math.min(py(m.pay), base.y)
    const bottom = Math.max(py(m.pay), base.y)
    return { x: area.left, y: top, width: px(m.quantity) - area.left, height: bottom - top }
  }

  let premium: MarketLayout['premium'] = null
  if (currentOk && view.current.ok && !roundsToZero(view.premium)) {
    const band = bandTo(view.current)
    const up = view.premium > 0
    const inside = band.height >= MIN_BAND_FOR_LABEL
    const outer = [band.y - 7, band.y - 24]
    const inner = [band.y + band.height + FONT.premium + 2, band.y + band.height + FONT.premium + 19]
    // In the band when it is tall enough, else outside it; compact (curves close together), the first of those
    // spots clear of the curves, then the other side's.
    const spots = [...(inside ? [band.y + band.height / 2 + FONT.premium * 0.35] : []), ...(up ? [...outer, ...inner] : [...inner, ...outer])]
    const label = compact
      ? place({ x: band.x + 8, y: 0 }, describePremium(view.premium), FONT.premium, spots.map(dy => ({ dx: 0, dy, anchor: 'start' as const })))
      : text(describePremium(view.premium), band.x + 8, spots[0]!, 'start', FONT.premium)
    if (!compact)
      block(label.box)
    premium = { band, label }
  }

  let earlier: MarketLayout['earlier'] = null
  if (view.earlier && !view.atOldPay) {
    const band = bandTo(view.earlier.point)
    for (const edge of boxEdges(band))
      obstacles.push({ segment: edge, weight: 3 })
    const y = band.y + 18
    // Right-aligned in the top of the dashed band, left of the earlier supply line, which leaves the band's
    // top-right corner going down-left.
    const supplyX = quantityAxis.toSvg(quantityOnCurve(market.supply, view.earlier.shifts.supply, payAxis.fromSvg(y + 2)))
    const right = Math.min(band.x + band.width, Number.isFinite(supplyX) ? supplyX : Number.POSITIVE_INFINITY) - 8
    const dot = svg(view.earlier.point)
    block(dotBox(dot, DOT_RADIUS.other + 1))
    earlier = { band, dot, label: text(`早期溢价 ${signedPercent(view.earlier.premium)}`, right, y, 'end', FONT.point) }
    block(earlier.label.box)
  }

  // ---- right after a shock: the old-pay line and the gap between the curves
  let oldPayLine: MarketLayout['oldPayLine'] = null
  let gapBar: { y: number, x1: number, x2: number } | null = null
  if (view.atOldPay || view.keepsGap) {
    const demanded = px(view.demandedAtOldPay)
    const supplied = px(view.suppliedAtOldPay)
    oldPayLine = { y: base.y, x1: area.left, x2: Math.max(demanded, supplied) }
    obstacles.push({ segment: { x1: area.left, y1: base.y, x2: oldPayLine.x2, y2: base.y }, weight: 3 })
    if (!roundsToZero(view.gapAtOldPay)) {
      gapBar = { y: base.y, x1: Math.min(demanded, supplied), x2: Math.max(demanded, supplied) }
      obstacles.push({ segment: { x1: gapBar.x1, y1: gapBar.y, x2: gapBar.x2, y2: gapBar.y }, weight: 10 })
      obstacles.push({ box: { x: gapBar.x1 - 2, y: gapBar.y - 8, width: gapBar.x2 - gapBar.x1 + 4, height: 16 }, weight: 10 })
    }
  }

  // ---- dots
  const oldDotShown = view.shifted
  if (oldDotShown)
    block(dotBox(base, DOT_RADIUS.other + 1))
  if (currentOk && current)
    block(dotBox(current, DOT_RADIUS.current + 1))

  // ---- equilibrium labels, each on the side away from the other point
  const movedRight = view.atOldPay ? view.gapAtOldPay >= 0 : view.current.ok ? view.current.quantity >= view.baseline.quantity : true
  const equilibrium = currentOk && current
    ? { at: current, label: place(current, view.shifted ? '新均衡' : '均衡', FONT.point, pointCandidates(movedRight, compact)) }
    : null
  const oldEquilibrium = oldDotShown
    ? { at: base, label: place(base, '原均衡', FONT.point, pointCandidates(!movedRight, compact)) }
    : null

  // ---- the gap's label: beyond the demand end of the bar, on the side of the demand line away from the bar
  // (a shortage ends where demand falls away to the right, so above it; a surplus where demand rises to the left,
  // so below it), else above or below the middle of the bar.
  let gap: MarketLayout['gap'] = null
  if (gapBar) {
    const shortage = view.gapAtOldPay > 0
    const mid = (gapBar.x1 + gapBar.x2) / 2
    const beyond: LabelCandidate = shortage
      ? { dx: gapBar.x2 - mid + 12, dy: 5, anchor: 'start' }
      : { dx: gapBar.x1 - mid - 12, dy: 5, anchor: 'end' }
    const candidates: LabelCandidate[] = [
      beyond,
      { ...beyond, dy: shortage ? -7 : 17 },
      { dx: 0, dy: -12, anchor: 'middle' },
      { dx: 0, dy: 24, anchor: 'middle' },
      { ...beyond, dy: shortage ? -20 : 30 },
    ]
    gap = { ...gapBar, label: place({ x: mid, y: gapBar.y }, describeGap(view.gapAtOldPay), FONT.gap, candidates) }
  }

  // ---- value tags on the axes, covering the tick labels they would half hide
  let tags: MarketLayout['tags'] = null
  const tagged = view.atOldPay ? view.baseline : currentOk && view.current.ok ? view.current : null
  if (tagged) {
    const tagX = px(tagged.quantity)
    const tagY = py(tagged.pay)
    const tickWidth = (label: string) => textWidth(label, FONT.tick) + 4
    const covers = [
      ...quantityAxis.ticks
        .filter(t => Math.abs(t.position - tagX) < TAG.width / 2 + tickWidth(t.label) / 2)
        .map(t => ({ x: t.position - tickWidth(t.label) / 2, y: area.bottom + 5, width: tickWidth(t.label), height: 18 })),
      ...payAxis.ticks
        .filter(t => Math.abs(t.position - tagY) < TAG.height / 2 + 8)
        .map(t => ({ x: area.left - 8 - tickWidth(t.label), y: t.position - 8, width: tickWidth(t.label) + 2, height: 16 })),
    ]
    tags = {
      pay: { x: area.left - 6 - TAG.width, y: tagY, text: formatRelative(tagged.pay) },
      quantity: { x: tagX, y: area.bottom + 4, text: formatRelative(tagged.quantity) },
      covers,
    }
  }

  return { curves, ghosts, premium, earlier, oldPayLine, marketPoint, gap, oldEquilibrium, equilibrium, tags }
}

/** All labels of a layout, for collision checks. */
export function layoutLabels(layout: MarketLayout): PlacedText[] {
  return [
    layout.curves.demand.name,
    layout.curves.supply.name,
    layout.premium?.label,
    layout.earlier?.label,
    layout.gap?.label,
    layout.oldEquilibrium?.label,
    layout.equilibrium?.label,
  ].filter((t): t is PlacedText => !!t)
}
