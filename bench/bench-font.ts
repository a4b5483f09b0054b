// The font references for `npm run bench`.
// The slides': the same font (Noto Sans SC from @fontsource-variable/noto-sans-sc) cut to exactly the characters
// the deck showed during the walk, to compare the bytes the deck really downloads against. That font ships only as
// unicode-range slices, so there is no single file to cut; two references:
//   - per slice: each needed slice cut to exactly its characters (what a perfect per-slice cut would send),
//   - one file (estimated): the same glyph data with the fixed cost of a font file counted once: the sum of the
//     per-slice cuts, minus each slice's empty cut (only .notdef: tables, names, axes), plus the largest of those.
// Also: the bytes the plain split makes a visitor download for the same characters (every slice that holds one).
// The reading view's (readingFontReference): its static faces, whole fonts, each cut to exactly what it drew.
import type { ReadingText } from '../build/reading-font'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import compressWoff2 from 'wawoff2/compress.js'
import { planSubsets } from '../build/font-chars'
import { READING_WEIGHTS, TEXT_OF_WEIGHT } from '../build/reading-font'
import { cutFont } from '../build/subset-font'
import { deckCharacters, READING_FONT_FEATURES, READING_FONT_FILES, splitFontSlices } from '../build/vite-plugin-deck-font'
import { ROOT } from './bench-decks'

const require = createRequire(import.meta.url)

/** Bytes of a font reference (see the top of this file); `characters`: how many of the wanted ones a slice draws. */
export interface FontReference {
  characters: number
  /** Wanted characters no slice covers. */
  uncovered: number
  files: number
  split: number
  perSlice: number
  oneFile: number
}

/** The size of the slice cut to no character (woff2): the fixed cost of a font file. */
async function emptyCut(source: Uint8Array): Promise<number> {
  const sfnt = await subsetFont(Buffer.from(source), '', { targetFormat: 'sfnt' })
  return (await compressWoff2(sfnt)).length
}

/**
 * The references for the characters the walk showed (`shown`, code points), and for those the slides can show
 * (what the build collects from the sources, notes apart: includes every state of the widgets and their error
 * messages).
 */
export async function fontReferences(shown: number[]): Promise<{ walk: FontReference, canShow: FontReference }> {
  return {
    walk: await fontReference(shown),
    canShow: await fontReference(deckCharacters(ROOT).shown),
  }
}

async function fontReference(shown: number[]): Promise<FontReference> {
  const { slices, dir } = splitFontSlices()
  const { plans, uncovered } = planSubsets(shown, slices)
  let perSlice = 0
  let split = 0
  let empties = 0
  let largestEmpty = 0
  let characters = 0
  let files = 0
  for (const { slice, codePoints } of plans) {
    const source = readFileSync(join(dir, slice.url))
    const cut = await cutFont(source, codePoints)
    if (cut.codePoints.length === 0)
      continue // the slice claims them but has no glyph: no web font draws them
    files++
    characters += codePoints.filter(c => cut.codePoints.includes(c)).length
    split += source.length
    perSlice += cut.bytes.length
    const empty = await emptyCut(source)
    empties += empty
    largestEmpty = Math.max(largestEmpty, empty)
  }
  return {
    characters,
    uncovered: uncovered.length,
    files,
    split,
    perSlice,
    oneFile: perSlice - empties + largestEmpty,
  }
}

/**
 * The reference for the reading view's own font (static regular and bold faces, build/reading-font.ts): each face
 * cut to exactly the characters the view drew with it, in one file each, keeping the same layout features.
 */
export async function readingFontReference(drawn: ReadingText): Promise<{ bytes: number, characters: number }> {
  let bytes = 0
  let characters = 0
  for (const weight of READING_WEIGHTS) {
    const codePoints = [...new Set(Array.from(drawn[TEXT_OF_WEIGHT[weight]], c => c.codePointAt(0)!))]
    const cut = await cutFont(readFileSync(require.resolve(READING_FONT_FILES[weight])), codePoints, [], READING_FONT_FEATURES)
    bytes += cut.bytes.length
    characters += codePoints.length
  }
  return { bytes, characters }
}
