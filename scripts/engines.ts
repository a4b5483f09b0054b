// The built deck in the engines most phones run: WebKit (WebKitGTK's WebKitWebDriver under xvfb-run, through
// selenium-webdriver) and Gecko (Firefox ESR through puppeteer-core over WebDriver BiDi). Each loads every slide at its
// last click step and the reading view, and fails on any uncaught error, unhandled rejection or console.error.
// WebKit's driver has no BiDi, so a small catcher is injected into the served HTML and read back after each page.
// Usage: tsx scripts/engines.ts [--dir dist] [--only webkit|firefox]   (npm run test:engines; needs a build)
// Needs: apt-get install webkit2gtk-driver xvfb xauth firefox-esr. A missing engine is skipped with a message,
// unless ENGINES_REQUIRED=1 (CI), where it fails.
import type { Server } from 'node:http'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeckSource } from '../tests/e2e/deck-source'
import { ROOT_PORT } from './e2e-config'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, only: { type: 'string' } } })
const root = resolve(import.meta.dirname, '..')
const dist = resolve(root, values.dir)
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${values.dir}/: run "npm run build" (or the e2e tests) first.`)
  process.exit(2)
}

/** Collects what a page throws, in every engine, before any of the deck's scripts run. */
const CATCHER = `<script>window.__engineProblems=[];addEventListener('error',e=>__engineProblems.push('error: '+(e.message||e.error)));addEventListener('unhandledrejection',e=>__engineProblems.push('unhandled rejection: '+(e.reason&&(e.reason.name+': '+e.reason.message)||e.reason)));const __ce=console.error;console.error=(...a)=>{__engineProblems.push('console.error: '+a.join(' '));__ce(...a)}</script>`
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.json': 'application/json', '.png': 'image/png' }

function serve(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dist, path)
    if (!file.startsWith(dist) || !existsSync(file) || !extname(file))
      file = join(dist, 'index.html') // SPA fallback, as a static host does
    const bytes = readFileSync(file)
    const body = file.endsWith('.html') ? bytes.toString().replace('<head>', `<head>${CATCHER}`) : bytes
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  })
  return new Promise(done => server.listen(port, '127.0.0.1', () => done(server)))
}

const { slides } = await loadDeckSource()
const base = `http://127.0.0.1:${ROOT_PORT}`
/** Every slide at its last click step, then the reading view (a phone-sized window lands there from /). */
const pages: { path: string, ready: string, prepare?: string }[] = [
  ...slides.map(s => ({ path: `/${s.no}?clicks=${s.clicks}`, ready: `.slidev-page-${s.no}` })),
  // The reading view mounts slides as they scroll near; printing mounts them all, which the walk asks for.
  { path: '/read', ready: `#slide-${slides.length} .slidev-layout`, prepare: `dispatchEvent(new Event('beforeprint'))` },
]

/** Polls `check` (an async predicate) until true or the budget is spent; returns whether it became true. */
async function until(check: () => Promise<boolean>, budgetMs = 10_000): Promise<boolean> {
  const start = Date.now()
  while (Date.now() - start < budgetMs) {
    if (await check().catch(() => false))
      return true
    await new Promise(r => setTimeout(r, 100))
  }
  return false
}

const READY = (sel: string) => `!!document.querySelector(${JSON.stringify(sel)}) && !document.querySelector('.slidev-slide-loading') && document.fonts.status === 'loaded'`
const PROBLEMS = 'window.__engineProblems || ["catcher missing"]'

/** One engine's way to open a page and evaluate an expression in it. */
interface Driver {
  goto: (url: string) => Promise<unknown>
  script: <T>(expression: string) => Promise<T>
}

async function walk(name: string, { goto, script }: Driver): Promise<string[]> {
  const problems: string[] = []
  const started = Date.now()
  for (const page of pages) {
    await goto(`${base}${page.path}`)
    if (page.prepare)
      await until(async () => script<boolean>(`!!document.querySelector('[data-testid="reading-slide"]') && (${page.prepare}, true)`))
    if (!await until(async () => script<boolean>(READY(page.ready))))
      problems.push(`${page.path}: did not render ${page.ready}`)
    // A short settle for late promise rejections (the wake lock's was asynchronous).
    await new Promise(r => setTimeout(r, 150))
    for (const problem of await script<string[]>(PROBLEMS))
      problems.push(`${page.path}: ${problem}`)
  }
  console.log(`${name}: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} problems`)
  return problems
}

async function webkit(): Promise<string[]> {
  const { Builder } = await import('selenium-webdriver')
  const driverPort = ROOT_PORT + 1
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${driverPort}`], { stdio: 'ignore', detached: true })
  try {
    if (!await until(() => fetch(`http://127.0.0.1:${driverPort}/status`).then(r => r.ok), 20_000))
      throw new Error(`WebKitWebDriver did not start on port ${driverPort}`)
    const browser = await new Builder()
      .usingServer(`http://127.0.0.1:${driverPort}`)
      .withCapabilities({
        'browserName': 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      })
      .build()
    try {
      await browser.manage().window().setRect({ width: 1280, height: 800 })
      return await walk('WebKit', { goto: url => browser.get(url), script: <T>(expression: string) => browser.executeScript(`return ${expression}`) as Promise<T> })
    }
    finally {
      await browser.quit()
    }
  }
  finally {
    if (driver.pid)
      process.kill(-driver.pid, 'SIGTERM')
  }
}

async function firefox(): Promise<string[]> {
  const puppeteer = await import('puppeteer-core')
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  try {
    const page = await browser.newPage()
    await page.setViewport({ width: 1280, height: 800 })
    return await walk('Firefox', { goto: url => page.goto(url), script: <T>(expression: string) => page.evaluate(expression) as Promise<T> })
  }
  finally {
    await browser.close()
  }
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const engines = [
  { name: 'webkit', run: webkit, ok: has('WebKitWebDriver') && has('xvfb-run'), install: 'webkit2gtk-driver xvfb xauth' },
  { name: 'firefox', run: firefox, ok: has('firefox-esr'), install: 'firefox-esr' },
].filter(e => !values.only || e.name === values.only)

const server = await serve(ROOT_PORT)
let failed = false
try {
  for (const engine of engines) {
    if (!engine.ok) {
      console.warn(`${engine.name}: not installed (apt-get install ${engine.install}); skipped`)
      failed ||= process.env.ENGINES_REQUIRED === '1'
      continue
    }
    const problems = await engine.run()
    for (const problem of problems)
      console.error(`  ${engine.name} ${problem}`)
    failed ||= problems.length > 0
  }
}
finally {
  server.close()
}
process.exit(failed ? 1 : 0)
