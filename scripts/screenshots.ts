// Screenshots of every slide and click step of a built deck, light and dark, and a pixel comparison of two sets.
// A refactoring that must not change the picture is checked by shooting before and after and comparing.
//   npm run screenshots -- --out shots/before [--dir dist] [--only light]
//   npm run screenshots -- --compare shots/before shots/after
import type { Browser } from 'playwright-core'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { findChromiumOrExit } from './browser'
import { loadDeck } from './deck-source'
import { withServedBuild } from './preview'

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
    only: { type: 'string', default: 'light,dark' },
    compare: { type: 'boolean', default: false },
  },
  allowPositionals: true,
})

function compare(before: string, after: string): number {
  const changed: string[] = []
  const names = readdirSync(before, { recursive: true }).map(String).filter(n => n.endsWith('.png')).sort()
  for (const name of names) {
    const other = join(after, name)
    if (!existsSync(other)) {
      changed.push(`${name}: missing after`)
      continue
    }
    const a = PNG.sync.read(readFileSync(join(before, name)))
    const b = PNG.sync.read(readFileSync(other))
    if (a.width !== b.width || a.height !== b.height) {
      changed.push(`${name}: size ${a.width}×${a.height} → ${b.width}×${b.height}`)
      continue
    }
    const diff = new PNG({ width: a.width, height: a.height })
    const pixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0 })
    if (pixels > 0) {
      changed.push(`${name}: ${pixels} pixels differ`)
      mkdirSync(join(after, 'diff'), { recursive: true })
      writeFileSync(join(after, 'diff', name.replaceAll('/', '-')), PNG.sync.write(diff))
    }
  }
  console.log(`${names.length} screenshots compared, ${changed.length} differ`)
  for (const line of changed)
    console.log(`  ${line}`)
  return changed.length
}

async function shoot(browser: Browser, baseURL: string, out: string, scheme: 'light' | 'dark') {
  const { slides } = await loadDeck()
  const context = await browser.newContext({ viewport: { width: 980, height: 552 }, colorScheme: scheme, reducedMotion: 'reduce' })
  await context.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
  const page = await context.newPage()
  mkdirSync(join(out, scheme), { recursive: true })
  for (const slide of slides) {
    for (let clicks = 0; clicks <= slide.clicks; clicks++) {
      await page.goto(`${baseURL}${slide.no}?clicks=${clicks}`)
      await page.locator(`.slidev-page-${slide.no}`).waitFor()
      await page.evaluate(() => document.fonts.ready)
      await page.waitForTimeout(150)
      await page.locator('#slide-content').screenshot({ path: join(out, scheme, `${String(slide.no).padStart(2, '0')}-${clicks}.png`), animations: 'disabled' })
    }
  }
  await context.close()
}

if (values.compare) {
  const [before, after] = positionals
  if (!before || !after) {
    console.error('Usage: npm run screenshots -- --compare <before-dir> <after-dir>')
    process.exit(2)
  }
  process.exit(compare(before, after) > 0 ? 1 : 0)
}
if (!values.out) {
  console.error('Usage: npm run screenshots -- --out <dir> [--dir dist]   (or --compare <before> <after>)')
  process.exit(2)
}
await withServedBuild({ dir: values.dir, browserPath: findChromiumOrExit().path }, async (browser, url) => {
  for (const scheme of values.only.split(',') as Array<'light' | 'dark'>)
    await shoot(browser, url, values.out!, scheme)
})
console.log(`Screenshots in ${values.out}/`)
