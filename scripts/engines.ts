// The built deck in the engines most phones run: WebKit (WebKitGTK's WebKitWebDriver under xvfb-run, through
// selenium-webdriver) and Gecko (Firefox ESR through puppeteer-core over WebDriver BiDi). Each opens every slide at its
// last click step and the reading view, and fails on any uncaught error, unhandled rejection or console.error.
// WebKit's driver has no BiDi, so a catcher goes into a copy of the build's HTML and is read back after each page.
// Usage: npm run test:engines [-- --dir dist] [-- --only webkit|firefox]   (needs a build)
// Needs: apt-get install webkit2gtk-driver xvfb xauth firefox-esr. A missing engine is skipped with a message,
// unless ENGINES_REQUIRED=1 (CI), where it fails.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeck } from './deck-source'
import { ROOT_PORT } from './e2e-config'
import { startPreview } from './preview'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, only: { type: 'string' } } })
if (!existsSync(join(values.dir, 'index.html'))) {
  console.error(`No build in ${values.dir}/: run "npm run build" (or the e2e tests) first.`)
  process.exit(2)
}

/** Collects what a page throws, in every engine, before any of the deck's scripts run. */
const CATCHER = `<script>window.__engineProblems=[];addEventListener('error',e=>__engineProblems.push('error: '+(e.message||e.error)));addEventListener('unhandledrejection',e=>__engineProblems.push('unhandled rejection: '+(e.reason&&(e.reason.name+': '+e.reason.message)||e.reason)));const __ce=console.error;console.error=(...a)=>{__engineProblems.push('console.error: '+a.join(' '));__ce(...a)}</script>`
const READY = (selector: string) => `!!document.querySelector(${JSON.stringify(selector)}) && !document.querySelector('.slidev-slide-loading') && document.fonts.status === 'loaded'`
const { slides } = await loadDeck()
/** Every slide at its last click step, then the reading view (a phone-sized window lands there from /). */
const pages: { path: string, ready: string, prepare?: string }[] = [
  ...slides.map(s => ({ path: `/${s.no}?clicks=${s.clicks}`, ready: READY(`.slidev-page-${s.no}`) })),
  // The reading view mounts slides as they scroll near; printing mounts them all, which the walk asks for.
  { path: '/read', ready: READY(`#slide-${slides.length} .slidev-layout`), prepare: `!!document.querySelector('[data-testid="reading-slide"]') && (dispatchEvent(new Event('beforeprint')), true)` },
]

/** Polls `check` until it resolves true or the budget is spent; resolves with whether it did. */
async function until(check: () => Promise<boolean>, budgetMs = 10_000): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < budgetMs; await new Promise(r => setTimeout(r, 100))) {
    if (await check().catch(() => false))
      return true
  }
  return false
}

/** Walks the pages, given an engine's way to open a page and to evaluate an expression there; resolves with the problems. */
async function walk(name: string, goto: (url: string) => Promise<unknown>, script: <T>(expression: string) => Promise<T>): Promise<string[]> {
  const problems: string[] = []
  const started = Date.now()
  for (const page of pages) {
    await goto(`http://127.0.0.1:${ROOT_PORT}${page.path}`)
    for (const condition of [page.prepare, page.ready].filter(Boolean)) {
      if (!await until(async () => script<boolean>(condition!)))
        problems.push(`${page.path}: never true: ${condition}`)
    }
    await new Promise(r => setTimeout(r, 150)) // late rejections (WebKit's wake lock refusal was one)
    problems.push(...(await script<string[]>('window.__engineProblems || ["catcher missing"]')).map(problem => `${page.path}: ${problem}`))
  }
  console.log(`${name}: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} problems`)
  return problems
}

async function webkit(): Promise<string[]> {
  const { Builder } = await import('selenium-webdriver')
  const port = ROOT_PORT + 1
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true })
  try {
    if (!await until(() => fetch(`http://127.0.0.1:${port}/status`).then(r => r.ok), 20_000))
      throw new Error(`WebKitWebDriver did not start on port ${port}`)
    const browser = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      'browserName': 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    }).build()
    try {
      await browser.manage().window().setRect({ width: 1280, height: 800 })
      return await walk('WebKit', url => browser.get(url), <T>(expression: string) => browser.executeScript<T>(`return ${expression}`))
    }
    finally {
      await browser.quit()
    }
  }
  finally {
    process.kill(-driver.pid!, 'SIGTERM')
  }
}

async function firefox(): Promise<string[]> {
  const browser = await (await import('puppeteer-core')).launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  try {
    const page = await browser.newPage()
    await page.setViewport({ width: 1280, height: 800 })
    return await walk('Firefox', url => page.goto(url), <T>(expression: string) => page.evaluate(expression) as Promise<T>)
  }
  finally {
    await browser.close()
  }
}

const has = (command: string) => execFileSync('sh', ['-c', `command -v ${command} || true`], { encoding: 'utf8' }).trim() !== ''
const firefoxMajor = () => Number(execFileSync('firefox-esr', ['--version'], { encoding: 'utf8' }).match(/(\d+)\./)?.[1])
/** Why an engine cannot run here, or null. puppeteer-core 25 speaks a WebDriver BiDi that Firefox 140 ESR lacks. */
const missing = {
  webkit: () => has('WebKitWebDriver') && has('xvfb-run') ? null : 'not installed (apt-get install webkit2gtk-driver xvfb xauth)',
  firefox: () => !has('firefox-esr')
    ? 'not installed (apt-get install firefox-esr)'
    : firefoxMajor() < 153
      ? `Firefox ESR ${firefoxMajor()} is too old: puppeteer-core needs Firefox 153 ESR or newer (140 ESR stops at "emulation.`
      + 'setScreenOrientationOverride: unknown command"). Update the package lists, then Firefox: apt-get update && apt-get install firefox-esr'
      : null,
}

// A copy of the build with the catcher in its HTML (the server's SPA fallback serves index.html for every slide).
const dir = mkdtempSync(join(tmpdir(), 'engines-'))
cpSync(values.dir, dir, { recursive: true })
for (const html of ['index.html', '404.html'].filter(file => existsSync(join(dir, file))))
  writeFileSync(join(dir, html), readFileSync(join(dir, html), 'utf8').replace('<head>', `<head>${CATCHER}`))
const server = await startPreview({ dir, port: ROOT_PORT })
let failed = false
try {
  for (const [name, run] of Object.entries({ webkit, firefox }).filter(([name]) => !values.only || name === values.only)) {
    const why = missing[name as keyof typeof missing]()
    if (why)
      console.warn(`${name}: ${why}; ${process.env.ENGINES_REQUIRED === '1' ? 'failed (ENGINES_REQUIRED=1)' : 'skipped'}`)
    const problems = why ? [] : await run()
    problems.forEach(problem => console.error(`  ${name} ${problem}`))
    failed ||= problems.length > 0 || (!!why && process.env.ENGINES_REQUIRED === '1')
  }
}
finally {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
