// Texts of a chart, for the layout tests: every text inside the viewBox, none over another.
// Boxes are estimated as the layouts estimate them (lib/chart/text.ts: CJK 1 em, the rest 0.6 em).
import type { ChartPlot, ChartText } from '../../lib/chart/plot'
import { boxesOverlap } from '../../lib/chart/text'

/** What is wrong: a text outside the viewBox, or two texts (the frame's and the widget's) over each other. */
export function textProblems(plot: ChartPlot, texts: readonly ChartText[]): string[] {
  const all = [...plot.frame, ...texts].filter(t => t.text !== '')
  const problems: string[] = []
  for (const [i, a] of all.entries()) {
    const { x, y, width, height } = a.box
    if (x < 0 || y < 0 || x + width > plot.width || y + height > plot.height)
      problems.push(`“${a.text}” leaves the ${plot.width}×${plot.height} viewBox: ${JSON.stringify(a.box)}`)
    for (const b of all.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box))
        problems.push(`“${a.text}” overlaps “${b.text}”`)
    }
  }
  return problems
}
