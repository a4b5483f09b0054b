import type { ExportKind } from '../../scripts/export'
// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pdfCacheDir, pdfCacheKey } from '../../scripts/pdf-cache'
import { printProblem } from '../../scripts/pdf-meta'

let root: string
function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
function key(kind: ExportKind = 'pdf', env: Record<string, string> = {}, browserPath = '/usr/bin/chromium') {
  return pdfCacheKey(kind, { root, env, browserPath })
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pdf-cache-'))
  write('slides.md', '# 封面')
  write('pages/01.md', '# 一')
  write('components/Chart.vue', '<template><svg /></template>')
  write('lib/data.ts', 'export const x = 1')
  write('scripts/deck-source.ts', 'export const load = 1')
  write('package-lock.json', '{}')
  write('.gitignore', 'node_modules\nexports\n')
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '.'], { cwd: root })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the exported PDF cache key', () => {
  it('is stable while nothing an export reads changes: tests, docs, READMEs, ignored files', () => {
    const before = key()
    expect(before).toMatch(/^[0-9a-f]{20}$/)
    write('README.md', 'not printed')
    write('docs/pdf.md', 'not printed')
    write('tests/unit/x.test.ts', 'not printed')
    write('exports/talk.pdf', '%PDF-')
    write('node_modules/x/index.js', 'installed, pinned by the lock')
    expect(key()).toBe(before)
  })

  it.each([
    ['a slide', 'pages/01.md'],
    ['a component', 'components/Chart.vue'],
    ['a data module', 'lib/data.ts'],
    ['the deck loader the export reads slides with', 'scripts/deck-source.ts'],
    ['the package lock', 'package-lock.json'],
  ])('changes when %s changes', (_what, path) => {
    const before = key()
    write(path, 'changed')
    expect(key()).not.toBe(before)
  })

  it('changes when a new file appears anywhere, committed or not (no list of inputs to forget)', () => {
    const before = key()
    write('vite-plugins/new-plugin.ts', 'export default {}')
    const untracked = key()
    expect(untracked).not.toBe(before)
    execFileSync('git', ['add', '.'], { cwd: root })
    expect(key()).toBe(untracked)
  })

  it('changes with the kind, DECK_URL (the QR code) and the browser', () => {
    const before = key()
    expect(key('clicks')).not.toBe(before)
    expect(key('pdf', { DECK_URL: 'https://example.org/talk/' })).not.toBe(before)
    expect(key('pdf', {}, '/opt/chrome')).not.toBe(before)
  })

  it('is off outside a git checkout, where the inputs cannot be listed', () => {
    rmSync(join(root, '.git'), { recursive: true })
    expect(key()).toBeNull()
  })

  it('lives in node_modules/.cache unless DECK_PDF_CACHE moves or turns it off', () => {
    expect(pdfCacheDir({})).toMatch(/node_modules\/\.cache\/deck-pdf$/)
    expect(pdfCacheDir({ DECK_PDF_CACHE: '/tmp/pdfs' })).toBe('/tmp/pdfs')
    expect(pdfCacheDir({ DECK_PDF_CACHE: 'off' })).toBeNull()
  })
})

describe('an export printed wrong', () => {
  async function pdf(fonts: Record<string, string>[]): Promise<string> {
    const doc = await PDFDocument.create()
    doc.addPage()
    for (const font of fonts)
      doc.context.register(doc.context.obj({ Type: 'Font', ...font }))
    writeFileSync(join(root, 'x.pdf'), await doc.save())
    return join(root, 'x.pdf')
  }

  it('is blank when it has no font at all', async () => {
    expect(await printProblem(await pdf([]))).toMatch(/blank/)
  })

  it('is in a system font when the deck\'s web fonts had not loaded (every Chinese character a box)', async () => {
    const problem = await printProblem(await pdf([{ Subtype: 'Type3' }, { Subtype: 'Type0', BaseFont: 'AAAAAA+DejaVuSans' }]))
    expect(problem).toMatch(/DejaVuSans.*not loaded/)
  })

  it('passes in the deck\'s fonts: variable faces as Type 3, static ones by name', async () => {
    expect(await printProblem(await pdf([{ Subtype: 'Type3' }, { Subtype: 'Type0', BaseFont: 'BAAAAA+NotoSansSC-Bold' }]))).toBeNull()
  })
})
