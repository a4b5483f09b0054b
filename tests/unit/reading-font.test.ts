// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PRINTABLE_ASCII } from '../../build/font-chars'
import { NO_READING_RECORDING, planReadingCuts } from '../../build/reading-font'

/** Code points, ascending (as the plans list them). */
const cp = (text: string) => Array.from(text, c => c.codePointAt(0)!).sort((a, b) => a - b)
const deck = [...PRINTABLE_ASCII, ...cp('一二三四五六')].sort((a, b) => a - b)
function plan(result: ReturnType<typeof planReadingCuts>, weight: number, part: number) {
  return result.plans.find(p => p.weight === weight && p.part === part)?.codePoints
}

describe('planReadingCuts', () => {
  const weights = { regular: '一二三A', bold: '四', firstScreen: { regular: '一A', bold: '四' }, deck: '一二三四五' }

  it('puts the first screen\'s characters in part 1 of the face that drew them, the rest in part 2', () => {
    const result = planReadingCuts(deck, weights)
    expect(plan(result, 400, 1)).toEqual(cp('A一'))
    expect(plan(result, 700, 1)).toEqual(cp('四'))
    // Part 2: what the face drew later, all printable ASCII but what part 1 holds, and what no face was seen drawing.
    expect(plan(result, 400, 2)).toEqual([...PRINTABLE_ASCII.filter(c => c !== 0x41), ...cp('二三五六')])
    expect(plan(result, 700, 2)).toEqual([...PRINTABLE_ASCII, ...cp('五六')])
  })

  it('names only characters the recording\'s deck did not have, and drops what the deck no longer has', () => {
    const result = planReadingCuts(deck.filter(c => c !== cp('三')[0]), weights)
    expect(result.fresh).toEqual(cp('六'))
    expect(result.plans.flatMap(p => p.codePoints)).not.toContain(cp('三')[0])
  })

  it('without a recording, everything is in part 2 of both faces', () => {
    const result = planReadingCuts(deck, NO_READING_RECORDING)
    expect(result.plans.map(p => `${p.weight}/${p.part}`)).toEqual(['400/2', '700/2'])
    expect(plan(result, 400, 2)).toEqual(deck)
    expect(result.fresh).toEqual(cp('一二三四五六'))
  })
})
