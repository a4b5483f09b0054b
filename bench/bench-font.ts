import { Buffer } from 'node:buffer'
// The font reference for `npm run bench`: the same font (Noto Sans SC from @fontsource-variable/noto-sans-sc)
// cut to exactly the characters the deck showed during the walk, to compare the bytes the deck really downloads
// against. The font ships only as unicode-range slices, so there is no single file to cut; two references:
//   - per slice: each needed slice cut to exactly its characters (what a perfect per-slice cut would send),
//   - one file (estimated): the same glyph data with the fixed cost of a font file counted once: the sum of the
//     per-slice cuts, minus each slice's empty cut (only .notdef: tables, names, axes), plus the largest of those.
// Also: the bytes the plain split makes a visitor download for the same characters (every slice that holds one).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import compressWoff2 from 'wawoff2/compress.js'
import { ROOT } from './bench-decks.mjs'

let cutFont

/** Loads the deck's TypeScript modules (font logic) through Vite's module runner: plain Node 20 cannot. */
async function tsModules() {
  const { runnerImport } = await import('vite')
  const [{ module: chars }, { module: plugin }, { module: cutter }] = await Promise.all([
    runnerImport(join(ROOT, 'build/font-chars.ts')),
    runnerImport(join(ROOT, 'build/vite-plugin-deck-font.ts')),
    runnerImport(join(ROOT, 'build/subset-font.ts')),
  ])
  cutFont = cutter.cutFont
  return { chars, plugin }
}

/** @param {Uint8Array} source */
async function emptyCut(source) {
  const sfnt = await subsetFont(Buffer.from(source), '', { targetFormat: 'sfnt' })
  return (await compressWoff2(sfnt)).length
}

/**
 * The references for the characters the walk showed, and for those the slides can show (what the build collects
 * from the sources, notes apart: includes every state of the widgets and their error messages).
 * @param {number[]} shown characters the deck showed (code points)
 */
export async function fontReferences(shown) {
  const { chars, plugin } = await tsModules()
  return {
    walk: await fontReference(shown, chars, plugin),
    canShow: await fontReference(plugin.deckCharacters(ROOT).shown, chars, plugin),
  }
}

async function fontReference(shown, chars, plugin) {
  const { slices, dir } = plugin.splitFontSlices()
  const { plans, uncovered } = chars.planSubsets(shown, slices)
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
