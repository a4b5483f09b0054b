import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { filesUnder } from '../../scripts/files-under'

describe('filesUnder', () => {
  const root = mkdtempSync(join(tmpdir(), 'files-under-'))
  for (const file of ['b.txt', 'a/z.txt', 'a/m/n.txt', 'a.ts', '.hidden/x.txt', 'node_modules/p/index.js']) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), file)
  }
  symlinkSync(join(root, 'a/m'), join(root, 'linked'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists every file as a "/" path relative to the folder, each folder in name order, depth first, links followed', () => {
    const all = ['.hidden/x.txt', 'a/m/n.txt', 'a/z.txt', 'a.ts', 'b.txt', 'linked/n.txt', 'node_modules/p/index.js']
    expect(filesUnder(root)).toEqual(all)
  })

  it('leaves out what skip names, files and folders alike', () => {
    expect(filesUnder(root, { skip: name => name.startsWith('.') || name === 'node_modules' || name === 'b.txt' }))
      .toEqual(['a/m/n.txt', 'a/z.txt', 'a.ts', 'linked/n.txt'])
  })

  it('has nothing under a folder that does not exist', () => {
    expect(filesUnder(join(root, 'missing'))).toEqual([])
  })
})
