import type { BrowserType } from 'playwright-core'
// Finds a Chromium for export, tests and benchmarks, in this order:
//   1. CHROMIUM_PATH, if set (it must exist);
//   2. Playwright's own downloaded browser (what `npm install` fetches on a machine with internet);
//   3. a system Chromium or Chrome, as Lighthouse's chrome-launcher finds one (CHROME_PATH first).
// With none, it explains how to get one instead of failing deep inside Playwright.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { Launcher } from 'chrome-launcher'

const require = createRequire(import.meta.url)

export const HOW_TO_GET_A_BROWSER = `No Chromium found. Any one of these fixes it:
  • point to a Chromium or Chrome you have:   CHROMIUM_PATH=/path/to/chrome npm run …
  • let Playwright download its own:           npx playwright install chromium
  • install your system's Chromium:            sudo apt-get install chromium   (Debian/Ubuntu)`

/** A browser found, and where it came from. */
export interface FoundBrowser {
  path: string
  source: 'CHROMIUM_PATH' | 'Playwright' | 'system'
}

function playwrightBrowser(): string | null {
  try {
    const { chromium } = require('playwright-core') as { chromium: BrowserType }
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  }
  catch {
    return null
  }
}

/** The browser to use, with where it came from; throws with HOW_TO_GET_A_BROWSER when there is none. */
export function findChromium(): FoundBrowser {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n\n${HOW_TO_GET_A_BROWSER}`)
    return { path: fromEnv, source: 'CHROMIUM_PATH' }
  }
  const bundled = playwrightBrowser()
  if (bundled)
    return { path: bundled, source: 'Playwright' }
  const system = Launcher.getFirstInstallation()
  if (system)
    return { path: system, source: 'system' }
  throw new Error(HOW_TO_GET_A_BROWSER)
}

/** Like findChromium, but prints the explanation and exits (for command-line scripts). */
export function findChromiumOrExit(): FoundBrowser {
  try {
    return findChromium()
  }
  catch (error) {
    console.error(`\n${(error as Error).message}\n`)
    process.exit(1)
  }
}

/**
 * `slidev export-notes` has no --executable-path: it only finds Playwright's headless shell through
 * PLAYWRIGHT_BROWSERS_PATH. This builds such a folder whose "headless shell" is a link to the given browser.
 * Returns the folder to put in PLAYWRIGHT_BROWSERS_PATH.
 */
export function browsersPathFor(executable: string): string {
  const manifest = join(dirname(require.resolve('playwright-core/package.json')), 'browsers.json')
  const { browsers } = JSON.parse(readFileSync(manifest, 'utf8')) as { browsers: { name: string, revision: string }[] }
  const shell = browsers.find(b => b.name === 'chromium-headless-shell')
  if (!shell)
    throw new Error(`${manifest} lists no chromium-headless-shell: Playwright changed how it finds its browsers`)
  const root = join(tmpdir(), `slidev-browsers-${shell.revision}`)
  const dir = join(root, `chromium_headless_shell-${shell.revision}`, 'chrome-headless-shell-linux64')
  const link = join(dir, 'chrome-headless-shell')
  mkdirSync(dir, { recursive: true })
  rmSync(link, { force: true })
  symlinkSync(executable, link)
  return root
}

/** Launch arguments that keep Chromium quiet on machines with no network beyond loopback. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]
