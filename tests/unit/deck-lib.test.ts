import { describe, expect, it } from 'vitest'
import { deckUrl, isLoopback } from '../../lib/deck-url'
import { qrPath } from '../../lib/qr'
import { OPENING_SECTION, outlineOf, sectionOf, showsFooter } from '../../lib/sections'

describe('sectionOf', () => {
  const slides = [
    { no: 1, layout: 'cover', title: '封面' },
    { no: 2, layout: 'default', title: '议程' },
    { no: 3, layout: 'section', title: '第一部分' },
    { no: 4, layout: 'default', title: 'a' },
    { no: 5, layout: 'section', title: '第二部分' },
    { no: 6, layout: 'two-cols', title: 'b' },
  ]
  it('is the nearest section slide at or before the slide', () => {
    expect(sectionOf(4, slides)).toBe('第一部分')
    expect(sectionOf(5, slides)).toBe('第二部分')
    expect(sectionOf(6, slides)).toBe('第二部分')
  })
  it('is the opening before the first section', () => {
    expect(sectionOf(2, slides)).toBe(OPENING_SECTION)
  })
  it('starts a part at a slide that names it in frontmatter, without a section slide', () => {
    const closing = [...slides, { no: 7, layout: 'default', title: 'c', section: '结语' }, { no: 8, layout: 'center', title: 'd' }]
    expect(sectionOf(6, closing)).toBe('第二部分')
    expect(sectionOf(7, closing)).toBe('结语')
    expect(sectionOf(8, closing)).toBe('结语')
  })
})

describe('outlineOf', () => {
  it('lists the parts in order, each with its titled slides; a section slide is its part', () => {
    const slides = [
      { no: 1, layout: 'cover', title: '封面' },
      { no: 2, layout: 'default', title: '议程' },
      { no: 3, layout: 'section', title: '第一部分' },
      { no: 4, layout: 'default', title: 'a' },
      { no: 5, layout: 'default' },
      { no: 6, layout: 'default', title: 'b', section: '结语' },
      { no: 7, layout: 'center', title: 'c' },
    ]
    expect(outlineOf(slides)).toEqual([
      { title: OPENING_SECTION, no: 1, slides: [{ no: 1, title: '封面' }, { no: 2, title: '议程' }] },
      { title: '第一部分', no: 3, slides: [{ no: 4, title: 'a' }] },
      { title: '结语', no: 6, slides: [{ no: 6, title: 'b' }, { no: 7, title: 'c' }] },
    ])
  })
})

describe('showsFooter', () => {
  it('hides the footer on full-bleed layouts only', () => {
    expect(showsFooter('default')).toBe(true)
    expect(showsFooter(undefined)).toBe(true)
    expect(showsFooter('two-cols-header')).toBe(true)
    for (const layout of ['cover', 'section', 'end', 'fact', 'statement'])
      expect(showsFooter(layout)).toBe(false)
  })
})

describe('deckUrl', () => {
  const home = 'https://home.example/deck/'
  it('prefers the address configured at build time', () => {
    expect(deckUrl(' https://talks.example.org/llm/ ', home, 'https://host.example', '/x/')).toBe('https://talks.example.org/llm/')
  })
  it('on a hosted deck, falls back to its own address, base path included', () => {
    expect(deckUrl('', home, 'https://host.example', '/talk/')).toBe('https://host.example/talk/')
    expect(deckUrl('', home, 'https://host.example', '/')).toBe('https://host.example/')
  })
  it('on loopback (dev server, PDF export), uses the default address', () => {
    expect(deckUrl('', home, 'http://localhost:3030', '/')).toBe(home)
    expect(deckUrl('', home, 'http://127.0.0.1:4173', '/talk/')).toBe(home)
    expect(isLoopback('http://[::1]:3030')).toBe(true)
    expect(isLoopback('https://example.org')).toBe(false)
    expect(isLoopback('not a url')).toBe(true)
  })
})

describe('qrPath', () => {
  it('draws a square code with a quiet zone and the three finder patterns', () => {
    const { size, path } = qrPath('https://talks.example.org/llm/')
    // Version 2 or 3 at medium correction for a URL this long: 25 or 29 modules, plus 4 on each side.
    expect([33, 37]).toContain(size)
    const dark = new Set(path.split('z').filter(Boolean).map(square => square.replace(/^M/, '').split('h')[0]))
    // The top-left finder pattern's corner and the quiet zone around it.
    expect(dark.has('4 4')).toBe(true)
    expect(dark.has('3 3')).toBe(false)
    expect(dark.has(`${size - 5} 4`)).toBe(true)
    expect(dark.has(`4 ${size - 5}`)).toBe(true)
    expect(dark.has(`${size - 5} ${size - 5}`)).toBe(false)
  })
  it('encodes different text differently', () => {
    expect(qrPath('https://a.example/').path).not.toBe(qrPath('https://b.example/').path)
  })
})
