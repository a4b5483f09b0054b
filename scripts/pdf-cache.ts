// Reuses exported PDFs when nothing they print has changed, so a rebuild with unchanged slides costs no export.
//
// The key is a content hash of everything an export depends on: the slides and what they render (slides.md,
// pages/, components/, lib/, setup/, layouts/, styles, global and per-slide layers, public/), the Vite and
// export settings (vite.config.ts, scripts/export.ts, which holds the export options), the installed packages
// (package-lock.json, the Slidev version), the environment that reaches the slides (DECK_URL is baked into the
// QR code) and the browser that prints. A hit copies the cached file to exports/; a miss exports, then stores it.
// Cache: node_modules/.cache/deck-pdf/ (DECK_PDF_CACHE=dir to move it, DECK_PDF_CACHE=off to always export).
import type { BinaryLike } from 'node:crypto'
import type { FoundBrowser } from './browser'
import type { ExportKind } from './export'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { filesUnder } from '../build/files-under'
import { PDF_CLICKS_FILE, PDF_FILE, PDF_HANDOUT_FILE, PDF_NOTES_FILE } from '../lib/deck-files'
import { EXPORT_DIR, exportPdf } from './export'

const ROOT = new URL('..', import.meta.url).pathname

/** What each export kind of scripts/export.ts writes; its options are in that file, which is part of the key. */
const FILE_OF_KIND: Record<ExportKind, string> = { pdf: PDF_FILE, clicks: PDF_CLICKS_FILE, notes: PDF_NOTES_FILE, handout: PDF_HANDOUT_FILE }

/** Files and folders (relative to the project root) whose content an export depends on; missing ones are skipped. */
export const PDF_INPUTS = [
  'slides.md',
  'pages',
  'components',
  'lib',
  'setup',
  'layouts',
  'styles',
  'style.css',
  'uno.config.ts',
  'index.html',
  'global-top.vue',
  'global-bottom.vue',
  'slide-top.vue',
  'slide-bottom.vue',
  'custom-nav-controls.vue',
  'public',
  'package-lock.json',
  'vite.config.ts',
  'scripts/export.ts',
  // The handout lays out talk.pdf's pages (made from the inputs above) with the script.
  'scripts/handout',
  'scripts/pdf-meta.ts',
]

/** Environment variables that change what the slides show (see vite.config.ts). */
export const PDF_ENV = ['DECK_URL']

/** How many cached PDFs of one kind to keep (the newest ones). */
const KEEP_PER_KIND = 3

/** An input's files, as "/"-separated paths from the project root: the input itself, or every file under it. */
function inputFiles(root: string, input: string): string[] {
  if (statSync(join(root, input), { throwIfNoEntry: false })?.isFile())
    return [input]
  return filesUnder(join(root, input)).map(file => `${input}/${file}`)
}

function slidevVersion(root: string): string {
  const manifest = join(root, 'node_modules/@slidev/cli/package.json')
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'none'
}

/** A browser is identified by its path, size and modification time: an upgrade changes how it prints. */
function browserIdentity(browserPath: string): string {
  const stat = statSync(browserPath, { throwIfNoEntry: false })
  return stat ? `${browserPath}:${stat.size}:${stat.mtimeMs}` : browserPath
}

/**
 * The content hash an export of `kind` is cached under. `options.root` defaults to the project root; `env` to
 * process.env; `browserPath` is the browser that prints.
 */
export function pdfCacheKey(kind: ExportKind, { root = ROOT, env = process.env, browserPath = '' }: { root?: string, env?: NodeJS.ProcessEnv, browserPath?: string } = {}): string {
  const hash = createHash('sha256')
  const add = (label: string, value: BinaryLike) => hash.update(`${label}\0`).update(value).update('\0')
  add('kind', kind)
  add('slidev', slidevVersion(root))
  add('browser', browserIdentity(browserPath))
  for (const name of PDF_ENV)
    add(`env:${name}`, env[name] ?? '')
  for (const input of PDF_INPUTS) {
    for (const file of inputFiles(root, input))
      add(`file:${file}`, readFileSync(join(root, file)))
  }
  return hash.digest('hex').slice(0, 20)
}

export function pdfCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.DECK_PDF_CACHE
  if (setting === 'off')
    return null
  return setting || join(ROOT, 'node_modules/.cache/deck-pdf')
}

function pruneCache(dir: string, kind: ExportKind): void {
  const entries = readdirSync(dir)
    .filter(name => name.startsWith(`${kind}-`) && name.endsWith('.pdf'))
    .map(name => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const old of entries.slice(KEEP_PER_KIND))
    rmSync(join(dir, old.name), { force: true })
}

/**
 * Whether a PDF has anything printed: every page of this deck has text, so a PDF with no font at all is blank.
 * (Font dictionaries sit in plain objects next to pdf-lib's object streams; a blank export has none.)
 */
export function looksPrinted(path: string): boolean {
  return readFileSync(path).includes('/Font')
}

/**
 * Like exportPdf, but reuses a cached PDF exported from the same inputs. Resolves with the PDF's path in exports/
 * and whether it came from the cache.
 */
export async function cachedExportPdf(kind: ExportKind, browser: FoundBrowser): Promise<{ path: string, cached: boolean }> {
  const dir = pdfCacheDir()
  const output = `${EXPORT_DIR}/${FILE_OF_KIND[kind]}`
  if (!dir)
    return { path: await exportPdf(kind, browser), cached: false }
  const key = pdfCacheKey(kind, { browserPath: browser.path })
  const cachedFile = join(dir, `${kind}-${key}.pdf`)
  if (existsSync(cachedFile) && looksPrinted(cachedFile)) {
    mkdirSync(EXPORT_DIR, { recursive: true })
    copyFileSync(cachedFile, output)
    console.log(`→ ${output}: unchanged since the last export (${kind} ${key}), reused from ${relative(ROOT, dir) || dir}/`)
    return { path: output, cached: true }
  }
  let path = await exportPdf(kind, browser)
  if (!looksPrinted(path)) {
    // Seen once here: the dev server re-optimized its dependencies mid-export (after a config change) and the
    // PDF came out with blank pages. Export again rather than ship or cache it.
    console.warn(`→ ${path}: no text on any page (blank export?); exporting again`)
    path = await exportPdf(kind, browser)
    if (!looksPrinted(path))
      throw new Error(`${path} came out with no text on any page twice; not shipping or caching it.`)
  }
  mkdirSync(dir, { recursive: true })
  copyFileSync(path, cachedFile)
  pruneCache(dir, kind)
  return { path, cached: false }
}
