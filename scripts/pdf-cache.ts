// Reuses exported PDFs when nothing they print has changed, so a rebuild with unchanged slides costs no export.
// The key hashes every file of the project that git knows or would add (tracked, or untracked and not ignored),
// except tests, docs, the benchmark and READMEs: a new file is an input without anyone listing it. Also in the key:
// the kind, DECK_URL (baked into the QR code) and the browser that prints. Outside a git checkout every build exports.
// Cache: node_modules/.cache/deck-pdf/ (DECK_PDF_CACHE=dir moves it, DECK_PDF_CACHE=off always exports).
import type { FoundBrowser } from './browser'
import type { ExportKind } from './export'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { EXPORT_DIR, exportPdf, KINDS } from './export'

const ROOT = new URL('..', import.meta.url).pathname
/** What no export reads: changing it keeps the cached PDFs. */
const NOT_PRINTED = /^(?:tests|docs|bench)\/|(?:^|\/)README[^/]*$/

/** The content hash an export of `kind` is cached under, or null outside a git checkout (no list of inputs). */
export function pdfCacheKey(kind: ExportKind, { root = ROOT, env = process.env, browserPath = '' } = {}): string | null {
  let files: string[]
  try {
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }).split('\0')
  }
  catch {
    return null
  }
  const browser = statSync(browserPath, { throwIfNoEntry: false }) // an upgrade changes how it prints
  const hash = createHash('sha256').update(`${kind}\0${env.DECK_URL ?? ''}\0${browserPath}:${browser?.size}:${browser?.mtimeMs}\0`)
  for (const file of [...new Set(files)].filter(file => file && !NOT_PRINTED.test(file) && existsSync(join(root, file))).sort())
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0')
  return hash.digest('hex').slice(0, 20)
}

export function pdfCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.DECK_PDF_CACHE === 'off' ? null : env.DECK_PDF_CACHE || join(ROOT, 'node_modules/.cache/deck-pdf')
}

/** Like exportPdf, but reuses a PDF exported from the same inputs; resolves with its path in exports/. */
export async function cachedExportPdf(kind: ExportKind, browser: FoundBrowser): Promise<{ path: string, cached: boolean }> {
  const dir = pdfCacheDir()
  const key = dir && pdfCacheKey(kind, { browserPath: browser.path })
  const output = `${EXPORT_DIR}/${KINDS[kind]}`
  if (!dir || !key)
    return { path: await exportPdf(kind, browser), cached: false }
  const cached = join(dir, `${kind}-${key}.pdf`)
  if (existsSync(cached)) {
    mkdirSync(EXPORT_DIR, { recursive: true })
    copyFileSync(cached, output)
    console.log(`→ ${output}: unchanged since the last export, reused (${cached})`)
    return { path: output, cached: true }
  }
  await exportPdf(kind, browser) // checked for blank pages and missing fonts (printProblem)
  mkdirSync(dir, { recursive: true })
  copyFileSync(output, cached)
  // Keep the newest three of this kind.
  const old = readdirSync(dir).filter(name => name.startsWith(`${kind}-`)).map(name => join(dir, name))
  for (const file of old.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(3))
    rmSync(file, { force: true })
  return { path: output, cached: false }
}
