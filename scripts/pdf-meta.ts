// Bookmarks and document properties of the exported PDFs, written with pdf-lib after Chromium has printed them.
// The bookmarks are the talk's parts (lib/sections.ts, which names the footer's parts too), each with its slides.
// Slidev's `--with-toc` cannot make them: its entries are slide titles, so it cannot name a part that has no slide of
// its own (开场, 结语), and in the click-by-click PDF it points at each slide's last page. It serves here to tell on
// which page each slide starts in that PDF (Slidev knows how many click steps each slide printed).
import type { PDFObject } from 'pdf-lib'
import type { Deck } from './deck-source'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib'
import { outlineOf } from '../lib/sections'
import packageJson from '../package.json' with { type: 'json' }

/** Title, author, subject, keywords, language and a Creator naming the deck; `edition` names a PDF, e.g. 讲稿版. */
export function setProperties(doc: PDFDocument, headmatter: Record<string, unknown>, edition = ''): void {
  const title = String(headmatter.title)
  doc.setTitle(edition ? `${title}（${edition}）` : title, { showInWindowTitleBar: true })
  doc.setAuthor(String(headmatter.author ?? ''))
  doc.setSubject(String(headmatter.info ?? '').replace(/\s+/g, ' ').trim())
  doc.setKeywords(String(headmatter.keywords ?? '').split(/[,，]/).map(k => k.trim()).filter(Boolean))
  doc.setLanguage((headmatter.htmlAttrs as { lang?: string } | undefined)?.lang ?? 'zh-CN')
  doc.setCreator(`${title}: Slidev deck (${packageJson.name}), scripts/export.ts`)
  doc.setProducer(`Slidev ${packageJson.dependencies['@slidev/cli']}, Chromium, pdf-lib ${packageJson.dependencies['pdf-lib']}`)
  doc.setModificationDate(new Date())
}

interface Entry { title: string, no: number, slides?: Entry[] }

/** Writes the parts and their slides as bookmarks, open; `pageOf(no)` is a slide's first page, 0-based. */
function setOutline(doc: PDFDocument, deck: Deck, pageOf: (no: number) => number): void {
  const { context } = doc
  const pages = doc.getPages()
  function items(entries: Entry[], parent: PDFRef): { First: PDFRef, Last: PDFRef, Count: number } {
    const refs = entries.map(() => context.nextRef())
    let count = entries.length
    entries.forEach((entry, i) => {
      const kids = entry.slides?.length ? items(entry.slides, refs[i]!) : undefined
      count += kids?.Count ?? 0
      const page = pages[pageOf(entry.no)]
      if (!page)
        throw new Error(`Bookmark "${entry.title}" points at page ${pageOf(entry.no) + 1}; the PDF has ${pages.length}.`)
      const Title = PDFHexString.fromText(entry.title)
      context.assign(refs[i]!, context.obj({ Title, Parent: parent, Dest: [page.ref, 'Fit'], Prev: refs[i - 1], Next: refs[i + 1], ...kids }))
    })
    return { First: refs[0]!, Last: refs.at(-1)!, Count: count }
  }
  const root = context.nextRef()
  context.assign(root, context.obj({ Type: 'Outlines', ...items(outlineOf(deck.slides), root) }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines')) // open with the bookmarks showing
}

/** The pages (0-based) Slidev's `--with-toc` outline points at, depth first: each titled slide's last page. */
export function slidevTocPages(doc: PDFDocument): number[] {
  const pageRefs = doc.getPages().map(page => page.ref)
  const pages: number[] = []
  const walk = (ref: PDFObject | undefined): void => {
    for (; ref instanceof PDFRef; ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next'))) {
      const item = doc.context.lookup(ref, PDFDict)
      pages.push(pageRefs.indexOf(item.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef))
      walk(item.get(PDFName.of('First')))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')))
  return pages
}

/** Each slide's first page, from Slidev's outline: the page after the previous slide's last. */
function startsFromSlidevToc(file: string, doc: PDFDocument, deck: Deck): (no: number) => number {
  const lastPages = slidevTocPages(doc)
  const inOrder = lastPages.every((page, i) => page > (lastPages[i - 1] ?? -1))
  if (lastPages.length !== deck.slides.length || !inOrder || lastPages.at(-1) !== doc.getPageCount() - 1) {
    throw new Error(`${file}: Slidev's outline points at pages ${lastPages.map(p => p + 1).join(', ')} for ${deck.slides.length} `
      + `slides on ${doc.getPageCount()} pages. Export it with --with-toc, and give every slide a title (a # heading).`)
  }
  return no => (no === 1 ? 0 : lastPages[no - 2]! + 1)
}

/**
 * Why a PDF Slidev printed is unfit, or null: no font at all (blank pages), or text in a font the deck does not
 * declare: a system fallback, which means the deck's web fonts had not loaded when Chromium printed (seen under load:
 * every Chinese character a box, while the text layer still reads right). Chromium embeds the deck's variable faces as
 * Type 3 fonts, static ones under their names (Noto Sans SC, JetBrains Mono).
 */
export async function printProblem(file: string): Promise<string | null> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const fonts = doc.context.enumerateIndirectObjects().map(([, object]) => object).filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'))
  const foreign = fonts.filter(font => font.get(PDFName.of('Subtype')) !== PDFName.of('Type3'))
    .map(font => String(font.get(PDFName.of('BaseFont')) ?? ''))
    .filter(name => !/Noto|JetBrains/i.test(name))
  if (fonts.length === 0)
    return `${file} has no text on any page (a blank export)`
  return foreign.length ? `${file} prints text in ${[...new Set(foreign)].join(', ')}: the deck's fonts had not loaded` : null
}

/**
 * Adds bookmarks (unless `outline: false`) and properties to an exported PDF in place. `pageOf(no)` gives a slide's
 * first page (0-based); by default it is read from the outline Slidev's `--with-toc` wrote, which this replaces.
 */
export async function finishPdf(file: string, deck: Deck, options: { edition?: string, outline?: boolean, pageOf?: (no: number) => number, doc?: PDFDocument } = {}): Promise<void> {
  const doc = options.doc ?? await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  if (options.outline !== false)
    setOutline(doc, deck, options.pageOf ?? startsFromSlidevToc(file, doc, deck))
  setProperties(doc, deck.headmatter, options.edition)
  writeFileSync(file, await doc.save())
}
