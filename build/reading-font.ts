/**
 * The phone's reading view draws its text with two static faces of Noto Sans SC (regular 400, bold 700, from
 * @expo-google-fonts/noto-sans-sc: whole fonts, which can be cut in any order, unlike the variable font's
 * frequency slices). Each face is cut in reading order, in two files: the first screen's characters, then the rest
 * of the talk's. A phone opening /read fetches two small files (preloaded on narrow portrait screens, see the
 * deck-font plugin) instead of the ~17 slices a few paragraphs touch. Which characters each face draws, and which
 * the first screen draws, comes from the built reading view itself, read through by scripts/record-reading-font.ts
 * into build/reading-recording.json: CSS alone cannot tell which text ends up bold. Pure logic: no file system, no
 * DOM.
 */
import { PRINTABLE_ASCII } from './font-chars.ts'

/** Characters the reading view draws, by the face that draws them (each a string of distinct characters). */
export interface ReadingText {
  /** Drawn at a weight under 600: the regular face (CSS matches 300 to 500 to it). */
  regular: string
  /** Drawn at 600 or more: the bold face (CSS matches 600 to 900 to it). */
  bold: string
}

/** What the reading view drew, as scripts/record-reading-font.ts recorded it (build/reading-recording.json). */
export interface ReadingRecording extends ReadingText {
  /** The same, first screen only (opening /read at 390×844 and 360×740, before scrolling). */
  firstScreen: ReadingText
  /**
   * Every character the deck had when this was recorded (slides and notes): those of them the view did not draw
   * (an error message, text of the slides view) are expected; characters beyond them are new text to record.
   */
  deck: string
}

/** No recording: every character is fresh (in part 2 of both faces). */
export const NO_READING_RECORDING: ReadingRecording = { regular: '', bold: '', firstScreen: { regular: '', bold: '' }, deck: '' }

/** Where the recording lives, relative to the project root. */
export const READING_RECORDING_FILE = 'build/reading-recording.json'

export const READING_WEIGHTS = [400, 700] as const
export type ReadingWeight = typeof READING_WEIGHTS[number]
/** Which part of a ReadingText each face draws. */
export const TEXT_OF_WEIGHT: Record<ReadingWeight, keyof ReadingText> = { 400: 'regular', 700: 'bold' }

/** `data` if it has a recording's shape (strings where strings belong), else a message saying what is wrong. */
export function checkReadingRecording(data: unknown): ReadingRecording | string {
  const r = data as Partial<ReadingRecording> | null
  const isText = (t: unknown) => typeof t === 'object' && t !== null && typeof (t as ReadingText).regular === 'string' && typeof (t as ReadingText).bold === 'string'
  if (!isText(r) || !isText(r!.firstScreen) || typeof r!.deck !== 'string')
    return 'expected { regular, bold, firstScreen: { regular, bold }, deck }, all strings'
  return r as ReadingRecording
}

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
export function planReadingCuts(deck: readonly number[], recording: ReadingRecording): { plans: ReadingCutPlan[], fresh: number[] } {
  const drawnBy = (text: ReadingText, weight: ReadingWeight) => codePointsOf(text[TEXT_OF_WEIGHT[weight]])
  const ascii = new Set(PRINTABLE_ASCII)
  const drawn = codePointsOf(recording.regular + recording.bold)
  const unseen = new Set(deck.filter(c => !ascii.has(c) && !drawn.has(c)))
  const recorded = codePointsOf(recording.deck)
  const fresh = [...unseen].filter(c => !recorded.has(c))
  const plans: ReadingCutPlan[] = []
  for (const weight of READING_WEIGHTS) {
    const first = drawnBy(recording.firstScreen, weight)
    const later = drawnBy(recording, weight)
    const part1 = deck.filter(c => first.has(c))
    const part2 = deck.filter(c => !first.has(c) && (later.has(c) || unseen.has(c) || ascii.has(c)))
    plans.push({ weight, part: 1, codePoints: part1 }, { weight, part: 2, codePoints: part2 })
  }
  return { plans: plans.filter(plan => plan.codePoints.length > 0), fresh }
}
