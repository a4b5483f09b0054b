/**
 * The phone's reading view draws its text with two static faces of Noto Sans SC (regular 400, bold 700, from
 * @expo-google-fonts/noto-sans-sc: whole fonts, which can be cut in any order, unlike the variable font's
 * frequency slices). Each face is cut in reading order, in two files: the first screen's characters, then the rest
 * of the talk's. A phone opening /read fetches two small files (preloaded on narrow portrait screens, see the
 * deck-font plugin) instead of the ~17 slices a few paragraphs touch. Which characters each face draws, and which the first screen draws, comes from
 * the built reading view itself (scripts/reading-weights.ts writes build/reading-weights.json); CSS alone cannot
 * tell which text ends up bold. Pure logic: no file system, no DOM.
 */
import { PRINTABLE_ASCII } from './font-chars.ts'

/** What the reading view drew, as scripts/reading-weights.ts recorded it (build/reading-weights.json). */
export interface ReadingWeights {
  /** Characters drawn under weight 600 (the regular face) and at 600 or more (the bold face), whole talk. */
  regular: string
  bold: string
  /** The same, first screen only (opening /read at 390×844 and 360×740). */
  firstScreen: { regular: string, bold: string }
  /**
   * Every character the deck had when this was recorded (slides and notes): those of them the view did not draw
   * (a widget state, an error message) are expected; characters beyond them are new text to record.
   */
  deck: string
}

/** No recording: every character is fresh (in part 2 of both faces). */
export const NO_READING_WEIGHTS: ReadingWeights = { regular: '', bold: '', firstScreen: { regular: '', bold: '' }, deck: '' }

/** Where the recording lives, relative to the project root. */
export const READING_WEIGHTS_FILE = 'build/reading-weights.json'

export const READING_WEIGHTS = [400, 700] as const
export type ReadingWeight = typeof READING_WEIGHTS[number]

/** One file of the reading font: a face (weight), part 1 (first screen) or 2 (the rest). */
export interface ReadingCutPlan {
  weight: ReadingWeight
  part: 1 | 2
  codePoints: number[]
}

const codePointsOf = (text: string) => new Set(Array.from(text, char => char.codePointAt(0)!))

/**
 * The reading font's files for the deck's characters (`deck`: all it can show, slides and notes). Each face gets the
 * characters the reading view drew with it, the first screen's in part 1, the rest in part 2, which also holds all
 * printable ASCII (numbers and URLs are built at run time). Characters the view was not seen drawing (states of a widget
 * the recording did not reach, or text added since) go to part 2 of both faces, so nothing lacks a glyph; `fresh`
 * lists those the recording's deck did not have either, for the build to name. Characters the deck no longer has
 * are dropped.
 */
export function planReadingCuts(deck: readonly number[], weights: ReadingWeights): { plans: ReadingCutPlan[], fresh: number[] } {
  const drawn = { 400: codePointsOf(weights.regular), 700: codePointsOf(weights.bold) }
  const first = { 400: codePointsOf(weights.firstScreen.regular), 700: codePointsOf(weights.firstScreen.bold) }
  const ascii = new Set(PRINTABLE_ASCII)
  const unseen = new Set(deck.filter(c => !ascii.has(c) && !drawn[400].has(c) && !drawn[700].has(c)))
  const recorded = codePointsOf(weights.deck)
  const fresh = [...unseen].filter(c => !recorded.has(c))
  const plans: ReadingCutPlan[] = []
  for (const weight of READING_WEIGHTS) {
    const part1 = deck.filter(c => first[weight].has(c))
    const inPart1 = new Set(part1)
    const part2 = deck.filter(c => !inPart1.has(c) && (drawn[weight].has(c) || unseen.has(c) || ascii.has(c)))
    plans.push({ weight, part: 1, codePoints: part1 }, { weight, part: 2, codePoints: part2 })
  }
  return { plans: plans.filter(plan => plan.codePoints.length > 0), fresh }
}
