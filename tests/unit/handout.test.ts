// @vitest-environment node
import type { Deck } from '../../scripts/deck-source'
import { describe, expect, it } from 'vitest'
import { qrPath } from '../../lib/qr'
import { handoutHtml, scriptParagraphs } from '../../scripts/handout/html'

describe('scriptParagraphs', () => {
  it('turns the notes into prose: paragraphs kept, click cues of both kinds dropped', () => {
    const note = '开场白。\n\n（点击）第一步。\n[click] 第二步，\n接着说。\n\n[click:3]最后。'
    expect(scriptParagraphs(note)).toEqual(['开场白。', '第一步。', '第二步，接着说。', '最后。'])
  })
})

describe('handoutHtml', () => {
  const slide = { frontmatter: {}, clicks: 0, content: '' }
  const deck: Deck = {
    headmatter: { title: '标题', author: '作者', info: '简介' },
    slides: [
      { ...slide, no: 1, layout: 'cover', title: '封面', heading: '封面', note: '你好。' },
      { ...slide, no: 2, layout: 'section', title: '第一部分', heading: '第一部分', note: '（点击）<b>一</b>。' },
    ],
  }
  const render = (deckUrl: string) => handoutHtml({ deck, slideAspect: 0.5625, deckUrl })

  it('has a title page, then a page per slide with its part, escaped script and page number', () => {
    const html = render('')
    expect(html.match(/class="sheet/g)).toHaveLength(3)
    expect(html).toContain('<section class="sheet slide-page" data-slide="2">')
    expect(html).toContain('<header><b>第一部分</b>')
    expect(html).toContain('<p>&lt;b&gt;一&lt;/b&gt;。</p>')
    expect(html).toContain('第 3 页 / 共 3 页')
    expect(html).not.toContain('（点击）')
  })

  it('shows the hosted address and its QR code on the title page only when DECK_URL is set', () => {
    expect(render('')).not.toContain('<svg')
    const html = render('https://talks.example.org/talk/')
    expect(html).toContain('aria-label="二维码：https://talks.example.org/talk/"')
    expect(html).toContain(qrPath('https://talks.example.org/talk/').path)
  })
})
