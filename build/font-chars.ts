/**
 * Pure logic for cutting the CJK web font down to the deck's own characters (no DOM, no file system):
 * which characters the deck can show, how CSS unicode-range lists read and write, and which slice of the
 * self-hosted, unicode-range-split font holds which of those characters. Used by the Vite plugin
 * (build/vite-plugin-deck-font.ts), the benchmark and the tests.
 */

/**
 * Characters FreeType's auto-hinter measures a font by (src/autofit/afblue.dat and afscript.h): the CJK blue-zone
 * strings (top and bottom: afcjk.c compiles the left and right ones out), the Latin, Greek and Cyrillic ones, and
 * each script's standard characters for stem widths. Chromium on Linux draws text with FreeType's light
 * auto-hinting, whose blue zones and stem widths come from whichever of these characters the font file maps: a
 * font cut to a few characters gets other blue zones and draws some strokes a pixel off (measured on this deck:
 * 50 of 52 screenshots differed). So each cut keeps the ones its full slice has, as glyphs only: they are not in
 * its unicode-range, so the browser never draws them from the cut. Cost here: 14 KB, 6 % of the slides' cut font.
 */
export const AUTOHINT_ANCHORS = [
  // CJK top and bottom blue zones; standard characters
  '他们你來們到和地对對就席我时時會来為能舰說说这這齊军同已愿既星是景民照现現理用置要軍那配里開雷露面顾',
  '个为人他以们你來個們到和大对對就我时時有来為要說说主些因它想意理生當看着置者自著裡过还进進過道還里面',
  '田囗',
  // Latin (also subscript and superscript), Greek, Cyrillic blue zones; standard characters
  'THEZOCQSHEZLOCUSfijkdbhxzroescpqgjyo0',
  '₀₃₅₇₈₁₂ᵢⱼₕₖₗₐₑₒₓₙₛᵥᵤᵣᵦᵧᵨᵩₚ⁰³⁵⁷ᵀᴴᴱᴼ¹²ᴸᵁᵇᵈᵏʰʲᶠⁱᵉᵒʳˢˣᶜᶻᵖʸᵍ',
  'ΓΒΕΖΘΟΩΔΞβθδζλξαειοπστωγημρφχψ',
  'БВЕПЗОСЭШхпншезосруфоО',
].join('')

/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number]

/** Printable ASCII, U+0020 to U+007E: always kept, since numbers, units and URLs are built from it at run time. */
export const PRINTABLE_ASCII: readonly number[] = Array.from({ length: 0x7E - 0x20 + 1 }, (_, i) => 0x20 + i)

/**
 * Characters that are never drawn as glyphs: controls, line and paragraph separators, byte-order mark,
 * variation selectors. Everything else a source file holds counts.
 */
export function isDrawable(codePoint: number): boolean {
  if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
    return false
  if (codePoint === 0x2028 || codePoint === 0x2029 || codePoint === 0xFEFF)
    return false
  if ((codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF))
    return false
  if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
    return false
  return true
}

/**
 * The characters a deck can show, from the text of its sources (slides, notes, components, data modules):
 * all printable ASCII plus every other drawable character that occurs in them. Sorted, without duplicates.
 */
export function collectCharacters(texts: Iterable<string>): number[] {
  const found = new Set<number>(PRINTABLE_ASCII)
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!
      if (codePoint > 0x7E && isDrawable(codePoint))
        found.add(codePoint)
    }
  }
  return [...found].sort((a, b) => a - b)
}

const JS_STRING_OR_COMMENT = /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g
const HTML_COMMENT = /<!--[\s\S]*?-->/g

/**
 * Splits a source file's text into what the slides can show and what they never show: in Markdown, the HTML
 * comments (Slidev's speaker notes); in Vue and TypeScript, code comments (JS and CSS block and line comments,
 * HTML comments in templates). Approximate by design (a comment-like string in a regex literal may be misread):
 * the build keeps both parts in the cut font, the hidden part in faces of its own that only the presenter view
 * loads, so a misread costs a few bytes, never a missing glyph.
 */
export function splitShownText(path: string, text: string): { shown: string, hidden: string } {
  const hidden: string[] = []
  const keep = (match: string, literal?: string) => {
    if (literal !== undefined)
      return literal
    hidden.push(match)
    return ' '
  }
  let shown = text.replace(HTML_COMMENT, match => keep(match))
  if (!path.endsWith('.md'))
    shown = shown.replace(JS_STRING_OR_COMMENT, (match: string, literal?: string) => keep(match, literal))
  return { shown, hidden: hidden.join('\n') }
}

/** Parses a CSS unicode-range value such as "U+0-7f, U+4e00-4e0f, U+30??" into ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  const ranges: CodePointRange[] = []
  for (const part of value.split(',')) {
    const token = part.trim().replace(/^u\+/i, '')
    if (!token)
      continue
    let first: number
    let last: number
    if (token.includes('?')) {
      first = Number.parseInt(token.replace(/\?/g, '0'), 16)
      last = Number.parseInt(token.replace(/\?/g, 'f'), 16)
    }
    else {
      const [a, b] = token.split('-')
      first = Number.parseInt(a!, 16)
      last = b === undefined ? first : Number.parseInt(b, 16)
    }
    if (!Number.isFinite(first) || !Number.isFinite(last) || last < first)
      throw new Error(`Not a unicode-range: "${part.trim()}"`)
    ranges.push([first, last])
  }
  return ranges
}

/** Writes sorted code points as a compact CSS unicode-range value: runs of consecutive code points become "U+a-b". */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1)
      j++
    const first = sorted[i]!.toString(16)
    parts.push(j === i ? `U+${first}` : `U+${first}-${sorted[j]!.toString(16)}`)
    i = j + 1
  }
  return parts.join(',')
}

export function inRanges(codePoint: number, ranges: readonly CodePointRange[]): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last)
}

/** One @font-face of a unicode-range-split web font (as Fontsource ships them). */
export interface FontSlice {
  /** The url() of the face's woff2, as written in the stylesheet (relative to it). */
  url: string
  ranges: CodePointRange[]
  family: string
  weight: string
  style: string
  /** The format() hint, e.g. "woff2-variations". */
  format: string
}

/** Reads the @font-face rules of a split font's stylesheet (e.g. @fontsource-variable/noto-sans-sc/index.css). */
export function parseFontFaces(css: string): FontSlice[] {
  const slices: FontSlice[] = []
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const prop = (name: string) => body!.match(new RegExp(`(?:^|[;\\s])${name}\\s*:\\s*([^;]+);?`))?.[1]?.trim()
    const src = prop('src') ?? ''
    const url = src.match(/url\(\s*['"]?([^'")\s]+)['"]?\s*\)/)?.[1]
    const range = prop('unicode-range')
    if (!url || !range)
      continue
    slices.push({
      url,
      ranges: parseUnicodeRange(range),
      family: (prop('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      weight: prop('font-weight') ?? 'normal',
      style: prop('font-style') ?? 'normal',
      format: src.match(/format\(\s*['"]?([^'")\s]+)['"]?\s*\)/)?.[1] ?? 'woff2',
    })
  }
  return slices
}

export interface SlicePlan {
  slice: FontSlice
  /** The deck's characters that this slice draws (see planSubsets for which slice draws a character). */
  codePoints: number[]
}

/**
 * Assigns each character to the slice the browser draws it with. Where unicode-ranges of faces with the same
 * descriptors overlap, the face defined last is checked first (CSS Fonts 4, "unicode-range"): Fontsource's
 * Noto Sans SC lists its latin slice last, so "<" comes from the latin slice, not from slice 113 that also
 * claims it. Returns the slices that get at least one character, in stylesheet order, and the characters no
 * slice covers (the font has no glyph for them; the browser draws them with the next family).
 */
export function planSubsets(codePoints: Iterable<number>, slices: readonly FontSlice[]): { plans: SlicePlan[], uncovered: number[] } {
  const bySlice = new Map<FontSlice, number[]>()
  const uncovered: number[] = []
  for (const codePoint of [...new Set(codePoints)].sort((a, b) => a - b)) {
    let slice: FontSlice | undefined
    for (let i = slices.length - 1; i >= 0 && !slice; i--) {
      if (inRanges(codePoint, slices[i]!.ranges))
        slice = slices[i]
    }
    if (!slice) {
      uncovered.push(codePoint)
      continue
    }
    const list = bySlice.get(slice) ?? []
    list.push(codePoint)
    bySlice.set(slice, list)
  }
  return {
    plans: slices.filter(s => bySlice.has(s)).map(slice => ({ slice, codePoints: bySlice.get(slice)! })),
    uncovered,
  }
}

export interface SubsetFace {
  url: string
  codePoints: readonly number[]
  weight: string
  style: string
  format: string
}

/** The @font-face rules of the subset family: one per subset file, its unicode-range exactly the characters it holds. */
export function fontFaceCss(family: string, faces: readonly SubsetFace[], display = 'swap'): string {
  return faces.map(face => [
    '@font-face{',
    `font-family:'${family}';`,
    `font-style:${face.style};`,
    `font-display:${display};`,
    `font-weight:${face.weight};`,
    `src:url(${face.url}) format('${face.format}');`,
    `unicode-range:${formatUnicodeRange(face.codePoints)}`,
    '}',
  ].join('')).join('\n')
}
