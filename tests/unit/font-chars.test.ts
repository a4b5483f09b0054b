import type { FontSlice } from '../../build/font-chars'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  AUTOHINT_ANCHORS,
  collectCharacters,
  fontFaceCss,
  formatUnicodeRange,
  isDrawable,
  parseFontFaces,
  parseUnicodeRange,
  planSubsets,
  PRINTABLE_ASCII,
  splitShownText,
} from '../../build/font-chars'

const cp = (text: string) => Array.from(text, c => c.codePointAt(0)!)

describe('collectCharacters', () => {
  it('keeps all printable ASCII and every other drawable character, sorted and once', () => {
    const chars = collectCharacters(['推荐算法，推荐', '“大模型”…'])
    expect(chars.slice(0, PRINTABLE_ASCII.length)).toEqual(PRINTABLE_ASCII)
    expect(chars.slice(PRINTABLE_ASCII.length)).toEqual([...new Set(cp('推荐算法，“大模型”…'))].sort((a, b) => a - b))
  })

  it('leaves out controls, separators, byte-order marks and variation selectors, not astral characters', () => {
    const chars = collectCharacters(['a\n\t\u0085\u2028\uFEFF\uFE0F😀'])
    expect(chars).toEqual([...PRINTABLE_ASCII, 0x1F600])
    expect(isDrawable(0xA0)).toBe(true)
    expect(isDrawable(0x0A)).toBe(false)
  })
})

describe('splitShownText', () => {
  it('puts Markdown HTML comments (speaker notes) aside', () => {
    const { shown, hidden } = splitShownText('pages/a.md', '# 标题\n\n- 要点 // 不是注释\n\n<!--\n讲稿\n-->\n')
    expect(shown).toContain('标题')
    expect(shown).toContain('不是注释')
    expect(shown).not.toContain('讲稿')
    expect(hidden).toContain('讲稿')
  })

  it('puts code comments aside, but not strings that look like comments', () => {
    const source = [
      '// 行注释',
      '/* 块注释 */',
      'const url = \'https://例.cn/a\' // 尾注释',
      'const s = "/* 不是注释 */"',
      'const t = `模板 // 也不是`',
      '<!-- 模板注释 --><text>读数</text>',
    ].join('\n')
    const { shown, hidden } = splitShownText('components/X.vue', source)
    for (const text of ['https://例.cn/a', '/* 不是注释 */', '模板 // 也不是', '读数'])
      expect(shown).toContain(text)
    for (const text of ['行注释', '块注释', '尾注释', '模板注释']) {
      expect(shown).not.toContain(text)
      expect(hidden).toContain(text)
    }
  })
})

describe('unicode-range', () => {
  it('parses single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0-7f, U+4e00-4e0f,u+30??, U+FEFF')).toEqual([[0, 0x7F], [0x4E00, 0x4E0F], [0x3000, 0x30FF], [0xFEFF, 0xFEFF]])
  })

  it('rejects what is not a range', () => {
    expect(() => parseUnicodeRange('U+zz')).toThrow(/unicode-range/)
    expect(() => parseUnicodeRange('U+20-10')).toThrow(/unicode-range/)
  })

  it('writes runs of consecutive code points compactly and reads back the same set', () => {
    const points = [0x4E01, 0x20, 0x21, 0x22, 0x4E00, 0x3001, 0x22]
    const text = formatUnicodeRange(points)
    expect(text).toBe('U+20-22,U+3001,U+4e00-4e01')
    const back = parseUnicodeRange(text).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))
    expect(back).toEqual([...new Set(points)].sort((a, b) => a - b))
  })
})

describe('parseFontFaces', () => {
  it('reads every face of the installed split font', () => {
    const require = createRequire(import.meta.url)
    const css = readFileSync(require.resolve('@fontsource-variable/noto-sans-sc/index.css'), 'utf8')
    const slices = parseFontFaces(css)
    expect(slices.length).toBe((css.match(/@font-face/g) ?? []).length)
    expect(slices.length).toBeGreaterThan(90)
    for (const slice of slices) {
      expect(slice.family).toBe('Noto Sans SC Variable')
      expect(slice.url).toMatch(/^\.\/files\/noto-sans-sc-.+-wght-normal\.woff2$/)
      expect(slice.weight).toBe('100 900')
      expect(slice.ranges.length).toBeGreaterThan(0)
    }
    expect(slices.at(-1)!.url).toContain('-latin-')
  })
})

describe('planSubsets', () => {
  const slice = (url: string, range: string): FontSlice =>
    ({ url, ranges: parseUnicodeRange(range), family: 'F', weight: '100 900', style: 'normal', format: 'woff2' })
  const cjk = slice('cjk.woff2', 'U+3c,U+4e00-4e0f')
  const other = slice('other.woff2', 'U+5000-50ff')
  const latin = slice('latin.woff2', 'U+0-ff')

  it('gives a character to the last face whose range holds it, as the browser does', () => {
    const { plans, uncovered } = planSubsets(cp('<A一'), [cjk, other, latin])
    expect(plans.map(p => [p.slice.url, p.codePoints])).toEqual([
      ['cjk.woff2', [0x4E00]],
      ['latin.woff2', [0x3C, 0x41]],
    ])
    expect(uncovered).toEqual([])
  })

  it('lists the characters no face covers', () => {
    expect(planSubsets(cp('λ一'), [cjk]).uncovered).toEqual([0x3BB])
  })
})

describe('fontFaceCss', () => {
  it('declares one face per file with exactly its characters', () => {
    const css = fontFaceCss('Deck Sans SC', [
      { url: '/assets/a.woff2', codePoints: cp('一丁'), weight: '100 900', style: 'normal', format: 'woff2-variations' },
      { url: '/assets/b.woff2', codePoints: cp('AB'), weight: '100 900', style: 'normal', format: 'woff2-variations' },
    ])
    const faces = parseFontFaces(css)
    expect(faces.map(f => [f.family, f.url, formatUnicodeRange(f.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)))]))
      .toEqual([['Deck Sans SC', '/assets/a.woff2', 'U+4e00-4e01'], ['Deck Sans SC', '/assets/b.woff2', 'U+41-42']])
    expect(css).toContain('font-display:swap')
    expect(css).toContain('font-weight:100 900')
  })
})

describe('aUTOHINT_ANCHORS', () => {
  it('holds FreeType\'s CJK standard characters and Latin blue-zone letters', () => {
    for (const c of '田囗他们你THEZOCQSxzroesc')
      expect(AUTOHINT_ANCHORS).toContain(c)
  })
})
