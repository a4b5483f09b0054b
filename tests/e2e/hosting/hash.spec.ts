// `npm run build -- --router-mode hash` for hosts that rewrite nothing: dist-hash/ is served by nginx with no
// fallback at all (a path that is not a file is a 404), and the deck still opens on any slide from its link.
import { loadDeckSource, slideWithSteps } from '../deck-source'
import { expect, position, test, waitForSlide } from '../fixtures'

const stepped = slideWithSteps((await loadDeckSource()).slides)

test('the server really has no fallback: a history-style deep link is a 404', async ({ request }) => {
  expect((await request.get('7')).status()).toBe(404)
  expect((await request.get('')).status()).toBe(200)
})

test('a deep link to a slide and a click step works as /#/7', async ({ page }) => {
  await page.goto('#/7')
  await waitForSlide(page, 7)
  expect(new URL(page.url()).hash).toMatch(/^#\//)
  expect(position(page).no).toBe(7)
  await page.goto(`#/${stepped.no}?clicks=1`)
  await waitForSlide(page, stepped.no)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual({ no: stepped.no, clicks: 2 })
})

test('arrow keys move through slides in the hash, and the presenter view opens from its link', async ({ page }) => {
  await page.goto('#/1')
  await waitForSlide(page, 1)
  await page.keyboard.press('ArrowRight')
  await waitForSlide(page, 2)
  expect(new URL(page.url()).hash).toBe('#/2')
  await page.goto('#/presenter/3')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
})
