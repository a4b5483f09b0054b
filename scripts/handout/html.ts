// The handout's pages as HTML for Chromium to print (./export.ts): a title page with the parts and the deck's address,
// then one A4 page per slide: its part in the header, an empty frame where the slide's own page of talk.pdf is drawn
// afterwards, and its script below as prose. Positions are in millimetres, so the frame can be found again.
import type { Deck } from '../deck-source'
import { readFileSync } from 'node:fs'
import { escapeUTF8 } from 'entities'
import { qrPath } from '../../lib/qr'
import { outlineOf, sectionOf } from '../../lib/sections'

/** The frame of the slide on each A4 page, in mm. */
export const FRAME = { left: 15, top: 21, width: 180 }
const STYLE = readFileSync(new URL('handout.css', import.meta.url), 'utf8')

/** The notes as prose paragraphs: no "（点击）" cues, no [click] / [click:n] markers (one at a line's start opens a paragraph). */
export function scriptParagraphs(note: string): string[] {
  return note
    .replace(/\n[ \t]*(?=\[click(?::[+-]?\d+)?\])/g, '\n\n')
    .replace(/\[click(?::[+-]?\d+)?\]|（点击）/g, '')
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.split('\n').map(line => line.trim()).join(''))
    .filter(Boolean)
}

const escape = (text: unknown): string => escapeUTF8(String(text ?? ''))

function titlePage(deck: Deck, deckUrl: string): string {
  const { title, author, info } = deck.headmatter
  const contents = outlineOf(deck.slides).map(part => `<li><span>${escape(part.title)}</span><i></i><span>第 ${part.no + 1} 页</span></li>`)
  const qr = deckUrl ? qrPath(deckUrl) : null
  const address = qr
    ? `<div class="address"><svg viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="二维码：${escape(deckUrl)}"><rect width="100%" height="100%" fill="#fff"/><path d="${qr.path}"/></svg>
       <div><div class="muted">在线版本（图表可以拖动）</div><b>${escape(deckUrl)}</b></div></div>`
    : ''
  return `<section class="sheet title-page"><div class="kicker">讲稿版</div><h1>${escape(title)}</h1><p class="muted">${escape(author)}</p>
    <p>${escape(String(info ?? '').trim())}</p><p class="muted">每页一张幻灯片（图表停在它要说明的那一步），下面是这一页的讲稿。</p>
    <h2>目录</h2><ol>${contents.join('')}</ol>${address}</section>`
}

/** The whole document; `slideAspect` is a slide's height / width, `deckUrl` the address the title page shows (with a QR code). */
export function handoutHtml({ deck, slideAspect, deckUrl = '' }: { deck: Deck, slideAspect: number, deckUrl?: string }): string {
  const frameHeight = FRAME.width * slideAspect
  const total = deck.slides.length
  const slidePages = deck.slides.map(slide => `<section class="sheet slide-page" data-slide="${slide.no}">
    <header><b>${escape(sectionOf(slide.no, deck.slides))}</b><span class="title">${escape(slide.title)}</span><span>幻灯片 ${slide.no} / ${total}</span></header>
    <div class="frame" style="height:${frameHeight}mm"></div>
    <div class="script" style="top:${FRAME.top + frameHeight + 7}mm">${scriptParagraphs(slide.note).map(p => `<p>${escape(p)}</p>`).join('')}</div>
    <footer>第 ${slide.no + 1} 页 / 共 ${total + 1} 页</footer></section>`)
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(deck.headmatter.title)}（讲稿版）</title><style>
:root { --frame-left: ${FRAME.left}mm; --frame-top: ${FRAME.top}mm; --frame-width: ${FRAME.width}mm; }
${STYLE}</style></head><body>${[titlePage(deck, deckUrl), ...slidePages].join('\n')}</body></html>`
}
