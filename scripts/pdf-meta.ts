// Bookmarks, document properties and a print check for the exported PDFs, with pdf-lib, after Chromium has printed.
// The bookmarks are the talk's parts (lib/sections.ts), each with its slides: why not Slidev's --with-toc, docs/pdf.md.
import type { PDFRef } from 'pdf-lib'
import type { Deck, DeckSlide } from './deck-source'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { outlineOf } from '../lib/sections'
import packageJson from '../package.json' with { type: 'json' }

interface Entry { title: string, no: number, slides?: Entry[] }

/** Writes the parts and their slides as open bookmarks; `pageOf(no)` is a slide's first page, 0-based. */
function setOutline(doc: PDFDocument, deck: Deck, pageOf: (no: number) => number): void {
  const { context } = doc
  const pages = doc.getPages()
  function items(entries: Entry[], parent: PDFRef): { First: PDFRef, Last: PDFRef, Count: number } {
    const refs = entries.map(() => context.nextRef())
    let count = entries.length
    entries.forEach((entry, i) => {
      const kids = entry.slides?.length ? items(entry.slides, refs[i]!) : undefined
      count += kids?.Count ?? 0
      const Dest = [pages[pageOf(entry.no)]!.ref, 'Fit']
      context.assign(refs[i]!, context.obj({ Title: PDFHexString.fromText(entry.title), Parent: parent, Dest, Prev: refs[i - 1], Next: refs[i + 1], ...kids }))
    })
    return { First: refs[0]!, Last: refs.at(-1)!, Count: count }
  }
  const root = context.nextRef()
  context.assign(root, context.obj({ Type: 'Outlines', ...items(outlineOf(deck.slides), root) }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines')) // open with the bookmarks showing
}

/**
 * Adds properties (title, author, subject, keywords, zh-CN, a Creator naming the deck; `edition` names the PDF, e.g.
 * 讲稿版) to a PDF in place, and, given how many pages each slide prints (`pages`, after `offset` pages before the
 * first slide), bookmarks, once sure the PDF has those pages.
 */
export async function finishPdf(file: string, deck: Deck, options: { edition?: string, pages?: (slide: DeckSlide) => number, offset?: number, doc?: PDFDocument }): Promise<void> {
  const { edition = '', pages, offset = 0 } = options
  const doc = options.doc ?? await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  if (pages) {
    const firstPages = deck.slides.map((_, i) => deck.slides.slice(0, i).reduce((sum, slide) => sum + pages(slide), offset))
    const expected = firstPages.at(-1)! + pages(deck.slides.at(-1)!)
    if (doc.getPageCount() !== expected) {
      throw new Error(`${file} has ${doc.getPageCount()} pages, not the ${expected} its slides and click steps make (a slide `
        + 'whose clicks Slidev counts only at run time, such as v-click, needs `clicks:` in its frontmatter).')
    }
    setOutline(doc, deck, no => firstPages[no - 1]!)
  }
  const { title, author, info, keywords, htmlAttrs } = deck.headmatter as Record<string, string | undefined> & { htmlAttrs?: { lang?: string } }
  doc.setTitle(edition ? `${title}（${edition}）` : String(title), { showInWindowTitleBar: true })
  doc.setAuthor(author ?? '')
  doc.setSubject((info ?? '').replace(/\s+/g, ' ').trim())
  doc.setKeywords((keywords ?? '').split(/[,，]/).map(k => k.trim()).filter(Boolean))
  doc.setLanguage(htmlAttrs?.lang ?? 'zh-CN')
  doc.setCreator(`${title}: Slidev deck (${packageJson.name}), scripts/export.ts`)
  doc.setProducer(`Slidev ${packageJson.dependencies['@slidev/cli']}, Chromium, pdf-lib ${packageJson.dependencies['pdf-lib']}`)
  doc.setModificationDate(new Date())
  writeFileSync(file, await doc.save())
}

/**
 * Why a PDF Slidev printed is unfit, or null: no font at all (blank pages), or text in a font the deck does not
 * declare: a system fallback, so the deck's web fonts had not loaded when Chromium printed (seen under load: every
 * Chinese character a box, while the text layer still reads right). Chromium embeds the deck's variable faces as
 * Type 3 fonts, static ones under their names (Noto Sans SC, JetBrains Mono).
 */
export async function printProblem(file: string): Promise<string | null> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const fonts = doc.context.enumerateIndirectObjects().map(([, object]) => object).filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'))
  const foreign = fonts.filter(font => font.get(PDFName.of('Subtype')) !== PDFName.of('Type3'))
    .map(font => font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '?')
    .filter(name => !/Noto|JetBrains/i.test(name))
  if (fonts.length === 0)
    return `${file} has no text on any page (a blank export)`
  return foreign.length ? `${file} prints text in ${[...new Set(foreign)].join(', ')}: the deck's fonts had not loaded` : null
}
