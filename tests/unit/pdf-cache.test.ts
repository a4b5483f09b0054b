import type { ExportKind } from '../../scripts/export'
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { looksPrinted, pdfCacheDir, pdfCacheKey } from '../../scripts/pdf-cache'

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
  write('style.css', 'body {}')
  write('slide-bottom.vue', '<template><footer /></template>')
  write('public/favicon.svg', '<svg />')
  write('package-lock.json', '{}')
  write('node_modules/@slidev/cli/package.json', '{"version":"52.20.1"}')
  write('scripts/export.ts', 'const KINDS = {}')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the exported PDF cache key', () => {
  it('is stable while nothing the export depends on changes', () => {
    const before = key()
    write('README.md', 'docs are not printed')
    write('tests/unit/x.test.ts', 'neither are tests')
    expect(key()).toBe(before)
  })

  it.each([
    ['a slide', 'pages/01.md'],
    ['a component', 'components/Chart.vue'],
    ['a data module', 'lib/data.ts'],
    ['the stylesheet', 'style.css'],
    ['a layer', 'slide-bottom.vue'],
    ['a public file', 'public/favicon.svg'],
    ['the package lock', 'package-lock.json'],
    ['the export options', 'scripts/export.ts'],
  ])('changes when %s changes', (_what, path) => {
    const before = key()
    write(path, 'changed')
    expect(key()).not.toBe(before)
  })

  it('changes when a file is added to a watched folder', () => {
    const before = key()
    write('components/New.vue', '<template />')
    expect(key()).not.toBe(before)
  })

  it('changes with the Slidev version, the kind, DECK_URL (the QR code) and the browser', () => {
    const before = key()
    expect(key('clicks')).not.toBe(before)
    expect(key('pdf', { DECK_URL: 'https://example.org/talk/' })).not.toBe(before)
    expect(key('pdf', {}, '/opt/chrome')).not.toBe(before)
    write('node_modules/@slidev/cli/package.json', '{"version":"52.21.0"}')
    expect(key()).not.toBe(before)
  })

  it('lives in node_modules/.cache unless DECK_PDF_CACHE moves or turns it off', () => {
    expect(pdfCacheDir({})).toMatch(/node_modules\/\.cache\/deck-pdf$/)
    expect(pdfCacheDir({ DECK_PDF_CACHE: '/tmp/pdfs' })).toBe('/tmp/pdfs')
    expect(pdfCacheDir({ DECK_PDF_CACHE: 'off' })).toBeNull()
  })
})

describe('a blank export', () => {
  it('is told apart from a printed one by having no font at all', () => {
    write('printed.pdf', '%PDF-1.7\n3 0 obj << /Type /Page /Resources << /Font << /F1 5 0 R >> >> >> endobj')
    write('blank.pdf', '%PDF-1.7\n3 0 obj << /Type /Page /Resources << >> >> endobj')
    expect(looksPrinted(join(root, 'printed.pdf'))).toBe(true)
    expect(looksPrinted(join(root, 'blank.pdf'))).toBe(false)
  })
})
