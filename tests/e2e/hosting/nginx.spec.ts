// The root build served by the real nginx with deploy/nginx.conf (scripts/nginx-conf.ts), as the Docker image
// serves it: routes, a missing asset's 404, cache headers, content types, compression, security headers, and
// a Content-Security-Policy that every slide and view satisfies.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { contentSecurityPolicy } from '../../../scripts/csp'
import { loadDeckSource, slideWithSteps } from '../deck-source'
import { expect, gotoSlide, LAST_STEP, position, stepForward, test, waitForSlide, walkDeck } from '../fixtures'

const indexHtml = readFileSync('dist/index.html', 'utf8')
const entryScript = indexHtml.match(/<script type="module" crossorigin src="([^"]+)"/)![1]!
const stylesheet = indexHtml.match(/<link rel="stylesheet" crossorigin href="([^"]+)"/)![1]!
const cutFont = indexHtml.match(/url\((\/assets\/deck-sans-sc-[^)]+\.woff2)\)/)![1]!
const IMMUTABLE = 'public, max-age=31536000, immutable'
const { slides } = await loadDeckSource()
const stepped = slideWithSteps(slides)

test('deep links to a slide, a click step and the presenter, overview and notes views load the deck', async ({ page }) => {
  await gotoSlide(page, 7)
  await gotoSlide(page, stepped.no, 2)
  expect(position(page)).toEqual({ no: stepped.no, clicks: 2 })
  for (const [route, selector] of [['presenter/3', '.slidev-note'], ['overview', '.slidev-page-1'], ['notes', '.slidev-note']] as const) {
    const response = await page.goto(route)
    expect(response?.status(), route).toBe(200)
    await expect(page.locator(selector).first()).toBeVisible()
  }
})

test('a missing asset is a 404, never the deck\'s index.html', async ({ request }) => {
  for (const path of ['assets/md-gone0000.js', 'assets/modules/gone.css', 'no-such-picture.png']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toContain('<div id="app">')
    expect(response.headers()['cache-control'], `${path}: a 404 is not cached for a year`).toBe('no-cache')
  }
})

test('hashed assets are cached for a year; index.html, routes and the service worker are revalidated', async ({ request }) => {
  for (const path of [entryScript, stylesheet, cutFont])
    expect((await request.get(path)).headers()['cache-control'], path).toBe(IMMUTABLE)
  for (const path of ['', 'index.html', '7', 'presenter/3', 'sw.js', 'talk.pdf', 'favicon.svg', 'manifest.webmanifest'])
    expect((await request.get(path)).headers()['cache-control'], `/${path}`).toBe('no-cache')
})

test('every kind of file has its content type, and text is compressed', async ({ request }) => {
  const types: Record<string, RegExp> = {
    '': /^text\/html; charset=utf-8$/,
    [entryScript]: /^application\/javascript/,
    [stylesheet]: /^text\/css/,
    [cutFont]: /^font\/woff2$/,
    'talk.pdf': /^application\/pdf$/,
    'manifest.webmanifest': /^application\/manifest\+json/,
    'favicon.svg': /^image\/svg\+xml/,
    'sw.js': /^application\/javascript/,
  }
  for (const [path, type] of Object.entries(types))
    expect((await request.get(path)).headers()['content-type'], `/${path}`).toMatch(type)
  for (const path of ['', entryScript, stylesheet]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['content-encoding'], `/${path}`).toBe('gzip')
    expect(response.headers().vary, `/${path}`).toContain('Accept-Encoding')
  }
})

test('every response carries the security headers, with the policy the build computes and Vercel\'s recipe ships', async ({ request }) => {
  const policy = contentSecurityPolicy(indexHtml) as string
  const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: { source: string, headers: { key: string, value: string }[] }[] }
  const vercelPolicy = vercel.headers.flatMap(rule => rule.headers).find(h => h.key === 'Content-Security-Policy')?.value
  expect(vercelPolicy, 'vercel.json is static: it must match the build (no inline script to hash)').toBe(policy)
  expect(readFileSync('dist/_headers', 'utf8')).toContain(`Content-Security-Policy: ${policy}`)
  for (const path of ['', '7', entryScript, 'assets/gone.js']) {
    const headers = (await request.get(path)).headers()
    expect(headers['content-security-policy'], `/${path}`).toBe(policy)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers.server).toBe('nginx')
  }
})

/** Collects Content-Security-Policy violations reported in the page, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`console: ${message.text()}`)
  })
  return violations
}

test('no Content-Security-Policy violation on any slide or click step, nor in the presenter, overview and notes views', async ({ page }) => {
  test.setTimeout(240_000)
  const violations = await watchViolations(page)
  let steps = 0
  await walkDeck(page, async () => {
    steps++
  })
  expect(steps).toBeGreaterThan(slides.length)
  // The presenter view, stepped through every slide and click as in a talk.
  await page.goto('presenter/1')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  for (let at = position(page); at.no < LAST_STEP.no || at.clicks < LAST_STEP.clicks;)
    at = await stepForward(page)
  for (const route of ['overview', 'notes', 'print']) {
    await page.goto(route)
    await page.evaluate(() => document.fonts.ready)
  }
  await page.goto('1')
  await waitForSlide(page, 1)
  expect(violations).toEqual([])
})
