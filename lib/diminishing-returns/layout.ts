/**
 * Where every mark of the diminishing-returns chart goes at a width (SVG units = CSS px) and a step (./model.ts):
 * the zones, the threshold dots, the crossing and both curves, and every label, each placed clear of the curves and
 * of the labels placed before it (a threshold's label that finds no clear spot is left out: its dot and zone stay).
 * Pure (no DOM). Narrow (a phone): a taller plot, the readout over two lines above it, the curves named in their
 * panels' titles, the zone notes wrapped to their zones.
 */
import type { ChartPlot, ChartText } from '../chart/plot'
import type { Box, LabelCandidate, Obstacle } from '../chart/text'
import { chartPlot, chartText, curvePoints, NARROW, niceUpperBound, polylinePath } from '../chart/plot'
import { CHART_FONT, placeLabel, segmentsOf, textWidth, wrapParts } from '../chart/text'
import { DEEP_WATER_LEVELS, DIVIDEND_MARGINAL, EFFORT_MAX, effortWhereMarginalIs, formatEffort, gain, MARGINAL_COST, marginalGain } from './model'

const SIZES = {
  // On a slide the chart must fit the canvas: with the lower panel the upper plot gives up most of the panel's height.
  wide: { margin: { top: 36, right: 28, bottom: 48, left: 60 }, plot: 306, plotAboveLower: 150, lower: { height: 100, gap: 26 }, marginalMax: 2 },
  // Narrow: the marginal axis has half as much headroom again, so the curve comes in lower and leaves the panel's
  // top to the boss's label.
  narrow: { margin: { top: 62, right: 14, bottom: 46, left: 30 }, plot: 230, plotAboveLower: 230, lower: { height: 170, gap: 34 }, marginalMax: 3 },
}

export interface DiminishingReturnsLayout {
  plot: ChartPlot
  gainPath: string
  /** From step 1. */
  dividend: Box | null
  /** From step 2: the zones past each threshold (the second stacks on the first and looks deeper), the dots. */
  deepZones: Box[]
  thresholds: Array<{ level: number, cx: number, cy: number }>
  /** From step 3: where the marginal gain meets the cost, through both panels. */
  crossing: { x: number, upperY: number, lowerTop: number, lowerY: number, loss: Box } | null
  marginal: { path: string, costY: number, max: number } | null
  texts: ChartText[]
  /** The live readout's first baseline, and (narrow) where its second line starts. */
  readout: { x: number, y: number, secondLine: { x: number, y: number } | null }
}

export function diminishingReturnsLayout(width: number, step: number): DiminishingReturnsLayout {
  const narrow = width < NARROW
  const size = narrow ? SIZES.narrow : SIZES.wide
  const lowerHeight = step >= 3 ? size.lower.height + size.lower.gap : 0
  const plot = chartPlot({
    width,
    height: size.margin.top + (step >= 3 ? size.plotAboveLower : size.plot) + lowerHeight + size.margin.bottom,
    margin: size.margin,
    x: { domain: [0, EFFORT_MAX], label: '投入（人年，人力 × 时间）', ticks: 6 },
    y: { domain: [0, niceUpperBound(gain(EFFORT_MAX) * 1.06)], label: narrow ? '业务指标累计提升 a·ln(1 + 投入/b)（%）' : '业务指标累计提升（%）', ticks: 4 },
    lower: step >= 3
      ? { y: { domain: [0, size.marginalMax], label: narrow ? '边际提升 a/(b + 投入)（%/人年）' : '边际提升（%/人年）', ticks: 3 }, ...size.lower }
      : null,
  })
  const { x, y, area, lower } = plot
  const gainCurve = curvePoints(gain, 0, EFFORT_MAX, x, y)
  const texts: ChartText[] = []
  const obstacles: Obstacle[] = segmentsOf(gainCurve).map(segment => ({ segment, weight: 5 }))
  const add = (...placed: ChartText[]) => {
    texts.push(...placed)
    obstacles.push(...placed.map(t => ({ box: t.box, weight: 20 })))
  }
  const lines = (parts: string[], left: number, top: number, lineHeight: number, font: ChartText['font'], extra: Partial<ChartText> = {}) =>
    parts.map((text, i) => chartText(text, left, top + i * lineHeight, extra.anchor ?? 'start', font, extra))

  if (!narrow)
    add(chartText(step >= 3 ? '累计提升' : '累计提升 a·ln(1 + 投入/b)', area.right, y.toSvg(gain(EFFORT_MAX)) - 10, 'end', 'label', { ink: 'rec' }))

  // Step 1: the dividend zone, named at its top left; its notes wrap before the deep water (from step 2).
  const deepStart = effortWhereMarginalIs(DEEP_WATER_LEVELS[0])
  const dividendEnd = x.toSvg(effortWhereMarginalIs(DIVIDEND_MARGINAL))
  const dividend = step >= 1 ? { x: area.left, y: area.top, width: dividendEnd - area.left, height: area.height } : null
  if (dividend) {
    const left = area.left + (narrow ? 4 : 8)
    add(chartText('红利期', left, area.top + 18, 'start', 'zone', { ink: 'rec' }))
    const room = (step >= 2 ? x.toSvg(deepStart) : area.right) - left - 4
    const notes = [['早期：投入少、', '提升快'], [`每人年 ≥ ${DIVIDEND_MARGINAL}%`]].flatMap(parts => wrapParts(parts, room, CHART_FONT.note))
    if (step <= 2)
      add(...lines(notes, left, area.top + 34, 15, 'note', { ink: 'rec' }))
  }

  // Step 2: the deep water past each threshold, named at the bottom of its zone (its notes up to step 2).
  const deepZones: Box[] = []
  const thresholds: DiminishingReturnsLayout['thresholds'] = []
  if (step >= 2) {
    for (const level of DEEP_WATER_LEVELS) {
      const effort = effortWhereMarginalIs(level)
      deepZones.push({ x: x.toSvg(effort), y: area.top, width: area.right - x.toSvg(effort), height: area.height })
      thresholds.push({ level, cx: x.toSvg(effort), cy: y.toSvg(gain(effort)) })
    }
    const start = x.toSvg(deepStart) + 8
    const notes = step <= 2 ? wrapParts(['示意阈值：', '每多投入 1 人年', '边际提升不到 1%，', '再往后不到 0.5%'], area.right - start - 6, CHART_FONT.note) : []
    // The notes end 9 above the axis, 15 apart; the title 16 above them.
    const firstNote = area.bottom - 9 - 15 * (notes.length - 1)
    add(chartText('深水区', start, notes.length ? firstNote - 16 : area.bottom - 10, 'start', 'zone', { ink: 'muted', testid: 'dr-deep-water-label' }))
    add(...lines(notes, start, firstNote, 15, 'note'))
  }

  // Step 3: the marginal gain against the flat cost in the lower panel, and where they cross.
  let crossing: DiminishingReturnsLayout['crossing'] = null
  let marginal: DiminishingReturnsLayout['marginal'] = null
  if (lower) {
    const ly = lower.y
    const cross = effortWhereMarginalIs(MARGINAL_COST)
    const cx = x.toSvg(cross)
    // The crossing's line reaches up towards the upper panel; narrow, the panel's title runs across the gap instead.
    const lowerTop = lower.area.top - (narrow ? 0 : 30)
    crossing = { x: cx, upperY: y.toSvg(gain(cross)), lowerTop, lowerY: ly.toSvg(MARGINAL_COST), loss: { x: cx, y: lower.area.top, width: lower.area.right - cx, height: lower.area.height } }
    // The curve starts where it comes down through the panel's top.
    const curve = curvePoints(marginalGain, effortWhereMarginalIs(size.marginalMax), EFFORT_MAX, x, ly)
    marginal = { path: polylinePath(curve), costY: ly.toSvg(MARGINAL_COST), max: size.marginalMax }
    obstacles.push(...segmentsOf(curve).map(segment => ({ segment, weight: 5 })), { segment: { x1: cx, y1: lowerTop, x2: cx, y2: lower.area.bottom }, weight: 20 })
    const panel: Box = { x: lower.area.left, y: lower.area.top, width: lower.area.width, height: lower.area.height }

    // The boss's verdict beside the crossing line, right where it has the room, its note wrapped to its width.
    const label = '老板视角：再招人不划算'
    const boss = [label, ...wrapParts([`投入超过 ${formatEffort(cross)} 人年：`, '边际提升 < 成本'], textWidth(label, CHART_FONT.strong), CHART_FONT.note)]
    const spot = placeLabel({ x: cx, y: lower.area.top + 16 }, boss, CHART_FONT.strong, [{ dx: 8, dy: 0, anchor: 'start' }, { dx: -8, dy: 0, anchor: 'end' }], obstacles, panel, 16)
    add(
      chartText(label, spot.x, spot.y, spot.anchor, 'strong', { ink: 'danger', halo: true, testid: 'dr-crossing-label' }),
      ...lines(boss.slice(1), spot.x, spot.y + 16, 16, 'note', { anchor: spot.anchor, halo: true }),
    )
    if (!narrow) {
      // Named where it has come down to 70 % of the panel.
      const at = effortWhereMarginalIs(size.marginalMax * 0.7)
      add(chartText('边际提升 a/(b + 投入)', x.toSvg(at) + 10, ly.toSvg(marginalGain(at)) + 4, 'start', 'label', { ink: 'rec', halo: true }))
    }
    // The cost's label above its line and its note below, else both below or both above; at the left, else the right.
    const cost = [`边际成本 ${MARGINAL_COST}%/人年`, '= 多招 1 人年的代价']
    const sides = [{ dx: 6, anchor: 'start' as const }, { dx: lower.area.width - 6, anchor: 'end' as const }]
    const at = { x: lower.area.left, y: marginal.costY }
    const straddle = placeLabel(at, cost, CHART_FONT.note, sides.map(s => ({ ...s, dy: -6 })), obstacles, panel, 21)
    const stacked = straddle.cost ? placeLabel(at, cost, CHART_FONT.note, [15, -21].flatMap(dy => sides.map(s => ({ ...s, dy }))), obstacles, panel, 15) : null
    const place = stacked ?? straddle
    add(
      chartText(cost[0]!, place.x, place.y, place.anchor, 'label', { ink: 'muted', halo: true, testid: 'dr-cost-label' }),
      chartText(cost[1]!, place.x, place.y + (stacked ? 15 : 21), place.anchor, 'note', { halo: true }),
    )
  }

  // The thresholds' labels: below right of the dot, else above left (near the right edge), else lower down.
  const plotBox: Box = { x: area.left, y: area.top, width: area.width, height: area.height }
  obstacles.push(...thresholds.map(t => ({ box: { x: t.cx - 5, y: t.cy - 5, width: 10, height: 10 }, weight: 20 })))
  const candidates: LabelCandidate[] = [
    { dx: 6, dy: 18, anchor: 'start' },
    { dx: -6, dy: -23, anchor: 'end' },
    { dx: 6, dy: 33, anchor: 'start' },
    { dx: 6, dy: 48, anchor: 'start' },
    { dx: -6, dy: 18, anchor: 'end' },
  ]
  for (const t of [...thresholds].reverse()) {
    const block = [`边际 < ${t.level}%/人年`, `${formatEffort(effortWhereMarginalIs(t.level))} 人年起`]
    const spot = placeLabel({ x: t.cx, y: t.cy }, block, CHART_FONT.label, candidates, obstacles, plotBox, 15)
    if (spot.cost === 0) {
      add(
        chartText(block[0]!, spot.x, spot.y, spot.anchor, 'label', { ink: 'rec', testid: 'dr-threshold-label' }),
        chartText(block[1]!, spot.x, spot.y + 15, spot.anchor, 'note'),
      )
    }
  }

  return {
    plot,
    gainPath: polylinePath(gainCurve),
    dividend,
    deepZones,
    thresholds,
    crossing,
    marginal,
    texts,
    readout: narrow ? { x: 0, y: 14, secondLine: { x: 0, y: 31 } } : { x: area.left, y: area.top - 14, secondLine: null },
  }
}

/** The live point on the gain curve and, in the lower panel, on the marginal curve (kept on the panel's top). */
export function effortPoint(layout: DiminishingReturnsLayout, effort: number) {
  const { x, y, lower } = layout.plot
  return {
    cx: x.toSvg(effort),
    cy: y.toSvg(gain(effort)),
    lowerY: lower && layout.marginal ? lower.y.toSvg(Math.min(marginalGain(effort), layout.marginal.max)) : null,
  }
}
