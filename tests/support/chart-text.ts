// Text boxes of a chart, for the layout tests: every label inside the viewBox, none over another, none over a mark.
// Boxes are estimated as the layouts estimate them (lib/chart/label-placement.ts: CJK 1 em, the rest 0.6 em).
import type { Box, Segment, TextAnchor } from '../../lib/chart/label-placement'
import type { ChartPlot } from '../../lib/chart/plot'
import { frameLayout, frameTexts } from '../../lib/chart/frame-layout'
import { boxesOverlap, labelBox, segmentHitsBox, textWidth } from '../../lib/chart/label-placement'

export interface TextBox {
  name: string
  box: Box
}

/** The box of a text placed at (x, baseline y) with its anchor, at `size` units. */
export function textBox(name: string, text: { text: string, x: number, y: number, anchor?: TextAnchor }, size: number): TextBox {
  return { name: `${name} “${text.text}”`, box: labelBox(text.x, text.y, textWidth(text.text, size), size, text.anchor ?? 'start') }
}

/** ChartFrame's texts: tick labels and axis titles (lib/chart/frame-layout.ts). */
export function frameBoxes(plot: ChartPlot): TextBox[] {
  return frameTexts(frameLayout(plot)).map(t => ({ name: `frame “${t.text}”`, box: t.box }))
}

/** What is wrong: a text outside the viewBox, two texts over each other, a text over a mark or crossed by a line. */
export function textProblems(plot: ChartPlot, texts: readonly TextBox[], marks: { boxes?: readonly TextBox[], lines?: ReadonlyArray<{ name: string, segment: Segment }> } = {}): string[] {
  const problems: string[] = []
  for (const { name, box } of texts) {
    if (box.x < 0 || box.y < 0 || box.x + box.width > plot.width || box.y + box.height > plot.height)
      problems.push(`${name} leaves the ${plot.width}×${plot.height} viewBox: ${JSON.stringify(box)}`)
  }
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box))
        problems.push(`${a.name} overlaps ${b.name}`)
    }
    for (const mark of marks.boxes ?? []) {
      if (boxesOverlap(a.box, mark.box))
        problems.push(`${a.name} overlaps ${mark.name}`)
    }
    for (const line of marks.lines ?? []) {
      if (segmentHitsBox(line.segment, a.box))
        problems.push(`${line.name} crosses ${a.name}`)
    }
  }
  return problems
}

/** The segments of an SVG path made of M and L commands. */
export function pathSegments(name: string, path: string): Array<{ name: string, segment: Segment }> {
  const points = Array.from(path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g), m => ({ x: Number(m[1]), y: Number(m[2]) }))
  return points.slice(1).map((p, i) => ({ name, segment: { x1: points[i]!.x, y1: points[i]!.y, x2: p.x, y2: p.y } }))
}
