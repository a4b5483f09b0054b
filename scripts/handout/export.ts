// The handout (讲稿版): A4 pages, each with one slide at its printed state and its script below.
// Chromium prints the pages' text (so the script's Chinese is real, selectable text in the self-hosted font,
// laid out and justified by the browser), leaving a frame per slide; pdf-lib then draws the slide's own page of
// talk.pdf into that frame as a form XObject, so the slide stays vector with selectable text too.
// One page per slide: a script that does not fit its page is set smaller (down to 9 pt), never split.
import type { Deck } from '../deck-source'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { qrPath } from '../../lib/qr'
import { QUIET_CHROMIUM_ARGS } from '../browser'
import { finishPdf } from '../pdf-meta'
import { HANDOUT_FONT, handoutFontFaces } from './font'
import { FRAME, handoutHtml } from './html'

const ORIGIN = 'http://handout.localhost'
const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/index.css'))
const mm = (value: number): number => (value * 72) / 25.4
/** Script sizes to try, in pt, largest first. */
const SCRIPT_SIZES = [11, 10.5, 10, 9.5, 9]

/** Prints the pages without the slides; returns the PDF and the frame's height in mm. */
async function printPages({ deck, slideAspect, browserPath }: { deck: Deck, slideAspect: number, browserPath: string }): Promise<Uint8Array> {
  const deckUrl = (process.env.DECK_URL ?? '').trim()
  const options = { deck, slideAspect, fontCss: `${ORIGIN}/font/index.css`, deckUrl, qr: deckUrl ? qrPath(deckUrl) : null }
  // Cut the font to every character of the page's source: a superset of what it prints.
  const fontFaces = await handoutFontFaces(handoutHtml(options), fontDir)
  const html = handoutHtml({ ...options, fontFaces, fontFamily: HANDOUT_FONT })
  const browser = await chromium.launch({ executablePath: browserPath, args: QUIET_CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    // Served from memory and node_modules through Playwright: no server, nothing from the network.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname
      if (path.startsWith('/font/'))
        return route.fulfill({ path: join(fontDir, path.slice('/font/'.length)) })
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
    })
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' })
    const tooLong = await page.evaluate(async (sizes) => {
      await document.fonts.ready
      const overflowing: string[] = []
      for (const script of document.querySelectorAll<HTMLElement>('.slide-page .script')) {
        for (const size of sizes) {
          script.style.setProperty('--script-size', `${size}pt`)
          if (script.scrollHeight <= script.clientHeight)
            break
        }
        if (script.scrollHeight > script.clientHeight)
          overflowing.push(script.closest<HTMLElement>('[data-slide]')?.dataset.slide ?? '?')
      }
      await document.fonts.ready
      return overflowing
    }, SCRIPT_SIZES)
    if (tooLong.length > 0)
      throw new Error(`The script of slide ${tooLong.join(', ')} does not fit one handout page even at ${SCRIPT_SIZES.at(-1)} pt: shorten it.`)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  }
  finally {
    await browser.close()
  }
}

export async function exportHandout({ deck, slidesPdf, output, browserPath }: { deck: Deck, slidesPdf: string, output: string, browserPath: string }): Promise<void> {
  const slideBytes = readFileSync(slidesPdf)
  const slides = await PDFDocument.load(slideBytes)
  if (slides.getPageCount() !== deck.slides.length)
    throw new Error(`${slidesPdf} has ${slides.getPageCount()} pages for ${deck.slides.length} slides: export it again (npm run export -- --only pdf).`)
  const { width, height } = slides.getPage(0).getSize()
  const frameHeight = +(FRAME.width * (height / width)).toFixed(2)

  const doc = await PDFDocument.load(await printPages({ deck, slideAspect: height / width, browserPath }), { updateMetadata: false })
  if (doc.getPageCount() !== deck.slides.length + 1)
    throw new Error(`The handout printed ${doc.getPageCount()} pages, expected a title page and ${deck.slides.length} slide pages.`)
  const embedded = await doc.embedPdf(slideBytes, slides.getPageIndices())
  embedded.forEach((slide, index) => {
    const page = doc.getPage(index + 1)
    page.drawPage(slide, {
      x: mm(FRAME.left),
      y: page.getHeight() - mm(FRAME.top) - mm(frameHeight),
      width: mm(FRAME.width),
      height: mm(frameHeight),
    })
  })
  // Page 0 is the title page, so slide n is on page n.
  await finishPdf(output, { deck, kind: '讲稿版', pageOfSlide: no => no, doc })
}
