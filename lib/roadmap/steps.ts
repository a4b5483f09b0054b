import type { Layout } from './layout'
/**
 * A timeline's click steps and what every milestone shows at each of them. A list of N milestones has the steps
 * 0 … N (the timeline registers N clicks with its slide):
 *   step 0 … N-1  the walk: milestone `step` is the current one (highlighted, detail open),
 *                 earlier ones are past (detail stays open), later ones upcoming (title only, muted);
 *   step N        the summary: every milestone with its detail, no highlight, the line full.
 * Pure TypeScript: no DOM, no Vue.
 */
import type { Milestone, MilestoneState, World } from './milestones'
import { clampStep } from '../chart/steps'
import { totalWeeks, weekSpans, weeksToMonths } from './dates'
import { axisCardStyle, axisDotPosition, cardWhen, isDense } from './layout'

/** The last step of a timeline: the summary, one step after the last milestone. */
export function roadmapLastStep(items: readonly unknown[]): number {
  return items.length
}

/** The milestone highlighted at this step, or null at the summary step. */
export function focusIndexAt(count: number, step: number): number | null {
  const clamped = clampStep(step, count)
  return clamped < count ? clamped : null
}

export type Phase = 'past' | 'current' | 'upcoming' | 'summary'

export interface MilestoneView {
  index: number
  phase: Phase
  /** The data state (done / now / next); the step never changes it. */
  state: MilestoneState
  /** Whether the detail is shown without interaction (past, current, summary). */
  expanded: boolean
  /** Carries the "你在这里" marker. */
  isHere: boolean
}

/** The step → view mapping: narration phase, detail visibility and marker for every milestone. */
export function viewAt(items: readonly Milestone[], step: number): MilestoneView[] {
  const focus = focusIndexAt(items.length, step)
  return items.map((item, index) => {
    const phase: Phase
      = focus === null ? 'summary' : index < focus ? 'past' : index === focus ? 'current' : 'upcoming'
    return { index, phase, state: item.state, expanded: phase !== 'upcoming', isHere: item.state === 'now' }
  })
}

/** One card of a timeline at one step: what it shows and where it goes; the viewer's focus and open card aside. */
export interface MilestoneCardView {
  item: Milestone
  view: MilestoneView
  /** Date, label or duration shown above (axis) or beside (grid) the title. */
  when: string
  /** The stage number in a badge (grid), or null. */
  number: number | null
  /** A narrow card (many milestones): smaller title, `brief` instead of `detail` until opened. */
  compact: boolean
  /** Axis layout: the card's side of the line (a class) and its grid columns; null on the grid. */
  axis: { side: 'above' | 'below', gridColumn: string } | null
}

/** Every card of a timeline at this step, in order. */
export function cardsAt(items: readonly Milestone[], step: number, layout: Layout): MilestoneCardView[] {
  const compact = isDense(items.length)
  return viewAt(items, step).map((view, index) => ({
    item: items[index]!,
    view,
    when: cardWhen(items, index, layout),
    number: layout === 'grid' ? index + 1 : null,
    compact,
    axis: layout === 'axis' ? axisCardStyle(index, items.length) : null,
  }))
}

/**
 * The share of the line to fill, 0 … 1. Dated timelines fill to the current milestone's dot (axisDotPosition);
 * stage roadmaps fill by elapsed weeks to the end of the current stage. Full at the summary.
 */
export function progressAt(items: readonly Milestone[], step: number): number {
  const focus = focusIndexAt(items.length, step)
  if (focus === null)
    return 1
  const total = totalWeeks(items)
  if (total > 0) {
    const span = weekSpans(items)[focus]
    return span ? span.endWeek / total : 0
  }
  return axisDotPosition(focus, items.length)
}

/** Where the line's segment for each milestone starts and ends, as shares of the line (stage roadmaps). */
export function segmentsOf(items: readonly Milestone[]): { from: number, to: number }[] {
  const total = totalWeeks(items)
  if (total <= 0) {
    // Each dated milestone owns the stretch of line halfway to its neighbours' dots.
    const half = 0.5 / (items.length + 1)
    return items.map((_, index) => {
      const dot = axisDotPosition(index, items.length)
      return { from: index === 0 ? 0 : dot - half, to: index === items.length - 1 ? 1 : dot + half }
    })
  }
  return weekSpans(items).map(span => ({ from: (span.startWeek - 1) / total, to: span.endWeek / total }))
}

/** One drawn segment of the progress track. */
export interface TrackSegment {
  /** Start and end as shares of the track's length. */
  from: number
  to: number
  /** How much of it is filled, 0 … 1. */
  fill: number
  world?: World
  state: MilestoneState
  label?: string
}

/** How much of each milestone's segment the progress fill covers at this step, 0 … 1 per segment. */
export function segmentFills(items: readonly Milestone[], step: number): number[] {
  const progress = progressAt(items, step)
  return segmentsOf(items).map(({ from, to }) =>
    to <= from ? 0 : Math.min(Math.max((progress - from) / (to - from), 0), 1),
  )
}

/** Roving focus: the milestone a key moves to from `index`, or null for keys the timeline does not use. */
export function nextFocusIndex(key: string, index: number, count: number): number | null {
  if (count <= 0)
    return null
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, count - 1)
    case 'ArrowLeft':
      return Math.max(index - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** The progress track's segments at this step: where each milestone's stretch lies, how full, and its colours. */
export function trackSegments(items: readonly Milestone[], step: number, layout: Layout): TrackSegment[] {
  const fills = segmentFills(items, step)
  return segmentsOf(items).map((segment, index) => ({
    ...segment,
    fill: fills[index] ?? 0,
    world: items[index]?.world,
    state: items[index]?.state ?? 'next',
    label: layout === 'grid' ? String(index + 1) : undefined,
  }))
}

/** What the timeline says at a step (focus: the highlighted milestone, null at the summary). */
export interface TimelineWords {
  /** A stage roadmap's total, e.g. "累计 9 周 / 合计 24 周（约 6 个月）". */
  total: string
  /** The progress bar's value text. */
  progress: string
  /** The live status line for screen readers. */
  status: string
}

export function timelineWords(items: readonly Milestone[], focus: number | null): TimelineWords {
  const count = items.length
  const total = totalWeeks(items)
  const weeksDone = focus === null ? total : (weekSpans(items)[focus]?.endWeek ?? 0)
  const overall = `合计 ${total} 周（约 ${weeksToMonths(total)} 个月）`
  let progress: string
  if (total > 0)
    progress = `累计 ${weeksDone} / ${total} 周`
  else
    progress = focus === null ? `全部 ${count} 项` : `第 ${focus + 1} / ${count} 项`
  let status = ''
  if (count > 0)
    status = focus === null ? `全部 ${count} 项已展开` : `第 ${focus + 1} / ${count} 项：${items[focus]?.title ?? ''}`
  return { total: focus === null ? overall : `累计 ${weeksDone} 周 / ${overall}`, progress, status }
}
