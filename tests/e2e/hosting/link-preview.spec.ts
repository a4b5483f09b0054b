// Link previews: the sub-path build is made with DECK_URL (scripts/e2e.ts), so its index.html carries absolute
// og:url and og:image and a large-image card; the image is a 1200×630 PNG of the cover. The root build has no
// DECK_URL: it must carry no relative (useless) address instead.
import { readFileSync } from 'node:fs'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { SUB_PATH, SUB_PORT, SUBPATH_DECK_URL } from '../../../scripts/e2e-config'
import { loadDeckSource } from '../deck-source'
import { expect, test } from '../fixtures'

const { title, headmatter, slides } = await loadDeckSource()

function metaTags(html: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const [, key, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g))
    tags[key!] = content!
  return tags
}

test('with DECK_URL, index.html has the complete, absolute link preview', () => {
  const tags = metaTags(readFileSync('dist-sub/index.html', 'utf8'))
  const image = new URL('og-image.png', SUBPATH_DECK_URL).href
  expect(tags).toMatchObject({
    'og:type': 'website',
    'og:title': String((headmatter.seoMeta as { ogTitle?: string } | undefined)?.ogTitle ?? title),
    'og:url': SUBPATH_DECK_URL,
    'og:image': image,
    'og:image:width': '1200',
    'og:image:height': '630',
    'twitter:card': 'summary_large_image',
    'twitter:image': image,
  })
  // Slidev's own description is JSON-quoted with a trailing newline; the preview shows the plain sentence.
  expect(tags['og:description']).toBe(String(headmatter.info).trim())
  expect(tags.description).toBe(tags['og:description'])
})

test('without DECK_URL, no relative address stands in for an absolute one', () => {
  const tags = metaTags(readFileSync('dist/index.html', 'utf8'))
  expect(tags['og:title']).toBe(String((headmatter.seoMeta as { ogTitle?: string } | undefined)?.ogTitle ?? title))
  for (const key of ['og:url', 'og:image', 'twitter:image', 'twitter:card'])
    expect(tags[key], key).toBeUndefined()
})

test('og:image is a 1200×630 PNG of the cover, served where og:image says', async ({ browser, request }) => {
  const response = await request.get(`http://127.0.0.1:${SUB_PORT}${SUB_PATH}og-image.png`)
  expect(response.status()).toBe(200)
  const png = PNG.sync.read(await response.body())
  expect([png.width, png.height]).toEqual([1200, 630])
  // Not a blank frame: the cover's dark title and its two coloured pills are drawn on the light page.
  let dark = 0
  let coloured = 0
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
    if (r + g + b < 150)
      dark++
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60)
      coloured++
  }
  expect(dark / (1200 * 630)).toBeGreaterThan(0.01)
  expect(coloured).toBeGreaterThan(500)
  // And it is the cover: the same slide drawn 1200 px wide, its middle 630 px, matches it but for anti-aliased
  // text edges (<2 % of pixels; any other slide differs in far more). On another server than this project's, so
  // in a page of its own.
  const page = await browser.newPage({ viewport: { width: 1200, height: 680 }, serviceWorkers: 'block' })
  await page.goto(`http://127.0.0.1:${SUB_PORT}${SUB_PATH}1`)
  await expect(page.locator('.slidev-page-1 h1')).toHaveText(slides[0]!.heading)
  await page.evaluate(() => document.fonts.ready)
  const cover = PNG.sync.read(await page.screenshot({ clip: { x: 0, y: 25, width: 1200, height: 630 } }))
  await page.close()
  const differing = pixelmatch(png.data, cover.data, undefined, 1200, 630, { threshold: 0.1 })
  expect(differing / (1200 * 630)).toBeLessThan(0.02)
})
