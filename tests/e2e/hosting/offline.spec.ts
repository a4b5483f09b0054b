// Offline after one visit: the service worker (scripts/service-worker.ts, registered by setup/service-worker.ts)
// precaches the deck on the first visit; with the network gone, every slide and click step, the presenter,
// overview and notes views still work, with no failed request. A new deploy is picked up on the next visit, with
// the old cache gone once the new one is complete.
import type { Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { REDEPLOY_DIR, REDEPLOY_PORT } from '../../../scripts/e2e-config'
import { writeServiceWorker } from '../../../scripts/service-worker'
import { loadDeckSource, slideWithSteps } from '../deck-source'
import { expect, gotoSlide, position, test, waitForSlide, walkDeck } from '../fixtures'

const { slides } = await loadDeckSource()
const stepped = slideWithSteps(slides)

/** Waits until the service worker controls the page and its precache is complete. */
async function waitForOfflineCopy(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true)
  return page.evaluate(async () => (await caches.keys()).filter(key => key.startsWith('deck-')))
}

test('after one visit, every slide and view works offline', async ({ page, context }) => {
  test.setTimeout(240_000)
  await gotoSlide(page, 1)
  expect(await waitForOfflineCopy(page)).toHaveLength(1)
  await context.setOffline(true)

  const fromWorker: string[] = []
  page.on('response', (response) => {
    if (!response.fromServiceWorker())
      fromWorker.push(`not from the offline copy: ${response.url()}`)
  })
  let steps = 0
  await walkDeck(page, async () => {
    steps++
  })
  expect(steps).toBeGreaterThan(slides.length)
  // Deep links open offline too (a navigation answered with the cached index.html).
  await gotoSlide(page, stepped.no, 2)
  await page.goto('presenter/5')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  const start = JSON.stringify(position(page))
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => JSON.stringify(position(page))).not.toBe(start)
  await page.evaluate(() => document.fonts.ready)
  await page.goto('overview')
  await expect(page.locator(`.slidev-page-${slides.length}`)).toBeVisible()
  await page.goto('notes')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  expect(fromWorker).toEqual([])
})

test.describe('a new deploy', () => {
  test.use({ baseURL: `http://127.0.0.1:${REDEPLOY_PORT}/` })
  const indexFile = `${REDEPLOY_DIR}/index.html`
  let original = ''
  test.beforeAll(() => {
    original = readFileSync(indexFile, 'utf8')
  })
  test.afterAll(() => {
    writeFileSync(indexFile, original)
    writeServiceWorker(REDEPLOY_DIR, '/')
  })

  test('is picked up on the next visit, and the old offline copy is replaced whole', async ({ page }) => {
    await gotoSlide(page, 1)
    const [oldCache] = await waitForOfflineCopy(page)
    // Deploy: a changed index.html and so a new service worker, as every build that changes a file writes.
    writeFileSync(indexFile, original.replace('</head>', '<meta name="deck-deploy" content="2">\n</head>'))
    const { version } = writeServiceWorker(REDEPLOY_DIR, '/')
    expect(`deck-${version}`).not.toBe(oldCache)

    await page.reload()
    await waitForSlide(page, 1)
    await expect(page.locator('meta[name="deck-deploy"]')).toHaveAttribute('content', '2')
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter(key => key.startsWith('deck-'))), { timeout: 30_000 })
      .toEqual([`deck-${version}`])
    // And the new copy is what answers offline.
    await page.context().setOffline(true)
    await page.reload()
    await waitForSlide(page, 1)
    await expect(page.locator('meta[name="deck-deploy"]')).toHaveAttribute('content', '2')
  })
})
