// Offline after one visit: the service worker (scripts/service-worker.ts, registered by setup/service-worker.ts)
// precaches the deck on the first visit; with the network gone, every slide and click step, the presenter,
// overview and notes views still work, with no failed request. (A new deploy replacing the copy: redeploy.spec.ts.)
import { loadDeckSource, slideWithSteps } from '../deck-source'
import { expect, gotoSlide, position, test, waitForOfflineCopy, walkDeck } from '../fixtures'

const { slides } = await loadDeckSource()
const stepped = slideWithSteps(slides)

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
