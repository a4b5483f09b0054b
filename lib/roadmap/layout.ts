/**
 * How a timeline lays out its cards: the alternating axis (cards above and below a line, on a grid of
 * half-columns), the stage grid (two rows of cards), and the text budgets the layouts are designed for.
 * Pure TypeScript: no DOM, no Vue.
 */
import type { Milestone, ValidationResult } from './milestones'
import { whenLabel } from './dates'
import { DENSE_ABOVE, describeIssues } from './milestones'

/**
 * Rough width of a text in CJK character widths (Latin letters, digits and spaces count half): the budget the
 * layouts are designed for is titles ≤ 12 and details ≤ 60.
 */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += char.charCodeAt(0) < 0x2E80 ? 0.5 : 1
  return width
}

export type Layout = 'axis' | 'grid'

/** Whether a list is dense enough for the narrow cards (and `brief` texts). */
export function isDense(count: number): boolean {
  return count > DENSE_ABOVE
}

/** The text a card shows without interaction: brief when dense, else the detail and every fact. */
export function shownText(item: Milestone, dense: boolean): string {
  const detail = dense && item.brief ? item.brief : (item.detail ?? '')
  return [detail, ...(item.facts ?? []).map(fact => `${fact.label} ${fact.text}`)].join('')
}

/**
 * How wide (textWidth) a card's shown text may be so that every card fits at 14 px in the default 400 px
 * frame with all details open (the summary step and print). Measured in Chromium on the 980×552 canvas.
 */
export function textBudget(count: number, layout: Layout): number {
  if (layout === 'axis')
    return count <= 6 ? 60 : count <= DENSE_ABOVE ? 42 : 22
  return count <= DENSE_ABOVE ? 56 : 30
}

/** Soft check, not a validation error: the items whose text may not fit, as Chinese messages. */
export function overBudget(items: readonly Milestone[], layout: Layout): string[] {
  const dense = isDense(items.length)
  const budget = textBudget(items.length, layout)
  return items.flatMap((item, index) => {
    const width = textWidth(shownText(item, dense))
    return width > budget
      ? [`第 ${index + 1} 项「${item.title}」的说明约 ${Math.ceil(width)} 字宽，超过 ${budget}${dense ? '（可加 brief）' : ''}，可能放不下`]
      : []
  })
}

/** Half-columns of the alternating axis grid: two per milestone plus half a slot of margin at each end. */
export function axisColumnCount(count: number): number {
  return 2 * count + 2
}

/** Where milestone `index`'s dot sits on the axis line, as a share of its length. */
export function axisDotPosition(index: number, count: number): number {
  return (index + 1) / (count + 1)
}

/**
 * Alternating axis layout on a grid of 2N + 2 half-columns: card i sits above (even i) or below (odd i) the
 * line and spans the four half-columns centred on its dot, so every card is two slots wide, the first and last
 * included, and same-side neighbours touch but never overlap. Returns 1-based CSS grid lines.
 */
export function axisCardPlacement(index: number, count: number): {
  side: 'above' | 'below'
  columnStart: number
  columnEnd: number
} {
  const columnStart = Math.min(Math.max(2 * index + 1, 1), axisColumnCount(count) - 3)
  return { side: index % 2 === 0 ? 'above' : 'below', columnStart, columnEnd: columnStart + 4 }
}

/** The list's CSS grid columns: the axis's half-columns, or the stage grid's two rows of ⌈N / 2⌉ cards. */
export function listColumns(layout: Layout, count: number): string {
  const columns = layout === 'axis' ? axisColumnCount(count) : Math.ceil(count / 2)
  return `repeat(${columns}, minmax(0, 1fr))`
}

/** Where card `index` sits in the axis layout, as CSS: its side (a class) and its grid columns. */
export function axisCardStyle(index: number, count: number): { side: 'above' | 'below', gridColumn: string } {
  const placement = axisCardPlacement(index, count)
  return { side: placement.side, gridColumn: `${placement.columnStart} / ${placement.columnEnd}` }
}

/** The line above (axis) or beside (grid) a card's title: a stage's duration, else its label or date. */
export function cardWhen(items: readonly Milestone[], index: number, layout: Layout): string {
  const item = items[index]
  if (layout === 'grid' && item?.weeks !== undefined)
    return `${item.weeks} 周`
  return whenLabel(items, index)
}

/** One console warning for a list: its validation issues, or the texts that may not fit (only a hint). */
export function timelineWarning(result: ValidationResult, layout: Layout): string {
  if (!result.ok)
    return `items 数据有误：${describeIssues(result.issues)}`
  const tooLong = overBudget(result.items, layout)
  return tooLong.length > 0 ? `文字可能放不下：${tooLong.join('；')}` : ''
}
