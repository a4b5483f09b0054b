// The handout's own font: Noto Sans SC (the deck's self-hosted font) cut to the characters the handout prints and
// pinned to two static weights. Chromium embeds a variable font in a PDF as Type 3 glyph programs, page by page
// (about 55 KB of script text per page here); static cuts are embedded once, as subset TrueType with a Unicode map.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import subsetFont from 'subset-font'

export const HANDOUT_FONT = 'Handout Sans'
const WEIGHTS = [400, 700]

/** "U+4e00-4e05,U+4e07" → [[0x4e00, 0x4e05], [0x4e07, 0x4e07]] */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((range) => {
    const [from = Number.NaN, to = from] = range.trim().replace(/^U\+/i, '').split('-').map(hex => Number.parseInt(hex, 16))
    return [from, to]
  })
}

const unicodeRange = (codePoints: number[]): string => codePoints.map(c => `U+${c.toString(16)}`).join(',')

/**
 * @font-face rules, one per weight and per slice of the font that holds some of `text`'s characters, each
 * declaring exactly the characters it holds. `fontDir` is @fontsource-variable/noto-sans-sc's folder.
 */
export async function handoutFontFaces(text: string, fontDir: string): Promise<string> {
  const css = readFileSync(join(fontDir, 'index.css'), 'utf8')
  const slices = Array.from(css.matchAll(/@font-face\s*\{([^}]*)\}/g), ([, body = '']) => ({
    file: body.match(/url\(\.\/([^)]+)\)/)?.[1],
    ranges: parseRanges(body.match(/unicode-range:([^;]+);/)?.[1] ?? ''),
  })).filter(slice => slice.file)
  const wanted = [...new Set(Array.from(text, char => char.codePointAt(0) ?? 0))].sort((a, b) => a - b)
  const rules: string[] = []
  for (const slice of slices) {
    const codePoints = wanted.filter(c => slice.ranges.some(([from, to]) => c >= from && c <= to))
    if (codePoints.length === 0)
      continue
    const source = readFileSync(join(fontDir, slice.file!))
    for (const weight of WEIGHTS) {
      const cut = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'sfnt', variationAxes: { wght: weight } })
      rules.push(`@font-face { font-family: '${HANDOUT_FONT}'; font-weight: ${weight}; src: url(data:font/ttf;base64,${cut.toString('base64')}) format('truetype'); unicode-range: ${unicodeRange(codePoints)}; }`)
    }
  }
  return rules.join('\n')
}
