// Safe redeploys, on dist-redeploy/ (a copy of dist/, served by nginx with deploy/nginx.conf). A visitor still on
// the page of an older deploy asks for a slide whose chunk the new deploy no longer has: the folder loses every
// slide chunk the page has not loaded yet; the page must reload itself once and show slides again, and must not
// reload in a loop when the chunk stays missing. With the offline copy, a new deploy is picked up on the next
// visit, and the old cache goes once the new one is complete.
import type { Page } from '@playwright/test'
import type { PageProblems } from '../fixtures'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REDEPLOY_DIR, REDEPLOY_PORT } from '../../../scripts/e2e-config'
import { writeServiceWorker } from '../../../scripts/service-worker'
import { expect, gotoSlide, position, test, waitForOfflineCopy, waitForSlide } from '../fixtures'

// Both cases change dist-redeploy/: one test at a time.
test.use({ baseURL: `http://127.0.0.1:${REDEPLOY_PORT}/` })
test.describe.configure({ mode: 'serial' })

const ASSETS = join(REDEPLOY_DIR, 'assets')
const STASH = `${REDEPLOY_DIR}-stash`

/** Moves every slide chunk the page has not requested out of the served folder; returns their names. */
function removeUnloadedChunks(requested: Set<string>): string[] {
  mkdirSync(STASH, { recursive: true })
  const gone = readdirSync(ASSETS).filter(name => /^md-.+\.js$/.test(name) && !requested.has(name))
  for (const name of gone)
    renameSync(join(ASSETS, name), join(STASH, name))
  return gone
}

function restoreChunks() {
  if (!existsSync(STASH))
    return
  for (const name of readdirSync(STASH, { withFileTypes: true }).filter(e => e.isFile()).map(e => e.name))
    renameSync(join(STASH, name), join(ASSETS, name))
  rmSync(STASH, { recursive: true, force: true })
}

test.afterEach(() => restoreChunks())

/** Opens slide 1, counting document loads and noting which chunks the page asked for. */
async function openDeck(page: Page, onReload: () => void = () => {}) {
  const requested = new Set<string>()
  page.on('request', request => requested.add(new URL(request.url()).pathname.split('/').at(-1)!))
  let documents = 0
  await page.route('**/*', async (route) => {
    if (route.request().isNavigationRequest() && ++documents === 2)
      onReload()
    await route.continue()
  })
  await page.goto('1')
  await waitForSlide(page, 1)
  return { requested, documents: () => documents }
}

/** Steps forward with the arrow key until the page reloads (or the deck ends). */
async function stepUntilReload(page: Page, documents: () => number) {
  for (let guard = 0; guard < 80 && documents() < 2; guard++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(150)
  }
}

/** The 404s of the chunks this test removed on purpose are expected; anything else is still a problem. */
function forgiveRemovedChunks(problems: PageProblems, gone: string[]) {
  const expected = (text: string) => gone.some(name => text.includes(name)) || /status of 404/.test(text)
  problems.failedRequests = problems.failedRequests.filter(text => !expected(text))
  problems.consoleErrors = problems.consoleErrors.filter(text => !expected(text))
  problems.pageErrors = problems.pageErrors.filter(text => !/dynamically imported module|Importing a module script failed/.test(text))
}

// Service workers are off here: the reload is the fallback for visitors without one.
test.describe('an old page after a redeploy', () => {
  test.use({ serviceWorkers: 'block' })

  test('a visitor on an old deploy whose next slide\'s chunk is gone recovers with one reload', async ({ page, problems }) => {
    let gone: string[] = []
    // The reload finds the new deploy in place: here, the chunks come back when the page reloads.
    const deck = await openDeck(page, () => restoreChunks())
    gone = removeUnloadedChunks(deck.requested)
    expect(gone.length).toBeGreaterThan(10)
    await stepUntilReload(page, deck.documents)
    expect(deck.documents()).toBe(2)
    const here = position(page)
    await waitForSlide(page, here.no)
    // The deck works again: the next slides load.
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => position(page).no).toBeGreaterThan(here.no)
    await waitForSlide(page, position(page).no)
    forgiveRemovedChunks(problems, gone)
  })

  test('when the chunk stays missing, the page reloads once and no more', async ({ page, problems }) => {
    const deck = await openDeck(page)
    const gone = removeUnloadedChunks(deck.requested)
    await stepUntilReload(page, deck.documents)
    expect(deck.documents()).toBe(2)
    await waitForSlide(page, position(page).no)
    // On the reloaded page the same deploy misses the same chunks: stepping on fails again without reloading.
    await page.evaluate(() => {
      (window as unknown as { deckPreloadErrors: number }).deckPreloadErrors = 0
      window.addEventListener('vite:preloadError', () => (window as unknown as { deckPreloadErrors: number }).deckPreloadErrors++)
    })
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(150)
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { deckPreloadErrors: number }).deckPreloadErrors)).toBeGreaterThan(0)
    expect(deck.documents()).toBe(2)
    expect(await page.evaluate(() => sessionStorage.getItem('deck:reloaded-for-deploy'))).toMatch(/\/assets\/index-[\w-]+\.js$/)
    forgiveRemovedChunks(problems, gone)
  })
})

test.describe('a new deploy', () => {
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
