/**
 * The supply-and-demand chart's plot at a width (SVG units = CSS px) and where every mark and label goes on it for
 * one MarketView. Pure (no DOM). Labels beside points are placed by lib/chart/text.ts placeLabel: the preferred
 * side is away from the other equilibrium, and the spot that crosses the fewest lines and labels wins.
 */
import type { ChartPlot, ChartText } from '../chart/plot'
import type { Box, LabelCandidate, Obstacle, Segment } from '../chart/text'
import type { Shifts } from './data'
import type { MarketPoint, MarketView } from './model'
import { chartPlot, chartText, clamp, NARROW } from '../chart/plot'
import { aroundPoint, boxesOverlap, CHART_FONT, placeLabel } from '../chart/text'
import { DOMAIN } from './data'
import { describeGap, describePremium, formatRelative, quantityOnCurve, roundsToZero, signedPercent, visibleSegment } from './model'

export const GRIP_RADIUS = 10
export const DOT_RADIUS = { current: 6.5, other: 5 } as const
export const TAG = { width: 44, height: 20 } as const
/** Room for the value tags left of and under the plot; narrow, the y title sits above the plot. */
const MARGIN = { top: 14, right: 18, bottom: 48, left: 74 }
const NARROW_MARGIN = { top: 30, right: 14, bottom: 48, left: 56 }

interface Point {
  x: number
  y: number
}

export interface CurveLayout {
  path: string
  grip: Point
}

export interface MarketLayout {
  plot: ChartPlot
  /** Null when the curve misses the plot (dragged far off). */
  curves: Record<keyof Shifts, CurveLayout | null>
  /** Where a moved curve was. */
  ghosts: Array<{ side: keyof Shifts, path: string }>
  premium: Box | null
  earlier: { band: Box, dot: Point } | null
  oldPayLine: { y: number, x1: number, x2: number } | null
  /** Where the market sits: droplines run from here to both axes, and the value tags sit on them. */
  marketPoint: Point | null
  gap: { y: number, x1: number, x2: number } | null
  oldDot: Point | null
  dot: Point | null
  /** Each value tag's top left corner and text, and the tick labels it covers. */
  tags: { values: Array<Point & { axis: 'pay' | 'quantity', text: string }>, covers: Box[] } | null
  texts: ChartText[]
}

const dotBox = (p: Point, r: number): Box => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r })
const pathOf = (a: Point, b: Point) => `M${a.x.toFixed(2)} ${a.y.toFixed(2)} L${b.x.toFixed(2)} ${b.y.toFixed(2)}`

export function marketLayout(view: MarketView, width: number): MarketLayout {
  const plot = chartPlot({
    width,
    height: 320,
    margin: width < NARROW ? NARROW_MARGIN : MARGIN,
    x: { domain: DOMAIN, label: '工程师数量（相对值，基准 = 100）' },
    y: { domain: DOMAIN, label: '年薪（相对值，基准 = 100）' },
  })
  const { x: qAxis, y: payAxis, area, compact } = plot
  const { market } = view
  const px = (q: number) => clamp(qAxis.toSvg(q), area.left, area.right)
  const py = (p: number) => clamp(payAxis.toSvg(p), area.top, area.bottom)
  const svg = (m: MarketPoint): Point => ({ x: px(m.quantity), y: py(m.pay) })
  const bounds: Box = { x: area.left, y: area.top, width: area.width, height: area.height }
  const obstacles: Obstacle[] = []
  const line = (segment: Segment, weight: number) => obstacles.push({ segment, weight })
  const block = (box: Box) => obstacles.push({ box, weight: 20 })
  const texts: ChartText[] = []
  const place = (at: Point, text: string, font: 'mark' | 'big', candidates: LabelCandidate[], extra: Partial<ChartText>) => {
    const spot = placeLabel(at, text, CHART_FONT[font], candidates, obstacles, bounds)
    const placed = chartText(text, spot.x, spot.y, spot.anchor, font, { halo: true, ...extra })
    block(placed.box)
    texts.push(placed)
  }
  const segmentOf = (side: keyof Shifts, shift: number) => {
    const s = visibleSegment(market[side], shift)
    return s && ([svg(s[0]), svg(s[1])] as const)
  }

  // The draggable curves, their grips (12 % along from the upper end) and names: demand falls to the right, so its
  // name goes right of its grip, above the line; supply rises, so its name goes left, above the line, or right
  // where the left would meet the demand's name (grips close together on a narrow plot).
  const curves = {} as MarketLayout['curves']
  for (const side of ['demand', 'supply'] as const) {
    const seg = segmentOf(side, view.shifts[side])
    if (!seg) {
      curves[side] = null
      continue
    }
    const grip = { x: seg[0].x + (seg[1].x - seg[0].x) * 0.12, y: seg[0].y + (seg[1].y - seg[0].y) * 0.12 }
    line({ x1: seg[0].x, y1: seg[0].y, x2: seg[1].x, y2: seg[1].y }, 10)
    block(dotBox(grip, GRIP_RADIUS + 2))
    const name = side === 'demand' ? '需求' : '供给'
    const ink = side === 'demand' ? 'accent' as const : undefined
    const left = chartText(name, grip.x - 15, grip.y + 1, 'end', 'big', { ink, halo: true, testid: `labor-${side}-name` })
    const right = chartText(name, grip.x + 15, grip.y + 1, 'start', 'big', { ink, halo: true, testid: `labor-${side}-name` })
    const named = side === 'demand' || texts.some(t => boxesOverlap(t.box, left.box)) ? right : left
    block(named.box)
    texts.push(named)
    curves[side] = { path: pathOf(seg[0], seg[1]), grip }
  }

  // A curve that moved leaves a ghost where it was.
  const ghosts: MarketLayout['ghosts'] = []
  for (const side of ['demand', 'supply'] as const) {
    const seg = view.shifts[side] !== 0 && segmentOf(side, 0)
    if (seg) {
      line({ x1: seg[0].x, y1: seg[0].y, x2: seg[1].x, y2: seg[1].y }, 5)
      ghosts.push({ side, path: pathOf(seg[0], seg[1]) })
    }
  }

  const base = svg(view.baseline)
  const current = view.current.ok && !view.atOldPay ? view.current : null
  const marketPoint = view.atOldPay ? base : current && svg(current)
  if (marketPoint) {
    line({ x1: marketPoint.x, y1: marketPoint.y, x2: marketPoint.x, y2: area.bottom }, 3)
    line({ x1: area.left, y1: marketPoint.y, x2: marketPoint.x, y2: marketPoint.y }, 3)
  }

  // The bands from the old pay to the new one: the premium shaded, the earlier premium dashed.
  const bandTo = (m: MarketPoint): Box => {
    const y = py(m.pay)
    return { x: area.left, y: Math.min(y, base.y), width: px(m.quantity) - area.left, height: Math.abs(y - base.y) }
  }
  const premium = current && !roundsToZero(view.premium) ? bandTo(current) : null
  if (premium) {
    // In the band when it is tall enough, else beside it: the first of those spots clear of the curves.
    const outer = [premium.y - 7, premium.y - 24]
    const inner = [premium.y + premium.height + 17, premium.y + premium.height + 34]
    const spots = [...(premium.height >= 18 ? [premium.y + premium.height / 2 + 5] : []), ...(view.premium > 0 ? [...outer, ...inner] : [...inner, ...outer])]
    place({ x: premium.x + 8, y: 0 }, describePremium(view.premium), 'big', spots.map(dy => ({ dx: 0, dy, anchor: 'start' })), { ink: 'accent', testid: 'labor-premium-label' })
  }

  let earlier: MarketLayout['earlier'] = null
  if (view.earlier && !view.atOldPay) {
    const band = bandTo(view.earlier.point)
    const r = band.x + band.width
    const d = band.y + band.height
    for (const edge of [[band.x, band.y, r, band.y], [r, band.y, r, d], [band.x, d, r, d], [band.x, band.y, band.x, d]])
      line({ x1: edge[0]!, y1: edge[1]!, x2: edge[2]!, y2: edge[3]! }, 3)
    earlier = { band, dot: svg(view.earlier.point) }
    block(dotBox(earlier.dot, DOT_RADIUS.other + 1))
    // Right-aligned in the top of the dashed band, left of the earlier supply line that leaves its top right corner.
    const y = band.y + 18
    const supplyX = qAxis.toSvg(quantityOnCurve(market.supply, view.earlier.shifts.supply, payAxis.fromSvg(y + 2)))
    const label = chartText(`早期溢价 ${signedPercent(view.earlier.premium)}`, Math.min(r, supplyX) - 8, y, 'end', 'mark', { ink: 'accent', halo: true, testid: 'labor-earlier-label' })
    block(label.box)
    texts.push(label)
  }

  // Right after a shock (and on the printed step): the old-pay line and the gap between the curves at that pay.
  let oldPayLine: MarketLayout['oldPayLine'] = null
  let gap: MarketLayout['gap'] = null
  if (view.atOldPay || view.keepsGap) {
    const demanded = px(view.demandedAtOldPay)
    const supplied = px(view.suppliedAtOldPay)
    oldPayLine = { y: base.y, x1: area.left, x2: Math.max(demanded, supplied) }
    line({ x1: area.left, y1: base.y, x2: oldPayLine.x2, y2: base.y }, 3)
    if (!roundsToZero(view.gapAtOldPay)) {
      gap = { y: base.y, x1: Math.min(demanded, supplied), x2: Math.max(demanded, supplied) }
      obstacles.push({ box: { x: gap.x1 - 2, y: gap.y - 8, width: gap.x2 - gap.x1 + 4, height: 16 }, weight: 10 })
    }
  }

  const oldDot = view.shifted ? base : null
  if (oldDot)
    block(dotBox(oldDot, DOT_RADIUS.other + 1))
  const dot = current && svg(current)
  if (dot)
    block(dotBox(dot, DOT_RADIUS.current + 1))

  // The equilibria's labels, each on the side away from the other point; narrow, a ring farther out too.
  const movedRight = view.atOldPay ? view.gapAtOldPay >= 0 : !view.current.ok || view.current.quantity >= view.baseline.quantity
  const around = (preferRight: boolean) => (compact ? [11, 24, 38] : [11, 24]).flatMap((distance) => {
    const ring = aroundPoint(distance, CHART_FONT.mark)
    return preferRight ? ring : [ring[1]!, ring[0]!, ...ring.slice(2)]
  })
  if (dot)
    place(dot, view.shifted ? '新均衡' : '均衡', 'mark', around(movedRight), { ink: 'accent', testid: 'labor-equilibrium-label' })
  if (oldDot)
    place(oldDot, '原均衡', 'mark', around(!movedRight), { ink: 'muted', testid: 'labor-old-equilibrium-label' })

  // The gap's label beyond the demand end of the bar, on the side of the demand line away from the bar (a shortage
  // ends where demand falls away to the right: above it; a surplus where it rises to the left: below it).
  if (gap) {
    const shortage = view.gapAtOldPay > 0
    const mid = (gap.x1 + gap.x2) / 2
    const beyond: LabelCandidate = shortage ? { dx: gap.x2 - mid + 12, dy: 5, anchor: 'start' } : { dx: gap.x1 - mid - 12, dy: 5, anchor: 'end' }
    place({ x: mid, y: gap.y }, describeGap(view.gapAtOldPay), 'big', [
      beyond,
      { ...beyond, dy: shortage ? -7 : 17 },
      { dx: 0, dy: -12, anchor: 'middle' },
      { dx: 0, dy: 24, anchor: 'middle' },
      { ...beyond, dy: shortage ? -20 : 30 },
    ], { ink: 'danger', testid: 'labor-gap-label' })
  }

  // Value tags on the axes, covering the tick labels they would half hide.
  const tagged = view.atOldPay ? view.baseline : current
  let tags: MarketLayout['tags'] = null
  if (tagged) {
    const at = svg(tagged)
    const covers = plot.frame.filter(t => t.font === 'tick' && (
      (t.anchor === 'middle' && Math.abs(t.x - at.x) < TAG.width / 2 + t.box.width / 2 + 2)
      || (t.anchor === 'end' && Math.abs(t.box.y + t.box.height / 2 - at.y) < TAG.height / 2 + 8)
    )).map(t => ({ x: t.box.x - 2, y: t.box.y - 2, width: t.box.width + 4, height: t.box.height + 4 }))
    tags = {
      values: [
        { axis: 'pay', x: area.left - 6 - TAG.width, y: at.y - TAG.height / 2, text: formatRelative(tagged.pay) },
        { axis: 'quantity', x: at.x - TAG.width / 2, y: area.bottom + 4, text: formatRelative(tagged.quantity) },
      ],
      covers,
    }
  }

  return { plot, curves, ghosts, premium, earlier, oldPayLine, marketPoint, gap, oldDot, dot, tags, texts }
}
