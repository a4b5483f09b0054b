import type { Plugin, ResolvedConfig } from 'vite'
import type { FontSlice, SubsetFace } from './font-chars.ts'
import type { ReadingCutPlan, ReadingRecording, ReadingWeight } from './reading-font.ts'
import type { CutJob, FontCut } from './subset-font.ts'
import { Buffer } from 'node:buffer'
/**
 * Vite plugin (build only): cuts the self-hosted CJK font down to the characters this deck can show.
 *
 * @fontsource-variable/noto-sans-sc ships the variable Noto Sans SC as ~100 woff2 slices, each with a
 * unicode-range; a visitor downloads every slice that holds one of the page's characters, mostly glyphs the deck
 * never shows. At build time this plugin
 *   1. collects the characters the deck can show from its sources (slides, components, data modules: labels,
 *      aria-valuetext and readouts live there as strings; plus all printable ASCII for digits and URLs), apart
 *      from those that only the speaker notes (and code comments) have,
 *   2. cuts each slice that holds any of them down to exactly those characters with harfbuzz (subset-font),
 *      keeping the variable weight axis, all layout features and the slice boundaries, plus the characters
 *      FreeType's auto-hinter measures a font by (AUTOHINT_ANCHORS), so that text is shaped, hinted and drawn
 *      pixel for pixel as with the full slices; the notes-only characters get cuts of their own,
 *   3. emits the cuts as assets/deck-sans-sc-<slice>[-notes]-<hash>.woff2 and declares them in index.html as a
 *      family of their own, 'Deck Sans SC', one @font-face per cut whose unicode-range is exactly the characters
 *      it draws (checked against the cut font's own cmap). The browser loads a face only when the page shows one
 *      of its characters: the audience never loads the notes-only cuts, the presenter view does.
 *      The phone's reading view shows slides and script together and has a font of its own, 'Deck Sans SC
 *      Reading' (components/reading/reading.css): static regular and bold Noto Sans SC cut in reading order, the
 *      first screen's characters apart (assets/deck-sans-sc-read-<weight>-<part>-<hash>.woff2, see
 *      build/reading-font.ts), the first parts preloaded on narrow portrait screens, where phones land there.
 * The stylesheet lists 'Deck Sans SC' first and the full split 'Noto Sans SC Variable' after it, so a character
 * the cut lacks (text added in the browser, a character the collection missed) still gets a real glyph: the
 * browser then fetches just the one split slice that holds it. The split's own stylesheet (its @font-face rules)
 * is loaded after the page, not in the render-blocking CSS, and not while the reading view is open
 * (LAZY_SPLIT_MODULE). `slidev` (dev) and `slidev export` serve the plain split: the plugin only runs for
 * `slidev build`.
 *
 * Cuts are cached in node_modules/.cache/deck-font/ (or DECK_FONT_CACHE; "off" for none), keyed by the slice's
 * bytes, the characters and the tools' versions, so a rebuild with unchanged text does no font work. Cutting runs
 * in worker threads (build/subset-font.ts) while Vite bundles.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import process from 'node:process'
import { NARROW_PORTRAIT, READING_CLASS } from '../lib/reading/landing.ts'
import { filesUnder } from './files-under.ts'
import { AUTOHINT_ANCHORS, collectCharacters, fontFaceCss, parseFontFaces, planSubsets, splitShownText } from './font-chars.ts'
import { checkReadingRecording, NO_READING_RECORDING, planReadingCuts, READING_RECORDING_FILE } from './reading-font.ts'
import { cutFiles } from './subset-font.ts'

const require = createRequire(import.meta.url)

/** The family the cut faces are declared under; the stylesheet lists it before the full split family. */
export const DECK_FONT_FAMILY = 'Deck Sans SC'
/**
 * The family of the phone's reading view: static regular and bold faces, each in two files, the first screen's
 * characters and the rest (build/reading-font.ts). font-display: swap, like the slides' (measured: optional left
 * Chromium drawing the fallback even on a reload with the files cached).
 */
export const READING_FONT_FAMILY = 'Deck Sans SC Reading'
/** File-name prefix of the cut faces in the build's assets folder. */
export const DECK_FONT_FILE_PREFIX = 'deck-sans-sc-'
/** The split font that is cut (its stylesheet and files). */
export const SPLIT_FONT_PACKAGE = '@fontsource-variable/noto-sans-sc'
/** The whole static fonts the reading view's faces are cut from, by weight. */
export const READING_FONT_FILES: Record<ReadingWeight, string> = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
}
/**
 * The layout features the reading cuts keep: those browsers apply to horizontal text by default, and the CJK
 * spacing ones Chromium's text-spacing-trim uses. All features would pull in every alternate glyph a character
 * can reach (small caps, fractions, vertical forms): 24 KB instead of 7 KB for printable ASCII alone.
 */
export const READING_FONT_FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'halt', 'chws']

/** Where the deck's displayable text lives, relative to the project root. */
export const DECK_SOURCES: readonly RegExp[] = [
  /^slides\.md$/,
  /^pages\/.+\.md$/,
  /^components\/.+\.(?:vue|ts)$/,
  /^layouts\/.+\.vue$/,
  /^lib\/.+\.ts$/,
  /^setup\/.+\.ts$/,
  /^[^/]+\.vue$/, // global layers such as slide-bottom.vue
]

export interface DeckFontOptions {
  /** Project root; default: Vite's root (Slidev's user root). */
  root?: string
  /**
   * Cache folder for the cuts; default: env DECK_FONT_CACHE if set ("off": no cache), else
   * node_modules/.cache/deck-font under the root. false: no cache.
   */
  cacheDir?: string | false
}

export interface CutFace {
  /** 'shown': characters the slides show; 'hidden': characters only the notes (presenter view) and comments have. */
  tier: 'shown' | 'hidden'
  /** The split slice's file name, e.g. noto-sans-sc-119-wght-normal.woff2. */
  sliceFile: string
  /** The cut's file name, e.g. deck-sans-sc-119-1a2b3c4d.woff2. */
  fileName: string
  bytes: Uint8Array
  /** The characters this face draws: those assigned to its slice that the cut font maps (read from its cmap). */
  codePoints: number[]
  slice: FontSlice
  /** Size of the full split slice the cut was made from. */
  sliceBytes: number
}

const TIER_SUFFIX: Record<CutFace['tier'], string> = { shown: '', hidden: '-notes' }

/** One file of the reading view's font (build/reading-font.ts). */
export interface ReadingFace extends ReadingCutPlan {
  /** e.g. deck-sans-sc-read-400-1-1a2b3c4d.woff2 */
  fileName: string
  bytes: Uint8Array
}

export interface DeckFontCut {
  characters: DeckCharacters
  faces: CutFace[]
  /** The reading view's font files. */
  reading: ReadingFace[]
  /** Characters the reading view's recording (build/reading-recording.json) does not know: in both of its faces. */
  readingFresh: number[]
  /** Characters of the deck that no slice of the font covers (drawn by the next font in the stack, as before). */
  uncovered: number[]
  /** How many cuts came from the cache. */
  cached: number
  milliseconds: number
}

/** Files under `root` whose path (with "/") matches one of DECK_SOURCES, skipping node_modules and dot folders. */
export function deckSourceFiles(root: string): string[] {
  const skip = (name: string) => name === 'node_modules' || name.startsWith('.') || name === 'dist' || name === 'dist-sub'
  return filesUnder(root, { skip }).filter(file => DECK_SOURCES.some(re => re.test(file))).sort()
}

/** The characters a deck can show: `shown` on its slides (and by its widgets), `hidden` only in notes and comments. */
export interface DeckCharacters {
  shown: number[]
  /** In speaker notes or code comments only (none of `shown`): cut into faces of their own, loaded by the presenter view. */
  hidden: number[]
}

/** Both sets of a deck's characters together, ascending: what the reading view, which shows slides and script, can draw. */
export function allCharacters(chars: DeckCharacters): number[] {
  return [...chars.shown, ...chars.hidden].sort((a, b) => a - b)
}

/** The characters the deck at `root` can show (see collectCharacters and splitShownText). */
export function deckCharacters(root: string): DeckCharacters {
  const parts = deckSourceFiles(root).map(file => splitShownText(file, readFileSync(join(root, file), 'utf8')))
  const shown = collectCharacters(parts.map(p => p.shown))
  const inShown = new Set(shown)
  const hidden = collectCharacters(parts.map(p => p.hidden)).filter(c => !inShown.has(c))
  return { shown, hidden }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
  }
  catch {
    return 'unknown'
  }
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts)
    hash.update(part)
  return hash.digest('hex')
}

/** The split font's slices, read from its stylesheet, with the folder their url()s are relative to. */
export function splitFontSlices(): { slices: FontSlice[], dir: string } {
  const cssPath = require.resolve(`${SPLIT_FONT_PACKAGE}/index.css`)
  return { slices: parseFontFaces(readFileSync(cssPath, 'utf8')), dir: dirname(cssPath) }
}

/**
 * Cuts the split font's slices to the deck's characters: per slice that holds any of them, one cut for the
 * characters the slides show and one for those only the notes have (each keeping the auto-hinter's anchors).
 * And the reading view's font: the static faces cut by `readingRecording` (build/reading-font.ts; without it, every
 * character is fresh). With `cacheDir`, reuses and stores cuts there; `threads` worker threads do the cutting (0:
 * this thread).
 */
export async function cutDeckFont(
  characters: DeckCharacters | number[],
  options: { cacheDir?: string, threads?: number, readingRecording?: ReadingRecording } = {},
): Promise<DeckFontCut> {
  const started = performance.now()
  const chars: DeckCharacters = Array.isArray(characters) ? { shown: characters, hidden: [] } : characters
  const { cacheDir, threads, readingRecording = NO_READING_RECORDING } = options
  const { slices, dir } = splitFontSlices()
  const anchors = [...new Set(Array.from(AUTOHINT_ANCHORS, c => c.codePointAt(0)!))]
  const tool = `subset-font ${packageVersion('subset-font')} harfbuzzjs ${packageVersion('harfbuzzjs')} wawoff2 ${packageVersion('wawoff2')}`
  if (cacheDir)
    mkdirSync(cacheDir, { recursive: true })

  /** A cut to make: of a slice for the slides, or of a static font for the reading view. */
  type Of = { kind: 'slice', tier: CutFace['tier'], slice: FontSlice } | { kind: 'reading', plan: ReadingCutPlan }
  interface Entry { job: CutJob, of: Of, sourceBytes: number, cachePath?: string, cut?: FontCut }
  const entries: Entry[] = []
  const sources = new Map<string, Buffer>() // the reading view's 10 MB fonts are read once each
  const add = (job: CutJob, of: Of) => {
    const source = sources.get(job.file) ?? readFileSync(job.file)
    sources.set(job.file, source)
    const input = JSON.stringify({ codePoints: job.codePoints, anchors: job.anchors ?? [], keepFeatures: job.keepFeatures ?? 'all' })
    const cachePath = cacheDir && join(cacheDir, `${sha256(tool, source, input)}.json`)
    let cut: FontCut | undefined
    if (cachePath) {
      try {
        const stored = JSON.parse(readFileSync(cachePath, 'utf8')) as { woff2: string, codePoints: number[] }
        cut = { bytes: new Uint8Array(Buffer.from(stored.woff2, 'base64')), codePoints: stored.codePoints }
      }
      catch {}
    }
    entries.push({ job, of, sourceBytes: source.length, cachePath: cachePath || undefined, cut })
  }
  const uncovered: number[] = []
  for (const tier of ['shown', 'hidden'] as const) {
    const planned = planSubsets(chars[tier], slices)
    uncovered.push(...planned.uncovered)
    for (const { slice, codePoints } of planned.plans) {
      add({ file: join(dir, slice.url), codePoints, anchors }, { kind: 'slice', tier, slice })
    }
  }
  // The reading faces: whole fonts, no anchors (each file of a face holds many of them anyway, and a phone's
  // renderer does not auto-hint), only the default layout features.
  const reading = planReadingCuts(allCharacters(chars), readingRecording)
  for (const plan of reading.plans)
    add({ file: require.resolve(READING_FONT_FILES[plan.weight]), codePoints: plan.codePoints, keepFeatures: READING_FONT_FEATURES }, { kind: 'reading', plan })

  const cached = entries.filter(e => e.cut).length
  const todo = entries.filter(e => !e.cut)
  const cuts = await cutFiles(todo.map(e => e.job), { threads })
  todo.forEach((entry, i) => {
    entry.cut = cuts[i]!
    if (entry.cachePath) {
      const { bytes, codePoints } = entry.cut
      writeFileSync(entry.cachePath, JSON.stringify({ woff2: Buffer.from(bytes).toString('base64'), codePoints }))
    }
  })

  const faces: CutFace[] = []
  const readingFaces: ReadingFace[] = []
  for (const { job, of, sourceBytes, cut } of entries) {
    // The cut may map a few more characters than were asked for: the anchors, and glyphs that layout features
    // reach (e.g. "≥" as the mirrored form of "≤"). Its unicode-range claims only the characters assigned to it.
    // A slice's unicode-range may claim characters its font has no glyph for: those are left to the next family.
    const held = new Set(cut!.codePoints)
    const codePoints = job.codePoints.filter(c => held.has(c))
    const hash = sha256(cut!.bytes).slice(0, 8)
    if (of.kind === 'reading') {
      const { weight, part } = of.plan
      if (codePoints.length)
        readingFaces.push({ weight, part, codePoints, fileName: `${DECK_FONT_FILE_PREFIX}read-${weight}-${part}-${hash}.woff2`, bytes: cut!.bytes })
      continue
    }
    uncovered.push(...job.codePoints.filter(c => !held.has(c)))
    if (codePoints.length === 0)
      continue
    const sliceName = of.slice.url.split('/').at(-1)!
    const sliceId = sliceName.replace(/\.woff2$/, '').replace(/-wght-normal$/, '').replace(/^noto-sans-sc-/, '')
    faces.push({
      tier: of.tier,
      sliceFile: sliceName,
      fileName: `${DECK_FONT_FILE_PREFIX}${sliceId}${TIER_SUFFIX[of.tier]}-${hash}.woff2`,
      bytes: cut!.bytes,
      codePoints,
      slice: of.slice,
      sliceBytes: sourceBytes,
    })
  }
  uncovered.sort((a, b) => a - b)
  return { characters: chars, faces, reading: readingFaces, readingFresh: reading.fresh, uncovered, cached, milliseconds: performance.now() - started }
}

/** The address of a built asset: under `base` + `assetsDir`. */
function assetUrl(base: string, assetsDir: string, fileName: string): string {
  return `${base}${assetsDir ? `${assetsDir}/` : ''}${fileName}`
}

/** The @font-face rules for the cut faces, with their files under `base` + `assetsDir`. */
export function deckFontCss(cut: DeckFontCut, base: string, assetsDir: string): string {
  const url = (fileName: string) => assetUrl(base, assetsDir, fileName)
  const slides: SubsetFace[] = cut.faces.map(face => ({
    url: url(face.fileName),
    codePoints: face.codePoints,
    weight: face.slice.weight,
    style: face.slice.style,
    format: face.slice.format,
  }))
  const reading: SubsetFace[] = cut.reading.map(face => ({
    url: url(face.fileName),
    codePoints: face.codePoints,
    weight: String(face.weight),
    style: 'normal',
    format: 'woff2',
  }))
  return `${fontFaceCss(DECK_FONT_FAMILY, slides)}\n${fontFaceCss(READING_FONT_FAMILY, reading, 'swap')}`
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/** The module a build puts in place of the split font's stylesheet import (setup/main.ts). */
const LAZY_SPLIT_ID = '\0deck-font-lazy-split'
/**
 * Loads the split's stylesheet once the page has loaded (Vite emits it, with its woff2 files, as a chunk of its
 * own): it only serves characters the cut lacks, so it need not block the first paint. Not in the reading view,
 * whose own cut has them all: there it would cost a phone ~43 KB and a restyle of the whole article for nothing.
 */
export const LAZY_SPLIT_MODULE = `
// Offline it is not there (nor are the split's files): the cut draws every character the deck has.
const load = () => import('${SPLIT_FONT_PACKAGE}/index.css').catch(() => {})
// The phone's reading view has a font of its own (READING_FONT_FAMILY) holding every character the deck has, each
// at the weights the view draws it at (build/reading-font.ts): while it is open, the split waits for the reader to
// leave it for the slides.
// <html data-deck-font-split> says which (tests read it): 'waiting' while the reading view is open, then 'loading'.
const html = () => document.documentElement
const reading = () => html().classList.contains('${READING_CLASS}')
function start() {
  html().dataset.deckFontSplit = 'loading'
  load()
}
function loadOutsideReading() {
  if (!reading())
    return start()
  html().dataset.deckFontSplit = 'waiting'
  const watch = new MutationObserver(() => {
    if (!reading()) {
      watch.disconnect()
      start()
    }
  })
  watch.observe(html(), { attributes: true, attributeFilter: ['class'] })
}
const later = () => setTimeout(loadOutsideReading, 0)
if (typeof window !== 'undefined') {
  if (document.readyState === 'complete')
    later()
  else
    window.addEventListener('load', later, { once: true })
}
`

/** The reading view's recording under `root`, or what is wrong with it (missing, not JSON, not its shape). */
function readReadingRecording(root: string): ReadingRecording | string {
  try {
    return checkReadingRecording(JSON.parse(readFileSync(join(root, READING_RECORDING_FILE), 'utf8')))
  }
  catch (error) {
    return (error as Error).message
  }
}

export default function deckFont(options: DeckFontOptions = {}): Plugin {
  let config: ResolvedConfig
  let cut: Promise<DeckFontCut> | undefined

  const start = () => {
    const root = options.root ?? config.root
    const fromEnv = process.env.DECK_FONT_CACHE
    const cacheDir = options.cacheDir === false || fromEnv === 'off'
      ? undefined
      : (options.cacheDir ?? (fromEnv || join(root, 'node_modules/.cache/deck-font')))
    const recording = readReadingRecording(root)
    if (typeof recording === 'string')
      config.logger.warn(`deck-font: cannot use ${READING_RECORDING_FILE} (${recording}): the reading view's font gets no first-screen part and both its faces get every character; run npm run fonts:reading`)
    return cutDeckFont(deckCharacters(root), { cacheDir, readingRecording: typeof recording === 'string' ? undefined : recording })
  }

  return {
    name: 'deck-font',
    enforce: 'pre',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    resolveId(source) {
      return source === SPLIT_FONT_PACKAGE ? LAZY_SPLIT_ID : null
    },
    load(id) {
      return id === LAZY_SPLIT_ID ? LAZY_SPLIT_MODULE : null
    },
    buildStart() {
      // Cut while Vite bundles; awaited when the files are emitted and the HTML is written.
      cut = start()
      cut.catch(() => {}) // reported where it is awaited
    },
    async generateBundle() {
      const result = await cut!
      for (const face of [...result.faces, ...result.reading])
        this.emitFile({ type: 'asset', fileName: join(config.build.assetsDir, face.fileName).split(sep).join('/'), source: face.bytes })
      const tier = (name: CutFace['tier']) => {
        const faces = result.faces.filter(f => f.tier === name)
        const bytes = faces.reduce((sum, f) => sum + f.bytes.length, 0)
        const split = faces.reduce((sum, f) => sum + f.sliceBytes, 0)
        const characters = faces.reduce((sum, f) => sum + f.codePoints.length, 0)
        return `${characters} characters in ${faces.length} faces, ${kb(bytes)} (those slices in full: ${kb(split)})`
      }
      const reading = result.reading.map(f => `${f.weight}/${f.part} ${f.codePoints.length} characters ${kb(f.bytes.length)}`).join(', ')
      const missing = result.uncovered.map(c => String.fromCodePoint(c)).join(' ')
      config.logger.info(`deck-font: slides ${tier('shown')}; notes only ${tier('hidden')}; reading view (weight/part) ${reading}; `
        + `${(result.milliseconds / 1000).toFixed(1)} s, ${result.cached} from cache`
        + `${missing ? `; not in the font, left to the next family as before: ${missing}` : ''}`)
      if (result.readingFresh.length) {
        config.logger.warn(`deck-font: ${result.readingFresh.length} characters are new to ${READING_RECORDING_FILE} (${String.fromCodePoint(...result.readingFresh.slice(0, 20))}${result.readingFresh.length > 20 ? '…' : ''}): `
          + 'the reading view gets them in both weights, after its first screen. Run npm run fonts:reading to record them.')
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        const result = await cut!
        // The reading font's first parts, preloaded where phones land in the reading view (lib/reading/landing.ts):
        // they arrive with the app's scripts, and the first screen is drawn once, in its own font. A media query,
        // not a script: the slides on a desktop fetch nothing, and the page keeps no inline script (vercel.json's
        // policy is static).
        const preloads = result.reading.filter(face => face.part === 1).map(face => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: assetUrl(config.base, config.build.assetsDir, face.fileName), media: NARROW_PORTRAIT },
          injectTo: 'head' as const,
        }))
        return [{
          tag: 'style',
          attrs: { id: 'deck-font' },
          children: deckFontCss(result, config.base, config.build.assetsDir),
          injectTo: 'head', // after <meta charset>, which must stay within the first 1024 bytes
        }, ...preloads]
      },
    },
  }
}
