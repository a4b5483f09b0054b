// The handout's pages as HTML, for Chromium to print (scripts/handout/export.ts): a title page, then one A4 page
// per slide with the part in the header, an empty frame where the slide's own PDF page is drawn afterwards, the
// script below it as prose, and the page number. All positions are in millimetres so that the frame can be found
// again in the printed PDF.
import type { QrPath } from '../../lib/qr'
import type { OutlineSection } from '../../lib/sections'
import type { Deck, DeckSlide } from '../deck-source'
import { outlineOf, sectionOf } from '../../lib/sections'

/** A4 portrait and the fixed frame of the slide on each page, in mm. */
export const PAGE = { width: 210, height: 297 }
export const FRAME = { left: 15, top: 21, width: 180 }

/**
 * The speaker notes as prose paragraphs: no "（点击）" cues, no Slidev [click] / [click:n] markers. A marker at the
 * start of a line starts a paragraph, as a blank line does.
 */
export function scriptParagraphs(note: string): string[] {
  return String(note ?? '')
    .replace(/\n[ \t]*(?=\[click(?::[+-]?\d+)?\])/g, '\n\n')
    .replace(/\[click(?::[+-]?\d+)?\]/g, '')
    .replace(/（点击）/g, '')
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.split('\n').map(line => line.trim()).filter(Boolean).join(''))
    .filter(Boolean)
}

const escapeHtml = (text: unknown): string => String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

interface TitlePage {
  deck: Deck
  parts: OutlineSection[]
  pageOfSlide: (no: number) => number
  deckUrl: string
  qr: QrPath | null
}

function titlePage({ deck, parts, pageOfSlide, deckUrl, qr }: TitlePage): string {
  const { headmatter } = deck
  const contents = parts.map(part => `<li><span>${escapeHtml(part.title)}</span><span class="dots"></span><span>第 ${pageOfSlide(part.no)} 页</span></li>`).join('')
  const address = deckUrl && qr
    ? `<div class="address">
        <svg viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="二维码：${escapeHtml(deckUrl)}"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#111"/></svg>
        <div><div class="address-label">在线版本（图表可以拖动）</div><div class="address-url">${escapeHtml(deckUrl)}</div></div>
      </div>`
    : ''
  return `<section class="sheet title-page">
    <div class="kicker">讲稿版</div>
    <h1>${escapeHtml(headmatter.title)}</h1>
    <p class="author">${escapeHtml(headmatter.author ?? '')}</p>
    <p class="info">${escapeHtml(String(headmatter.info ?? '').trim())}</p>
    <p class="how">每页一张幻灯片（图表停在它要说明的那一步），下面是这一页的讲稿。</p>
    <h2>目录</h2>
    <ol class="contents">${contents}</ol>
    ${address}
  </section>`
}

interface SlidePage {
  slide: DeckSlide
  section: string
  page: number
  pages: number
  frameHeight: number
  total: number
}

function slidePage({ slide, section, page, pages, frameHeight, total }: SlidePage): string {
  const paragraphs = scriptParagraphs(slide.note).map(p => `<p>${escapeHtml(p)}</p>`).join('')
  return `<section class="sheet slide-page" data-slide="${slide.no}">
    <header><span class="section">${escapeHtml(section)}</span><span>幻灯片 ${slide.no} / ${total}</span></header>
    <div class="frame" style="height:${frameHeight}mm" aria-label="幻灯片 ${slide.no}：${escapeHtml(slide.title)}"></div>
    <div class="script" style="top:${FRAME.top + frameHeight + 7}mm">${paragraphs}</div>
    <footer>第 ${page} 页 / 共 ${pages} 页</footer>
  </section>`
}

/**
 * The whole document. `slideAspect` is the slide's height / width; `fontCss` the URL of the CJK font's
 * stylesheet (the fallback), `fontFaces` the @font-face rules of `fontFamily`; `qr` the QR code (lib/qr.ts) of
 * `deckUrl`, when there is one.
 */
export interface HandoutOptions {
  deck: Deck
  slideAspect: number
  fontCss: string
  fontFaces?: string
  fontFamily?: string
  deckUrl: string
  qr: QrPath | null
}

export function handoutHtml({ deck, slideAspect, fontCss, fontFaces = '', fontFamily = 'Noto Sans SC Variable', deckUrl, qr }: HandoutOptions): string {
  const frameHeight = +(FRAME.width * slideAspect).toFixed(2)
  const pages = deck.slides.length + 1
  const pageOfSlide = (no: number) => no + 1
  const parts = outlineOf(deck.slides)
  const body = [
    titlePage({ deck, parts, pageOfSlide, deckUrl, qr }),
    ...deck.slides.map(slide => slidePage({
      slide,
      section: sectionOf(slide.no, deck.slides),
      page: pageOfSlide(slide.no),
      pages,
      frameHeight,
      total: deck.slides.length,
    })),
  ].join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(deck.headmatter.title)}（讲稿版）</title>
<link rel="stylesheet" href="${fontCss}">
<style>
${fontFaces}
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: '${fontFamily}', 'Noto Sans SC Variable', sans-serif; color: #1f2328; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${PAGE.width}mm; height: ${PAGE.height}mm; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
header { position: absolute; left: ${FRAME.left}mm; right: ${FRAME.left}mm; top: 10mm; display: flex; justify-content: space-between;
  padding-bottom: 2mm; border-bottom: 0.3mm solid #d0d7de; font-size: 8.5pt; color: #57606a; }
header .section { font-weight: 700; color: #4338ca; }
.frame { position: absolute; left: ${FRAME.left}mm; top: ${FRAME.top}mm; width: ${FRAME.width}mm; outline: 0.25mm solid #d0d7de; }
.script { position: absolute; left: ${FRAME.left}mm; right: ${FRAME.left}mm; bottom: 18mm; overflow: hidden;
  font-size: var(--script-size, 11pt); line-height: 1.8; text-align: justify; }
.script p { margin: 0 0 0.55em; text-indent: 2em; }
footer { position: absolute; left: 0; right: 0; bottom: 9mm; text-align: center; font-size: 8.5pt; color: #57606a; }
.title-page { padding: 40mm 22mm 0; }
.kicker { display: inline-block; padding: 1mm 3mm; border: 0.3mm solid #4338ca; border-radius: 2mm; color: #4338ca; font-size: 10pt; }
.title-page h1 { margin: 6mm 0 4mm; font-size: 26pt; line-height: 1.3; }
.author { margin: 0 0 8mm; font-size: 12pt; color: #57606a; }
.info, .how { margin: 0 0 3mm; font-size: 10.5pt; line-height: 1.8; }
.how { color: #57606a; }
.title-page h2 { margin: 10mm 0 3mm; font-size: 12pt; }
.contents { margin: 0; padding: 0; list-style: none; font-size: 10.5pt; line-height: 2; }
.contents li { display: flex; gap: 2mm; }
.contents .dots { flex: 1; border-bottom: 0.3mm dotted #8c959f; margin-bottom: 2.2mm; }
.address { position: absolute; left: 22mm; right: 22mm; bottom: 28mm; display: flex; align-items: center; gap: 6mm; }
.address svg { width: 32mm; height: 32mm; }
.address-label { font-size: 10pt; color: #57606a; }
.address-url { font-size: 11pt; font-weight: 700; word-break: break-all; }
</style></head>
<body>
${body}
</body></html>`
}
