import type { Page } from '@playwright/test'
import type { SourceSlide } from './deck-source'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { planBudgets } from '../../lib/pacing/budget'
import { formatClock, formatDifference, paceAt } from '../../lib/pacing/pace'
import { loadDeckSource, markedParagraphs } from './deck-source'
import { expect, test } from './fixtures'

// The presenter's tools, in the built deck: the script follows the clicks (presenter view and /notes), the pace
// cue beside the timer, and the rehearsal record. Time runs on Playwright's clock: minutes pass in no real time.

let slides: SourceSlide[]
let budgets: number[]

test.beforeAll(async () => {
  const deck = await loadDeckSource()
  slides = deck.slides
  budgets = planBudgets(deck.duration, slides.map(s => ({ note: s.note, budget: s.budget }))).budgets
})

const squash = (s: string) => s.replace(/\s+/g, '').replace(/\*\*/g, '')

/** Where the presenter is: /presenter/<no>?clicks=<n>. */
function presenterPosition(page: Page) {
  const url = new URL(page.url())
  return { no: Number(url.pathname.split('/').filter(Boolean).at(-1)), clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** Whether the highlighted marker is in view: inside the window and every scrolling box around it. */
async function activeMarkerInView(page: Page, scope: string) {
  return page.locator(`${scope} .slidev-note-click-mark-active`).first().evaluate((mark) => {
    const box = mark.getBoundingClientRect()
    const inside = (outer: DOMRect) => box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1
    if (!inside(new DOMRect(0, 0, window.innerWidth, window.innerHeight)))
      return false
    for (let el = mark.parentElement; el; el = el.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(el).overflowY) && !inside(el.getBoundingClientRect()))
        return false
    }
    return true
  })
}

/** The highlighted click markers of a notes view: their step and the text of the paragraph each opens. */
async function activeParagraphs(page: Page, scope: string) {
  return page.locator(`${scope} .slidev-note-click-mark-active`).evaluateAll(marks => marks.map(mark => ({
    clicks: Number((mark as HTMLElement).dataset.clicks),
    text: (mark.closest('p') ?? mark.parentElement)!.textContent ?? '',
  })))
}

test('at every click step the presenter view and /notes highlight exactly the paragraph for that step', async ({ page, context }) => {
  test.setTimeout(180_000)
  const notes = await context.newPage()
  await page.goto('presenter/1')
  await notes.goto('notes')
  await expect(page.locator('.slidev-note').first()).toBeVisible()

  const stepsSeen = new Map<number, number>()
  let checked = 0
  for (let guard = 0; guard < 200; guard++) {
    const { no, clicks } = presenterPosition(page)
    stepsSeen.set(no, (stepsSeen.get(no) ?? 0) + 1)
    const marked = markedParagraphs(slides[no - 1]!.note)
    if (marked.length > 0) {
      const expected = marked.find(m => m.clicks === clicks)
      expect(expected, `slide ${no} step ${clicks} has a marked paragraph in the script`).toBeDefined()
      for (const [view, viewPage, scope] of [['presenter', page, '.grid-section.note'], ['/notes', notes, 'body']] as const) {
        await expect.poll(async () => (await activeParagraphs(viewPage, scope)).map(a => a.clicks), `${view}, slide ${no} step ${clicks}`)
          .toEqual([clicks])
        const [active] = await activeParagraphs(viewPage, scope)
        expect(squash(active!.text), `${view}, slide ${no} step ${clicks}`).toBe(squash(expected!.text))
        await expect.poll(() => activeMarkerInView(viewPage, scope), `${view}, slide ${no} step ${clicks}: scrolled into view`).toBe(true)
      }
      checked++
    }
    else {
      // A slide without markers has no click steps at all.
      expect(clicks, `slide ${no} has click steps but no click markers`).toBe(0)
    }
    if (no === slides.length)
      break
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => presenterPosition(page)).not.toEqual({ no, clicks })
  }

  // The deck's own click counts (as the presenter walked them) match the markers: one paragraph per step.
  for (const slide of slides) {
    const marked = markedParagraphs(slide.note)
    const steps = marked.length ? Math.max(...marked.map(m => m.clicks)) + 1 : 1
    expect(stepsSeen.get(slide.no), `steps of slide ${slide.no} ${slide.title}`).toBe(steps)
    expect(marked.map(m => m.clicks), `markers of slide ${slide.no}`).toEqual(marked.length ? Array.from({ length: steps }, (_, i) => i) : [])
  }
  expect(checked).toBeGreaterThanOrEqual(30)

  // Spot check, in words: the market slide's step 2 is about the premium.
  const market = slides.find(s => s.title.startsWith('需求暴增'))!
  await page.goto(`presenter/${market.no}?clicks=2`)
  await expect.poll(async () => (await activeParagraphs(page, '.grid-section.note')).map(a => a.text)).toEqual([expect.stringContaining('溢价')])
})

const START = new Date('2026-12-01T09:00:00+08:00')

/** Opens the presenter at slide `no` with the clock stopped at START; time passes only with clock.runFor. */
async function openPresenter(page: Page, no: number) {
  await page.clock.install({ time: START })
  await page.goto(`presenter/${no}`)
  await expect(page.getByTestId('pace-cue')).toBeVisible()
  await page.clock.pauseAt(new Date(START.getTime() + 60_000))
}

/** Starts Slidev's own timer with its play button (shown when the pointer is over the timer). */
async function startTimer(page: Page) {
  await page.locator('.grid-section.bottom .group').filter({ has: page.locator('.i-carbon\\:timer') }).hover()
  await page.locator('.grid-section.bottom .i-carbon\\:play').click()
  await page.mouse.move(10, 10)
}

test('on slide 4, the cue says ahead, then on time, then behind by the right amount after 6 minutes', async ({ page }) => {
  await openPresenter(page, 4)
  const status = page.getByTestId('pace-status')
  await expect(page.getByTestId('pace-budget')).toHaveText(`本页${formatClock(budgets[3]!)}`)
  await expect(status).toHaveText('未计时')

  await startTimer(page)
  const plannedStart = budgets.slice(0, 3).reduce((a, b) => a + b, 0)
  await expect(status).toHaveText(`领先 ${formatClock(plannedStart)}`)
  await expect(status).toHaveAttribute('data-status', 'ahead')

  await page.clock.runFor(plannedStart * 1000)
  await expect(status).toHaveText('按时')

  await page.clock.runFor(6 * 60_000 - plannedStart * 1000)
  const pace = paceAt(budgets, 4, 360)
  expect(pace.status).toBe('behind')
  await expect(status).toHaveText(`落后 ${formatClock(pace.seconds)}`)
  await expect(status).toHaveAttribute('data-status', 'behind')
  // Big enough to read from two metres: at least 24 px, bold.
  const style = await status.evaluate(el => ({ size: Number.parseFloat(getComputedStyle(el).fontSize), weight: Number(getComputedStyle(el).fontWeight) }))
  expect(style.size).toBeGreaterThanOrEqual(24)
  expect(style.weight).toBeGreaterThanOrEqual(700)
})

test('the audience never sees the pace cue or the rehearsal record', async ({ page }) => {
  await page.goto('4')
  await expect(page.locator('.slidev-page-4')).toBeVisible()
  await page.mouse.move(100, 600)
  await expect(page.getByTestId('presenter-pacing')).toHaveCount(0)
  await expect(page.getByTestId('pace-cue')).toHaveCount(0)
})

test('the rehearsal record agrees with the clock to the second, in the table, the CSV and after a reload', async ({ page }) => {
  await openPresenter(page, 1)
  const stays = [30, 45, 12, 80] // seconds on slides 1 … 4
  await startTimer(page)
  for (const [i, seconds] of stays.entries()) {
    await page.clock.runFor(seconds * 1000)
    if (i < stays.length - 1) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => presenterPosition(page).no).toBe(i + 2)
    }
  }
  const expectedRow = (i: number) => {
    const visited = i < stays.length
    const actual = stays[i] ?? 0
    return [String(i + 1), slides[i]!.title, formatClock(budgets[i]!), visited ? formatClock(actual) : '—', visited ? formatDifference(actual - budgets[i]!) : '—']
  }
  const tableRows = () => page.getByTestId('rehearsal').locator('tbody tr').evaluateAll(rows =>
    rows.map(row => Array.from(row.querySelectorAll('td'), td => td.textContent!.trim())))

  await page.getByTestId('rehearsal-open').click()
  await expect(page.getByTestId('rehearsal')).toBeVisible()
  const expected = slides.map((_, i) => expectedRow(i))
  await expect.poll(tableRows).toEqual(expected)
  const total = stays.reduce((a, b) => a + b, 0)
  await expect(page.getByTestId('rehearsal').locator('tfoot')).toContainText(formatClock(total))

  // The CSV says the same, in seconds.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rehearsal-csv').click()])
  expect(download.suggestedFilename()).toBe('rehearsal.csv')
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(csv[0]).toBe('页,标题,预算（秒）,实际（秒）,差（秒）,预算,实际,差')
  for (const [i, seconds] of stays.entries())
    expect(csv[i + 1]!.split(',').slice(2, 5).map(Number), `CSV row of slide ${i + 1}`).toEqual([budgets[i], seconds, seconds - budgets[i]!])
  expect(csv.at(-1)!.split(',').slice(1, 4)).toEqual(['合计', String(budgets.reduce((a, b) => a + b, 0)), String(total)])
  expect(budgets.reduce((a, b) => a + b, 0)).toBe(1200)

  // A reload keeps the record (Slidev's timer starts afresh; nothing is counted while it is stopped).
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(page.getByTestId('pace-cue')).toBeVisible()
  await page.clock.runFor(5_000)
  await page.getByTestId('rehearsal-open').click()
  await expect.poll(tableRows).toEqual(expected)

  // One control clears it and stops the timer.
  await page.getByTestId('rehearsal-reset').click()
  await expect.poll(tableRows).toEqual(slides.map((s, i) => [String(i + 1), s.title, formatClock(budgets[i]!), '—', '—']))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('pace-status')).toHaveText('未计时')
})

// axe runs on real timers: a paused Playwright clock would stall it.
for (const scheme of ['light', 'dark'] as const) {
  test(`the pace cue and the rehearsal table pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
    await page.goto('presenter/4')
    await expect(page.getByTestId('pace-cue')).toBeVisible()
    await page.getByTestId('rehearsal-open').click()
    await expect(page.getByTestId('rehearsal')).toBeVisible()
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="rehearsal"]')
      .include('[data-testid="pace-cue"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze()
    expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}
