/**
 * The model of a timeline (industry eras) or a stage roadmap (learning plan): what a milestone is, and what each
 * click step shows. A list of N milestones has the steps 0 … N (its slide states `clicks: N`):
 *   step 0 … N-1  the walk: milestone `step` is current (highlighted, detail open), earlier ones are past
 *                 (detail stays open), later ones upcoming (title only, muted);
 *   step N        the summary: every milestone with its detail, nothing highlighted.
 * Pure TypeScript: no DOM, no Vue.
 */

/** Where a milestone stands in reality: done (past), now (当时的我: the author in 2023), next (future). */
export type MilestoneState = 'done' | 'now' | 'next'
/** Which world a milestone belongs to; picks the accent colour (recommenders vs LLMs). */
export type World = 'rec' | 'llm'

export interface Milestone {
  /** ≤ about 12 characters; unique in its list (it keys the cards). */
  title: string
  /** One or two short sentences (≤ about 60 characters), or `facts`: labelled lines ('学', '做', '迁移'). */
  detail?: string
  /** A fact's world colours its label (skills that carry over from recommenders). */
  facts?: readonly { label: string, text: string, world?: World }[]
  state: MilestoneState
  world?: World
  /** A timeline's date as shown ('2016-03-09–15', '近几年', '2023 · 30 岁'); a roadmap's stage gives `weeks`. */
  when?: string
  weeks?: number
  /** A small tag such as 我的观察 (the author's own claim, not a statistic). */
  note?: string
  source?: string
}

export type Phase = 'past' | 'current' | 'upcoming' | 'summary'

/** Milestone `index`'s phase at a step (already clamped to 0 … N). */
export function phaseAt(index: number, step: number, count: number): Phase {
  if (step >= count)
    return 'summary'
  return index < step ? 'past' : index === step ? 'current' : 'upcoming'
}

/** A stage roadmap (weeks) is drawn as a grid of stages; a timeline (dates) as cards along a line. */
export function isStageRoadmap(items: readonly Milestone[]): boolean {
  return items.some(item => item.weeks !== undefined)
}

export function totalWeeks(items: readonly Milestone[]): number {
  return items.reduce((sum, item) => sum + (item.weeks ?? 0), 0)
}

/** The plan's total as said aloud: '合计 24 周（约 6 个月）'. */
export function totalText(items: readonly Milestone[]): string {
  const weeks = totalWeeks(items)
  return `合计 ${weeks} 周（约 ${Math.round((weeks * 7) / 30.44)} 个月）`
}

/** Beside the stage bar: weeks up to the end of the current stage, then the total ('累计 5 周 / 合计 …'). */
export function progressText(items: readonly Milestone[], step: number): string {
  if (step >= items.length)
    return totalText(items)
  return `累计 ${totalWeeks(items.slice(0, step + 1))} 周 / ${totalText(items)}`
}

/** The live line for screen readers: '第 2 / 6 项：4G 牌照发放', or '全部 6 项已展开' at the summary. */
export function statusText(items: readonly Milestone[], step: number): string {
  const item = items[step]
  return item ? `第 ${step + 1} / ${items.length} 项：${item.title}` : `全部 ${items.length} 项已展开`
}

/** The small print under a timeline: every distinct source once, then the footnote. */
export function footLine(items: readonly Milestone[], footnote = ''): string {
  const sources = new Set(items.flatMap(item => (item.source ?? '').split('；')).map(s => s.trim()).filter(Boolean))
  return [sources.size ? `来源：${[...sources].join('；')}` : '', footnote].filter(Boolean).join(' · ')
}

/** Roving focus: the milestone a key moves to from `index`, or null for keys the timeline leaves alone. */
export function nextFocusIndex(key: string, index: number, count: number): number | null {
  const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 }[key]
  return target === undefined ? null : Math.min(Math.max(target, 0), count - 1)
}
