import { SUBPATH_DECK_URL } from '../../scripts/e2e-config'
import { loadDeckSource } from './deck-source'
import { expect, gotoSlide, position, test, waitForSlide } from './fixtures'

// The same deck built with --base /talk/: assets, deep links, navigation and the PDF all live under the sub-path.
test('under a sub-path, a deep link loads its slide and the keys move on', async ({ page, baseURL }) => {
  const { slides } = await loadDeckSource()
  const target = slides[6]!
  await gotoSlide(page, target.no)
  expect(new URL(page.url()).pathname).toBe(`${new URL(baseURL!).pathname}${target.no}`)
  await expect(page.locator(`.slidev-page-${target.no} h1`).first()).toContainText(target.heading)
  const before = position(page)
  for (let i = 0; i <= target.clicks; i++)
    await page.keyboard.press('ArrowRight')
  await waitForSlide(page, target.no + 1)
  expect(position(page).no).toBe(before.no + 1)
})

test('under a sub-path, the PDF link points inside the sub-path', async ({ page, baseURL, request }) => {
  const { slides } = await loadDeckSource()
  await gotoSlide(page, slides.length)
  const href = await page.getByTestId('pdf-link').getAttribute('href')
  expect(href?.startsWith(new URL(baseURL!).pathname)).toBe(true)
  const response = await request.get(new URL(href!, baseURL).href)
  expect(response.status()).toBe(200)
})

test('the QR code encodes the address given with DECK_URL at build time', async ({ page }) => {
  const { slides } = await loadDeckSource()
  await gotoSlide(page, slides.length)
  const code = page.getByTestId('deck-qr').getByRole('img')
  await expect(code).toHaveAttribute('aria-label', `二维码：${SUBPATH_DECK_URL}`)
  expect(await code.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
})

test('under a sub-path, a phone reads the talk in its own font, its first parts preloaded from inside the sub-path', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
  const page = await context.newPage()
  const fonts: string[] = []
  page.on('response', response => /deck-sans-sc-read-/.test(response.url()) && fonts.push(`${response.status()} ${new URL(response.url()).pathname}`))
  await page.goto('read', { waitUntil: 'networkidle' })
  await expect(page.getByTestId('reading-slide').first()).toBeVisible()
  const base = new URL(baseURL!).pathname
  const preloads = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]'), l => new URL(l.href).pathname))
  expect(preloads).toHaveLength(2)
  expect(preloads.every(href => href.startsWith(`${base}assets/deck-sans-sc-read-`))).toBe(true)
  expect(fonts.sort()).toEqual(preloads.map(href => `200 ${href}`).sort())
  await context.close()
})
