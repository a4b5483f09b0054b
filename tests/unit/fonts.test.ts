import type { Drawn } from '../../scripts/fonts'
import { describe, expect, it } from 'vitest'
import { cutFont, deckCharacters, planCuts, unicodeRange } from '../../scripts/fonts'

const cp = (text: string) => Array.from(text, c => c.codePointAt(0)!)
const text = (codePoints: number[]) => String.fromCodePoint(...codePoints)

describe('planCuts', () => {
  const drawn: Drawn = { firstScreen: ['推荐', '算'], all: ['推荐算法工程', '算法'] }
  const deck = [...cp('推荐算法工程师'), 0x41]
  const cuts = planCuts(deck, drawn)
  const part = (weight: number, n: number) => text(cuts.find(c => c.weight === weight && c.part === n)?.codePoints ?? [])

  it('puts each weight\'s first screen in part 1, the rest drawn at that weight and what no view drew in part 2', () => {
    expect(part(400, 1)).toBe('推荐')
    expect(part(400, 2).replace(/[\x20-\x7E]/g, '')).toBe('算法工程师'.split('').sort().join(''))
    expect(part(700, 1)).toBe('算')
    // 师 was never seen drawn: both weights have it, so a state the walk missed still draws a real glyph.
    expect(part(700, 2)).toContain('师')
    expect(part(700, 2)).toContain('A')
  })

  it('gives every character of the deck a face at both weights, and each to one part per weight', () => {
    for (const weight of [400, 700]) {
      const parts = cuts.filter(c => c.weight === weight).flatMap(c => c.codePoints)
      expect(new Set(parts).size).toBe(parts.length)
      expect(deck.every(c => parts.includes(c))).toBe(true)
    }
    // 推 was drawn regular only: the bold face has it in part 3, which no view was seen fetching.
    expect(part(700, 3)).toContain('推')
  })

  it('without a walk, everything is in part 2 of both weights', () => {
    expect(planCuts(deck).map(c => `${c.weight}/${c.part}`)).toEqual(['400/2', '700/2'])
  })
})

describe('deckCharacters', () => {
  it('reads the deck\'s text and strings: slides, pages and the widgets\' modules', () => {
    const all = new Set(deckCharacters())
    expect(all.size).toBeGreaterThan(500)
    expect(all.has('示'.codePointAt(0)!) && all.has('估'.codePointAt(0)!)).toBe(true)
  })
})

describe('cutFont and unicodeRange', () => {
  it('cuts a static face to the asked characters it has, as woff2', async () => {
    const { bytes, codePoints } = await cutFont({ weight: 700, part: 2, codePoints: [...cp('推理'), 0x10FFFD] })
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2')
    expect(codePoints).toEqual(cp('推理'))
  })

  it('writes runs of code points as ranges', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x4E00, 0x4E02])).toBe('U+20-22,U+4e00,U+4e02')
  })
})
