// Safe redeploys: a visitor still on the page of an older deploy asks for a slide whose chunk the new deploy no
// longer has. dist-redeploy/ (a copy of dist/, served by nginx with deploy/nginx.conf) loses every slide chunk
// the page has not loaded yet, as after a redeploy; the page must reload itself once and show slides again,
// and must not reload in a loop when the chunk stays missing. (Service workers are off here: this is the
// fallback for visitors without one; tests/e2e/hosting/offline.spec.ts covers the worker.)
import type { Page } from '@playwright/test'
import type { PageProblems } from '../fixtures'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { REDEPLOY_DIR, REDEPLOY_PORT } from '../../../scripts/e2e-config'
import { expect, position, test, waitForSlide } from '../fixtures'

test.use({ baseURL: `http://127.0.0.1:${REDEPLOY_PORT}/`, serviceWorkers: 'block' })
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
