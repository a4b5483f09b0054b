import { Buffer } from 'node:buffer'
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { AUTOHINT_ANCHORS, collectCharacters } from '../../build/font-chars'
import { cutFont, mappedCodePoints } from '../../build/subset-font'
import { cutDeckFont, DECK_FONT_FAMILY, deckCharacters, deckFontCss, deckSourceFiles, READING_FONT_FAMILY } from '../../build/vite-plugin-deck-font'

const require = createRequire(import.meta.url)
const slice = (name: string) => readFileSync(require.resolve(`@fontsource-variable/noto-sans-sc/files/noto-sans-sc-${name}-wght-normal.woff2`))
const cp = (text: string) => Array.from(text, c => c.codePointAt(0)!)
const anchors = cp(AUTOHINT_ANCHORS)

describe('cutFont', () => {
  it('keeps exactly the asked characters the font has, as woff2', async () => {
    const full = slice('119')
    const asked = cp('中日新月').filter(c => mappedCodePoints(full).includes(c))
    expect(asked.length).toBeGreaterThan(0)
    const cut = await cutFont(full, asked)
    expect(Buffer.from(cut.bytes.subarray(0, 4)).toString('latin1')).toBe('wOF2')
    expect(cut.codePoints).toEqual(expect.arrayContaining(asked))
    expect(cut.bytes.length).toBeLessThan(full.length / 5)
  }, 30_000)

  it('also keeps the auto-hinter\'s anchor characters that the full slice has', async () => {
    const full = slice('118')
    const has = new Set(mappedCodePoints(full))
    const anchorsHere = anchors.filter(c => has.has(c))
    expect(anchorsHere.length).toBeGreaterThan(0)
    const asked = [...has].filter(c => c > 0x4E00 && !anchorsHere.includes(c)).slice(0, 1)
    const cut = await cutFont(full, asked, anchors)
    expect(cut.codePoints).toEqual(expect.arrayContaining([...asked, ...anchorsHere]))
  }, 30_000)

  it('gives an empty cut when the font has none of the characters', async () => {
    const cut = await cutFont(slice('4'), cp('λ'))
    expect(cut.codePoints).toEqual([])
    expect(cut.bytes.length).toBe(0)
  }, 30_000)
})

describe('cutDeckFont', () => {
  it('declares one face per needed slice, claiming exactly the deck\'s characters, and lists what the font lacks', async () => {
    const characters = collectCharacters(['推荐算法到大模型推理工程化 λ'])
    const cut = await cutDeckFont(characters, { threads: 0 })
    const claimed = cut.faces.flatMap(f => f.codePoints).sort((a, b) => a - b)
    expect([...claimed, ...cut.uncovered].sort((a, b) => a - b)).toEqual(characters)
    expect(new Set(claimed).size).toBe(claimed.length) // no character claimed twice
    expect(cut.uncovered).toContain(0x3BB)
    for (const face of cut.faces)
      expect(mappedCodePoints(face.bytes)).toEqual(expect.arrayContaining(face.codePoints))
    const css = deckFontCss(cut, '/talk/', 'assets')
    const rules = (family: string) => css.split('@font-face').filter(rule => rule.includes(`font-family:'${family}';`))
    expect(rules(DECK_FONT_FAMILY)).toHaveLength(cut.faces.length)
    // Without a recording every character is unseen: part 2 of both reading faces; nothing in part 1.
    expect(cut.reading.map(f => `${f.weight}/${f.part}`).sort()).toEqual(['400/2', '700/2'])
    expect(rules(READING_FONT_FAMILY)).toHaveLength(cut.reading.length)
    expect([...rules(DECK_FONT_FAMILY), ...rules(READING_FONT_FAMILY)].every(rule => rule.includes('font-display:swap;'))).toBe(true)
    expect(css).toMatch(/url\(\/talk\/assets\/deck-sans-sc-latin-[0-9a-f]{8}\.woff2\)/)
    expect(css).toMatch(/font-weight:700;src:url\(\/talk\/assets\/deck-sans-sc-read-700-2-[0-9a-f]{8}\.woff2\) format\('woff2'\)/)
  }, 60_000)
})

describe('cutDeckFont, notes apart', () => {
  it('cuts the notes-only characters into faces of their own, claiming none of the shown ones', async () => {
    const cut = await cutDeckFont({ shown: collectCharacters(['推荐算法']), hidden: cp('讲稿') }, { threads: 0 })
    const shown = cut.faces.filter(f => f.tier === 'shown')
    const hidden = cut.faces.filter(f => f.tier === 'hidden')
    expect(hidden.flatMap(f => f.codePoints).sort()).toEqual(cp('讲稿').sort())
    expect(hidden.every(f => /-notes-[0-9a-f]{8}\.woff2$/.test(f.fileName))).toBe(true)
    expect(shown.flatMap(f => f.codePoints)).toEqual(expect.arrayContaining(cp('推荐算法')))
    expect(shown.flatMap(f => f.codePoints)).not.toEqual(expect.arrayContaining(cp('讲')))
    // The reading view's faces: cut from the static fonts, by the recording of what it drew at which weight.
    const cutRead = await cutDeckFont({ shown: collectCharacters(['推荐算法']), hidden: cp('讲稿') }, {
      threads: 0,
      readingRecording: { regular: '推荐讲稿', bold: '算法', firstScreen: { regular: '推', bold: '' }, deck: '推荐算法讲稿' },
    })
    const part = (weight: number, no: number) => cutRead.reading.find(f => f.weight === weight && f.part === no)
    expect(part(400, 1)!.codePoints).toEqual(cp('推'))
    expect(part(400, 2)!.codePoints).toEqual(expect.arrayContaining(cp('荐讲稿')))
    expect(part(400, 2)!.codePoints).not.toEqual(expect.arrayContaining(cp('算')))
    expect(part(700, 1)).toBeUndefined()
    expect(part(700, 2)!.codePoints).toEqual(expect.arrayContaining([...cp('算法'), 0x41]))
    expect(part(700, 2)!.codePoints).not.toEqual(expect.arrayContaining(cp('推')))
    for (const face of cutRead.reading)
      expect(mappedCodePoints(face.bytes)).toEqual(expect.arrayContaining(face.codePoints))
    expect(cutRead.readingFresh).toEqual([])
  }, 60_000)
})

describe('deckCharacters', () => {
  it('keeps notes-only characters apart from those the slides show', () => {
    const { shown, hidden } = deckCharacters(new URL('../..', import.meta.url).pathname)
    expect(shown.length).toBeGreaterThan(500)
    expect(hidden.length).toBeGreaterThan(0)
    const inShown = new Set(shown)
    expect(hidden.some(c => inShown.has(c))).toBe(false)
    for (const c of cp('推荐算法大模型'))
      expect(inShown.has(c)).toBe(true)
  })
})

describe('deckSourceFiles', () => {
  it('reads the slides, pages, components and data modules, not the font logic or tests', () => {
    const files = deckSourceFiles(new URL('../..', import.meta.url).pathname)
    expect(files).toContain('slides.md')
    expect(files.some(f => f.startsWith('pages/'))).toBe(true)
    expect(files.some(f => f.startsWith('components/') && f.endsWith('.vue'))).toBe(true)
    expect(files).toContain('lib/internet-users/data.ts')
    expect(files).toContain('lib/roadmap/industry-timeline.ts')
    expect(files.some(f => /^(?:tests|scripts|build|bench)\//.test(f))).toBe(false)
  })
})
