// The built deck's CJK font, derived from the build itself: nothing to record or commit by hand. After
// `slidev build`, scripts/build.ts calls addDeckFont, which
//   1. serves the build and reads it in Chromium with the whole faces: the phone's reading view (/read at 390×844
//      and 360×740) on its first screen, in every frame until the network is idle, then section by section; and the
//      slides' overview (every slide and its notes). Per weight (computed font-weight ≥ 600 is bold), it collects the characters drawn;
//   2. cuts each static face of 'Deck Sans SC' (vite/deck-font.ts) with harfbuzz into
//        part 1: the characters the phone's first screen draws at that weight (preloaded on narrow portrait screens),
//        part 2: the rest drawn at that weight, all printable ASCII, and the characters of the deck's sources that the
//                walk never saw drawn (other widget states, messages, notes), at both weights,
//        part 3: every other character of the deck (seen drawn at the other weight only): a file no view is seen to
//                fetch, there so that a state the walk missed still draws a real glyph, never a box;
//   3. writes the files into assets/ and their @font-face rules and the preloads into index.html and 404.html.
// The walk and the cuts are cached in node_modules/.cache/deck-font/, keyed by content: an unchanged rebuild does no
// font work. With no browser, every character of the sources goes into part 2 of both weights.
import type { Browser, BrowserContextOptions } from 'playwright-core'
import type { FontWeight } from '../vite/deck-font'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { create as openFont } from 'fontkit'
import subsetFont from 'subset-font'
import { NARROW_PORTRAIT } from '../lib/reading/landing'
import { FONT_FAMILY, FONT_FILES, FONT_WEIGHTS, fontFace } from '../vite/deck-font'
import { withServedBuild } from './preview'

const THIS_FILE = fileURLToPath(import.meta.url)
const ROOT = join(dirname(THIS_FILE), '..')
const CACHE = join(ROOT, 'node_modules/.cache/deck-font')
/** What the deck can draw: its text, its components' strings and styles (CSS `content`). */
const DECK_FOLDERS = ['pages', 'components', 'layouts', 'lib', 'setup']
const DECK_SOURCE = /\.(?:md|vue|ts|css)$/
/** The layout features browsers apply to horizontal text by default, CJK spacing, and tabular figures (charts). */
const FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'halt', 'chws', 'tnum']
/** The phone sizes whose first screen part 1 holds: a common phone and a small one. */
const PHONES: BrowserContextOptions[] = [{ width: 390, height: 844 }, { width: 360, height: 740 }]
  .map(viewport => ({ viewport, isMobile: true, hasTouch: true }))

/** Characters by weight (index 0: 400, 1: 700), as strings. */
export interface Drawn { firstScreen: [string, string], all: [string, string] }
export interface Cut { weight: FontWeight, part: 1 | 2 | 3, codePoints: number[] }

const codePoints = (text: string) => new Set(Array.from(text, c => c.codePointAt(0)!).filter(c => c >= 0x20 && (c < 0x7F || c >= 0xA0)))
const sorted = (set: Iterable<number>) => [...new Set(set)].sort((a, b) => a - b)
const sha = (...parts: (string | Buffer)[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex').slice(0, 16)
const ASCII = Array.from({ length: 0x5F }, (_, i) => 0x20 + i)

/** Every character the deck's sources hold (printable ASCII included): what the deck can ever draw. */
export function deckCharacters(root = ROOT): number[] {
  const files = [
    ...readdirSync(root).filter(file => file === 'slides.md' || /\.(?:vue|css)$/.test(file)),
    ...DECK_FOLDERS.filter(folder => existsSync(join(root, folder)))
      .flatMap(folder => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map(file => join(folder, file))),
  ].filter(file => DECK_SOURCE.test(file))
  return sorted([...ASCII, ...files.flatMap(file => [...codePoints(readFileSync(join(root, file), 'utf8'))])])
}

/** In the page: per weight, the text the browser renders; `laidOut`: only what it lays out now (not skipped by content-visibility). */
const DRAWN_IN_PAGE = `window.deckDrawn = (laidOut) => {
  const found = ['', '']
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (el && el.checkVisibility({ contentVisibilityAuto: laidOut }))
      found[Number(getComputedStyle(el).fontWeight) >= 600 ? 1 : 0] += node.textContent
  }
  return found
}
window.deckFirstScreen = ['', '']
requestAnimationFrame(function frame() {
  if (window.deckFirstScreenDone) return
  if (document.body) deckDrawn(true).forEach((text, i) => { window.deckFirstScreen[i] += [...new Set(text)].join('') })
  requestAnimationFrame(frame)
})
for (const weight of ${JSON.stringify(FONT_WEIGHTS)})
  document.fonts.add(new FontFace(${JSON.stringify(FONT_FAMILY)}, 'url(/__deck-font/' + weight + ')', { weight: String(weight) }))`

/** Reads what the deck at `url` (its base address) draws, with the whole faces, so that it lays out as it will. */
export async function recordDrawn(browser: Browser, url: string, hashRoutes: boolean): Promise<Drawn> {
  const route = (path: string) => `${url}${hashRoutes ? '#/' : ''}${path}`
  const drawn: Drawn = { firstScreen: ['', ''], all: ['', ''] }
  const add = (into: [string, string], found: [string, string]) => found.forEach((text, i) => (into[i] += text))
  const open = async (options: BrowserContextOptions, path: string) => {
    const context = await browser.newContext({ ...options, serviceWorkers: 'block' })
    await context.addInitScript(DRAWN_IN_PAGE)
    await context.route('**/__deck-font/*', r => r.fulfill({ path: FONT_FILES[Number(r.request().url().split('/').at(-1)) as FontWeight] }))
    const page = await context.newPage()
    await page.goto(route(path), { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    return page
  }
  const small = await open(PHONES[1]!, 'read')
  add(drawn.firstScreen, await small.evaluate('window.deckFirstScreenDone = true; window.deckFirstScreen'))
  await small.context().close()
  const phone = await open(PHONES[0]!, 'read')
  add(drawn.firstScreen, await phone.evaluate('window.deckFirstScreenDone = true; window.deckFirstScreen'))
  const sections = phone.locator('[data-slide-no]')
  for (let i = 0; await sections.nth(i).waitFor({ state: 'attached', timeout: 3000 }).then(() => true, () => false); i++) {
    await sections.nth(i).evaluate(el => el.scrollIntoView({ block: 'start' }))
    await sections.nth(i).locator('.slidev-layout').first().waitFor({ timeout: 5000 }).catch(() => {})
    add(drawn.all, await phone.evaluate('deckDrawn(false)'))
  }
  await phone.context().close()
  // The overview draws every slide at its last step, with its notes (the build has no print view).
  const overview = await open({ viewport: { width: 1280, height: 720 } }, 'overview')
  await overview.locator('.slidev-slide-loading').first().waitFor({ state: 'detached' }).catch(() => {})
  add(drawn.all, await overview.evaluate('deckDrawn(false)'))
  await overview.context().close()
  add(drawn.all, drawn.firstScreen)
  if (codePoints(drawn.all[0]).size < 100)
    throw new Error(`The deck at ${route('read')} drew almost nothing: is it a build of this deck for that address?`)
  return drawn
}

/** The files of each weight (see the top of this file); with no recording, everything in part 2 of both. */
export function planCuts(deck: number[], drawn?: Drawn): Cut[] {
  const seen = new Set(drawn ? [...codePoints(drawn.all[0]), ...codePoints(drawn.all[1])] : [])
  const everything = sorted([...deck, ...seen])
  return FONT_WEIGHTS.flatMap((weight, i) => {
    const first = codePoints(drawn?.firstScreen[i] ?? '')
    const rest = new Set([...codePoints(drawn?.all[i] ?? ''), ...ASCII, ...deck.filter(c => !seen.has(c))])
    const parts: Cut[] = [
      { weight, part: 1, codePoints: sorted(first) },
      { weight, part: 2, codePoints: everything.filter(c => rest.has(c) && !first.has(c)) },
      { weight, part: 3, codePoints: everything.filter(c => !rest.has(c) && !first.has(c)) },
    ]
    return parts.filter(cut => cut.codePoints.length > 0)
  })
}

const versionOf = (name: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string
const cmaps = new Map<FontWeight, Set<number>>()

/** The woff2 of a cut, and the characters it really draws (those the face has): from the cache when it holds them. */
export async function cutFont({ weight, codePoints: wanted }: Cut): Promise<{ bytes: Buffer, codePoints: number[] }> {
  const file = join(CACHE, `cut-${sha(versionOf('subset-font'), versionOf('@expo-google-fonts/noto-sans-sc'), String(weight), FEATURES.join(), wanted.join())}.json`)
  if (existsSync(file)) {
    const { woff2, codePoints } = JSON.parse(readFileSync(file, 'utf8')) as { woff2: string, codePoints: number[] }
    return { bytes: Buffer.from(woff2, 'base64'), codePoints }
  }
  const font = readFileSync(FONT_FILES[weight])
  if (!cmaps.has(weight))
    cmaps.set(weight, new Set((openFont(font) as { characterSet: number[] }).characterSet))
  const held = wanted.filter(c => cmaps.get(weight)!.has(c))
  // @types/subset-font 2.3.0 predates keepFeatures (subset-font documents it).
  const bytes = await subsetFont(font, String.fromCodePoint(...held), { targetFormat: 'woff2', keepFeatures: FEATURES } as object)
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(file, JSON.stringify({ woff2: bytes.toString('base64'), codePoints: held }))
  return { bytes, codePoints: held }
}

/** Writes the unicode-range of sorted code points compactly: runs become "U+4e00-4e05". */
export function unicodeRange(list: number[]): string {
  const runs: string[] = []
  for (let i = 0, j = 0; i < list.length; i = ++j) {
    while (list[j + 1] === list[j]! + 1) j++
    runs.push(j === i ? `U+${list[i]!.toString(16)}` : `U+${list[i]!.toString(16)}-${list[j]!.toString(16)}`)
  }
  return runs.join(',')
}

/**
 * Cuts the font for the build in `dir` (built for `base`), writes the files and declares them in its pages. The walk
 * runs in the Chromium at `browserPath` (none: no walk). Returns what it wrote, for the build's log.
 */
export async function addDeckFont({ dir, base, hashRoutes, browserPath }: { dir: string, base: string, hashRoutes: boolean, browserPath?: string }) {
  // The walk depends on the app (index.html and its content-hashed assets) and on this file.
  const app = readFileSync(join(dir, 'index.html'), 'utf8') + readdirSync(join(dir, 'assets'), { recursive: true }).sort().join()
  const recording = join(CACHE, `drawn-${sha(app, readFileSync(THIS_FILE))}.json`)
  let drawn: Drawn | undefined
  if (existsSync(recording)) {
    drawn = JSON.parse(readFileSync(recording, 'utf8')) as Drawn
  }
  else if (browserPath) {
    drawn = await withServedBuild({ dir, base, browserPath }, (browser, url) => recordDrawn(browser, url, hashRoutes))
    mkdirSync(CACHE, { recursive: true })
    writeFileSync(recording, JSON.stringify(drawn))
  }
  const faces: string[] = []
  const preloads: string[] = []
  const files: { name: string, bytes: number, characters: number }[] = []
  for (const cut of planCuts(deckCharacters(), drawn)) {
    const { bytes, codePoints } = await cutFont(cut)
    const name = `deck-sans-sc-${cut.weight}-${cut.part}-${sha(bytes).slice(0, 8)}.woff2`
    writeFileSync(join(dir, 'assets', name), bytes)
    faces.push(fontFace(cut.weight, `${base}assets/${name}`, unicodeRange(codePoints)))
    if (cut.part === 1)
      preloads.push(`<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}assets/${name}" media="${NARROW_PORTRAIT}">`)
    files.push({ name, bytes: bytes.length, characters: codePoints.length })
  }
  const head = `<style id="deck-font">\n${faces.join('\n')}\n</style>\n${preloads.join('\n')}\n</head>`
  for (const page of ['index.html', '404.html'].filter(page => existsSync(join(dir, page))))
    writeFileSync(join(dir, page), readFileSync(join(dir, page), 'utf8').replace('</head>', head))
  return { files, walked: Boolean(drawn) }
}
