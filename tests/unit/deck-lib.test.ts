import { describe, expect, it } from 'vitest'
import { slideAnnouncement } from '../../lib/announce'
import { deckFileUrl, deckTarget, deckUrlWarning, notPublicReason } from '../../lib/deck-url'
import { qrPath } from '../../lib/qr'
import { OPENING_SECTION, outlineOf, sectionOf, showsFooter, summaryOfRoute } from '../../lib/sections'

/**
 * A small deck: cover and agenda before the first part, two parts opened by section slides (one with an untitled
 * slide), and a closing part that a slide names in its frontmatter, without a section slide.
 */
const deck = [
  { no: 1, layout: 'cover', title: '封面' },
  { no: 2, layout: 'default', title: '议程' },
  { no: 3, layout: 'section', title: '第一部分' },
  { no: 4, layout: 'default', title: 'a' },
  { no: 5, layout: 'default' },
  { no: 6, layout: 'section', title: '第二部分' },
  { no: 7, layout: 'two-cols', title: 'b' },
  { no: 8, layout: 'default', title: 'c', section: '结语' },
  { no: 9, layout: 'center', title: 'd' },
]

describe('sectionOf', () => {
  it('is the nearest section slide at or before the slide', () => {
    expect(sectionOf(4, deck)).toBe('第一部分')
    expect(sectionOf(5, deck)).toBe('第一部分')
    expect(sectionOf(6, deck)).toBe('第二部分')
    expect(sectionOf(7, deck)).toBe('第二部分')
  })
  it('is the opening before the first section', () => {
    expect(sectionOf(2, deck)).toBe(OPENING_SECTION)
  })
  it('starts a part at a slide that names it in frontmatter, without a section slide', () => {
    expect(sectionOf(7, deck)).toBe('第二部分')
    expect(sectionOf(8, deck)).toBe('结语')
    expect(sectionOf(9, deck)).toBe('结语')
  })
})

describe('outlineOf', () => {
  it('lists the parts in order, each with its titled slides; a section slide is its part', () => {
    expect(outlineOf(deck)).toEqual([
      { title: OPENING_SECTION, no: 1, slides: [{ no: 1, title: '封面' }, { no: 2, title: '议程' }] },
      { title: '第一部分', no: 3, slides: [{ no: 4, title: 'a' }] },
      { title: '第二部分', no: 6, slides: [{ no: 7, title: 'b' }] },
      { title: '结语', no: 8, slides: [{ no: 8, title: 'c' }, { no: 9, title: 'd' }] },
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

describe('deckTarget', () => {
  it('prefers DECK_URL, in build, dev and export alike', () => {
    expect(deckTarget(' https://talks.deck-demo.org/llm/ ', 'http://localhost:3030', '/')).toEqual({ ok: true, url: 'https://talks.deck-demo.org/llm/' })
    expect(deckTarget('https://talks.deck-demo.org/llm/', 'https://host.deck-demo.net', '/x/')).toEqual({ ok: true, url: 'https://talks.deck-demo.org/llm/' })
  })
  it('on a public host, falls back to the deck\'s own address, base path included', () => {
    expect(deckTarget('', 'https://host.deck-demo.net', '/talk/')).toEqual({ ok: true, url: 'https://host.deck-demo.net/talk/' })
    expect(deckTarget('', 'https://host.deck-demo.net', '/')).toEqual({ ok: true, url: 'https://host.deck-demo.net/' })
  })
  it('gives no address when DECK_URL is unset on loopback (dev server, PDF export) or a LAN', () => {
    expect(deckTarget('', 'http://localhost:3030', '/')).toEqual({ ok: false, rejected: 'http://localhost:3030/', reason: '是本机地址' })
    expect(deckTarget('', 'http://192.168.1.20:3030', '/')).toMatchObject({ ok: false })
    expect(deckTarget('', '', '/')).toMatchObject({ ok: false, rejected: '' })
  })
  it('refuses a DECK_URL that is not public, even on a public host', () => {
    expect(deckTarget('https://talks.example.com/deck/', 'https://host.deck-demo.net', '/')).toMatchObject({ ok: false, rejected: 'https://talks.example.com/deck/' })
  })
})

describe('deckFileUrl', () => {
  it('puts a file inside the deck\'s folder, with or without the address\'s trailing slash', () => {
    expect(deckFileUrl('https://x.org/llm/', 'talk.pdf')).toBe('https://x.org/llm/talk.pdf')
    expect(deckFileUrl('https://x.org/llm', 'talk.pdf')).toBe('https://x.org/llm/talk.pdf')
    expect(deckFileUrl('https://x.org/', 'talk-handout.pdf')).toBe('https://x.org/talk-handout.pdf')
    expect(deckFileUrl('https://x.org', 'talk.pdf')).toBe('https://x.org/talk.pdf')
  })
})

describe('notPublicReason', () => {
  it.each([
    'https://talks.deck-demo.org/talk/',
    'http://deck.cn/',
    'https://8.8.8.8/',
    'https://172.32.0.1/',
    'https://[2001:db9::1]/',
    'https://my-talk.github.io/deck/',
  ])('accepts the public address %s', (address) => {
    expect(notPublicReason(address)).toBeNull()
  })
  it.each([
    ['http://localhost:3030/', 'loopback'],
    ['http://app.localhost/', 'loopback name'],
    ['http://127.0.0.1:4173/', 'loopback'],
    ['http://127.1.2.3/', 'loopback range'],
    ['http://0.0.0.0:3030/', 'unspecified'],
    ['http://[::1]:3030/', 'IPv6 loopback'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped'],
    ['http://10.0.0.5:3030/', 'private 10/8'],
    ['http://172.16.4.1/', 'private 172.16/12'],
    ['http://172.31.255.1/', 'private 172.16/12'],
    ['http://192.168.1.20:3030/', 'private 192.168/16'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://169.254.10.1/', 'link-local'],
    ['http://[fe80::1]/', 'IPv6 link-local'],
    ['http://[fd12:3456::1]/', 'IPv6 unique local'],
    ['https://talks.example.com/recsys-to-llm-inference/', 'example.com'],
    ['https://example.org/', 'example.org'],
    ['https://deck.example/', '.example'],
    ['https://deck.test/', '.test'],
    ['http://laptop.local:3030/', '.local'],
    ['https://deck.invalid/', '.invalid'],
    ['http://laptop:3030/', 'single label'],
    ['talks.deck-demo.org/talk/', 'no scheme'],
    ['ftp://files.deck-demo.org/', 'not web'],
    ['not a url', 'garbage'],
  ])('refuses %s (%s)', (address) => {
    expect(notPublicReason(address)).toMatch(/\S/)
  })
})

describe('deckUrlWarning', () => {
  it('warns when DECK_URL is unset or not public, and not otherwise', () => {
    expect(deckUrlWarning(undefined)).toMatch(/DECK_URL is not set/)
    expect(deckUrlWarning('  ')).toMatch(/DECK_URL is not set/)
    expect(deckUrlWarning('http://192.168.1.20:3030/')).toMatch(/not a public address/)
    expect(deckUrlWarning('https://talks.deck-demo.org/talk/')).toBeNull()
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

describe('slideAnnouncement', () => {
  it('says the slide number, the total and the title', () => {
    expect(slideAnnouncement(3, 25, '推荐算法为什么火过')).toBe('第 3 / 25 页：推荐算法为什么火过')
  })
  it('drops markup and a missing title', () => {
    expect(slideAnnouncement(1, 25, ' <span>封面</span> ')).toBe('第 1 / 25 页：封面')
    expect(slideAnnouncement(2, 25, undefined)).toBe('第 2 / 25 页')
    expect(slideAnnouncement(2, 25, '  ')).toBe('第 2 / 25 页')
  })
})

describe('summaryOfRoute', () => {
  it('reads the fields sectionOf needs from a Slidev route, the closing part\'s section: included', () => {
    const routes = [
      { no: 1, meta: { slide: { title: '封面', frontmatter: { layout: 'cover' } } } },
      { no: 2, meta: { slide: { title: '怎么转', frontmatter: { layout: 'section' } } } },
      { no: 3, meta: { slide: { title: '冷静一下', frontmatter: { section: '结语' } } } },
    ]
    expect(routes.map(summaryOfRoute)[2]).toEqual({ no: 3, layout: undefined, title: '冷静一下', section: '结语' })
    expect(sectionOf(3, routes.map(summaryOfRoute))).toBe('结语')
    expect(sectionOf(2, routes.map(summaryOfRoute))).toBe('怎么转')
  })
})
