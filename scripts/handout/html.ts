// The handout's pages as HTML for Chromium to print (./export.ts): a title page with the parts and the deck's address,
// then one A4 page per slide: its part in the header, an empty frame where the slide's own page of talk.pdf is drawn
// afterwards, and its script below as prose. Positions are in millimetres, so the frame can be found again.
import type { Deck } from '../deck-source'
import { qrPath } from '../../lib/qr'
import { outlineOf, sectionOf } from '../../lib/sections'

/** A4 portrait, and the frame of the slide on each page, in mm. */
export const PAGE = { width: 210, height: 297 }
export const FRAME = { left: 15, top: 21, width: 180 }
/** Static Noto Sans SC faces, served by ./export.ts at /font/<weight>.ttf: Chromium embeds each once, as a subset. */
const HANDOUT_FONT = 'Handout Sans'

/** The notes as prose paragraphs: no "（点击）" cues, no [click] / [click:n] markers (one at a line's start opens a paragraph). */
export function scriptParagraphs(note: string): string[] {
  return note
    .replace(/\n[ \t]*(?=\[click(?::[+-]?\d+)?\])/g, '\n\n')
    .replace(/\[click(?::[+-]?\d+)?\]|（点击）/g, '')
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.split('\n').map(line => line.trim()).join(''))
    .filter(Boolean)
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escape = (text: unknown): string => String(text ?? '').replace(/[&<>"]/g, c => ENTITIES[c]!)

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
    <header><b>${escape(sectionOf(slide.no, deck.slides))}</b><span>幻灯片 ${slide.no} / ${total}</span></header>
    <div class="frame" style="height:${frameHeight}mm"></div>
    <div class="script" style="top:${FRAME.top + frameHeight + 7}mm">${scriptParagraphs(slide.note).map(p => `<p>${escape(p)}</p>`).join('')}</div>
    <footer>第 ${slide.no + 1} 页 / 共 ${total + 1} 页</footer></section>`)
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(deck.headmatter.title)}（讲稿版）</title><style>
@font-face { font-family: '${HANDOUT_FONT}'; font-weight: 400; src: url(/font/400.ttf); }
@font-face { font-family: '${HANDOUT_FONT}'; font-weight: 700; src: url(/font/700.ttf); }
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '${HANDOUT_FONT}', sans-serif; color: #1f2328; }
.sheet { position: relative; width: ${PAGE.width}mm; height: ${PAGE.height}mm; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
.muted, header, footer { color: #57606a; }
header { position: absolute; left: ${FRAME.left}mm; right: ${FRAME.left}mm; top: 10mm; display: flex; justify-content: space-between;
  padding-bottom: 2mm; border-bottom: 0.3mm solid #d0d7de; font-size: 8.5pt; }
header b, .kicker { color: #4338ca; }
.frame { position: absolute; left: ${FRAME.left}mm; top: ${FRAME.top}mm; width: ${FRAME.width}mm; outline: 0.25mm solid #d0d7de; }
.script { position: absolute; left: ${FRAME.left}mm; right: ${FRAME.left}mm; bottom: 18mm; overflow: hidden;
  font-size: var(--script-size, 11pt); line-height: 1.8; text-align: justify; }
.script p { margin: 0 0 0.55em; text-indent: 2em; }
footer { position: absolute; left: 0; right: 0; bottom: 9mm; text-align: center; font-size: 8.5pt; }
.title-page { padding: 40mm 22mm 0; font-size: 10.5pt; line-height: 1.8; }
.kicker { display: inline-block; padding: 0 3mm; border: 0.3mm solid; border-radius: 2mm; }
h1 { margin: 6mm 0 0; font-size: 26pt; line-height: 1.3; }
h2 { margin: 10mm 0 3mm; font-size: 12pt; }
ol { padding: 0; list-style: none; }
li { display: flex; gap: 2mm; }
li i { flex: 1; border-bottom: 0.3mm dotted #8c959f; margin-bottom: 2.2mm; }
.address { position: absolute; left: 22mm; right: 22mm; bottom: 28mm; display: flex; align-items: center; gap: 6mm; word-break: break-all; }
.address svg { width: 32mm; height: 32mm; flex: none; }
</style></head><body>${[titlePage(deck, deckUrl), ...slidePages].join('\n')}</body></html>`
}
