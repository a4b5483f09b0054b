// Screenshots of a built deck, light and dark: every slide and click step on a desktop (1280×720) and the phone's
// reading view (390×844: its first screen and the whole article); and a pixel comparison of two sets, to check that
// a change meant not to alter the picture does not.
//   npm run screenshots -- --out shots/before [--dir dist]
//   npm run screenshots -- --compare shots/before shots/after
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import pixelmatch from 'pixelmatch'
import { chromium } from 'playwright-core'
import { PNG } from 'pngjs'
import { findChromiumOrExit, QUIET_CHROMIUM_ARGS } from './browser'
import { PHONE } from './fonts'
import { startPreview } from './preview'

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, dir: { type: 'string', default: 'dist' }, compare: { type: 'boolean', default: false } },
  allowPositionals: true,
})

if (values.compare) {
  const [before, after] = positionals
  const names = before && after ? readdirSync(before, { recursive: true, encoding: 'utf8' }).filter(n => n.endsWith('.png')).sort() : []
  const changed = names.filter((name) => {
    if (!existsSync(join(after!, name)))
      return true
    const [a, b] = [before!, after!].map(dir => PNG.sync.read(readFileSync(join(dir, name))))
    return a!.width !== b!.width || a!.height !== b!.height || pixelmatch(a!.data, b!.data, undefined, a!.width, a!.height, { threshold: 0 }) > 0
  })
  console.log(`${names.length} screenshots compared, ${changed.length} differ${changed.map(name => `\n  ${name}`).join('')}`)
  process.exit(names.length && !changed.length ? 0 : 1)
}
if (!values.out) {
  console.error('Usage: npm run screenshots -- --out <dir> [--dir dist]   (or --compare <before> <after>)')
  process.exit(2)
}
const server = await startPreview({ dir: values.dir })
const browser = await chromium.launch({ executablePath: findChromiumOrExit().path, args: QUIET_CHROMIUM_ARGS })
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const out = join(values.out, colorScheme)
    mkdirSync(out, { recursive: true })
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme, reducedMotion: 'reduce', serviceWorkers: 'block' })
    await desktop.goto(`${server.url}1`, { waitUntil: 'networkidle' })
    // Every step, as a presenter walks the talk with the arrow key, until it no longer moves.
    for (let step = 1, last = ''; desktop.url() !== last; step++) {
      await desktop.evaluate(() => document.fonts.ready)
      await desktop.waitForTimeout(300)
      await desktop.screenshot({ path: join(out, `slide-step-${String(step).padStart(3, '0')}.png`), animations: 'disabled' })
      last = desktop.url()
      await desktop.keyboard.press('ArrowRight')
      await desktop.waitForTimeout(300)
    }
    const phone = await browser.newPage({ ...PHONE, colorScheme, reducedMotion: 'reduce', serviceWorkers: 'block' })
    await phone.goto(`${server.url}read`, { waitUntil: 'networkidle' })
    await phone.screenshot({ path: join(out, 'read-first-screen.png') })
    for (const section of await phone.locator('[data-slide-no]').all()) {
      await section.scrollIntoViewIfNeeded()
      await phone.waitForTimeout(100)
    }
    await phone.evaluate(() => document.fonts.ready)
    await phone.screenshot({ path: join(out, 'read-whole.png'), fullPage: true })
    await desktop.close()
    await phone.close()
  }
}
finally {
  await browser.close()
  await server.close()
}
console.log(`Screenshots in ${values.out}/`)
