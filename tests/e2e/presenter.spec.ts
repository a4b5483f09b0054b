import type { Page } from '@playwright/test'
import type { SourceSlide } from './deck-source'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { planBudgets } from '../../lib/pacing/budget'
import { formatClock, formatCountdown, formatDifference, paceAt, paceLabel, TIMER_KEY, TOLERANCE_SECONDS } from '../../lib/pacing/pace'
import { loadDeckSource, markedParagraphs } from './deck-source'
import { expect, position, test } from './fixtures'

// The presenter's tools, in the built deck: the script follows the clicks (presenter view and /notes), the clock
// and pace cue in the bottom bar, and the rehearsal record. Time runs on Playwright's clock: minutes pass in no real
// time. Slides are chosen by their budgets, computed by lib/pacing from the deck's source, never by number or words.

let slides: SourceSlide[]
let plan: ReturnType<typeof planBudgets>
let budgets: number[]
const plannedStart = (no: number) => budgets.slice(0, no - 1).reduce((a, b) => a + b, 0)

test.beforeAll(async () => {
  const deck = await loadDeckSource()
  slides = deck.slides
  plan = planBudgets(deck.duration, slides.map(s => ({ note: s.note, budget: s.budget })))
  budgets = plan.budgets
})

const squash = (s: string) => s.replace(/\s+/g, '').replace(/\*\*/g, '')

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
    const { no, clicks } = position(page)
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
    await expect.poll(() => position(page)).not.toEqual({ no, clicks })
  }

  // The deck's own click counts (as the presenter walked them) match the markers: one paragraph per step.
  for (const slide of slides) {
    const marked = markedParagraphs(slide.note)
    const steps = marked.length ? Math.max(...marked.map(m => m.clicks)) + 1 : 1
    expect(stepsSeen.get(slide.no), `steps of slide ${slide.no} ${slide.title}`).toBe(steps)
    expect(marked.map(m => m.clicks), `markers of slide ${slide.no}`).toEqual(marked.length ? Array.from({ length: steps }, (_, i) => i) : [])
  }
  expect(checked).toBe(slides.reduce((sum, slide) => sum + markedParagraphs(slide.note).length, 0))

  // A deep link to a step highlights its paragraph too: the last step of the slide with the most steps.
  const deepest = slides.reduce((a, b) => markedParagraphs(b.note).length > markedParagraphs(a.note).length ? b : a)
  const last = markedParagraphs(deepest.note).at(-1)!
  await page.goto(`presenter/${deepest.no}?clicks=${last.clicks}`)
  await expect.poll(async () => (await activeParagraphs(page, '.grid-section.note')).map(a => squash(a.text))).toEqual([squash(last.text)])
})

const START = new Date('2026-12-01T09:00:00+08:00')

/**
 * Opens the presenter at slide `no` with the clock stopped; time passes only with `advance`. The clock bar re-reads
 * the time every 250 ms, so `advance` keeps half a second past each whole second: every figure shown is then exact.
 */
async function openPresenter(page: Page, no: number) {
  await page.clock.install({ time: START })
  await page.goto(`presenter/${no}`)
  await expect(page.getByTestId('presenter-clock')).toBeVisible()
  await page.clock.pauseAt(new Date(START.getTime() + 60_000))
}
async function advance(page: Page, seconds: number) {
  await page.clock.runFor(seconds * 1000)
}
const HALF = 0.5

function clock(page: Page) {
  return {
    toggle: page.getByTestId('timer-toggle'),
    talk: page.getByTestId('talk-left'),
    slide: page.getByTestId('slide-left'),
    pace: page.getByTestId('pace-status'),
  }
}

test('the button and the documented key start, pause and resume the timer; Slidev\'s own timer is hidden', async ({ page }) => {
  await openPresenter(page, 1)
  const { toggle, talk, slide, pace } = clock(page)
  await expect(toggle).toHaveText('开始计时')
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', TIMER_KEY)
  await expect(talk).toHaveText(formatCountdown(plan.duration))
  await expect(slide).toHaveText(`本页${formatCountdown(budgets[0]!)}`)
  await expect(pace).toHaveCount(0)
  await expect(page.locator('.grid-section.bottom > .group')).toBeHidden()

  await toggle.click()
  await expect(toggle).toHaveText('暂停')
  await advance(page, 20 + HALF)
  await expect(talk).toHaveText(formatCountdown(plan.duration - 20 - HALF))
  await toggle.click()
  await expect(toggle).toHaveText('继续计时')
  await advance(page, 30)
  await expect(talk).toHaveText(formatCountdown(plan.duration - 20 - HALF))

  // The key: focus left the button after the click, so Slidev's keys (and this one) act.
  await page.keyboard.press(TIMER_KEY)
  await expect(toggle).toHaveText('暂停')
  await advance(page, 10)
  await expect(talk).toHaveText(formatCountdown(plan.duration - 30 - HALF))
  await page.keyboard.press(TIMER_KEY)
  await expect(toggle).toHaveText('继续计时')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).not.toEqual({ no: 1, clicks: 0 })
})

test('from a fresh start the key alone starts the timer', async ({ page }) => {
  await openPresenter(page, 1)
  await page.keyboard.press(TIMER_KEY)
  await expect(clock(page).toggle).toHaveText('暂停')
})

test('arriving at a slide 60 s behind plan, inside its planned slot, reads behind, not on time', async ({ page }) => {
  const late = 60
  // A slide after the first whose budget is long enough for a 60 s late arrival to fall inside its planned slot.
  const no = budgets.findIndex((b, i) => i > 0 && b > late + TOLERANCE_SECONDS + 5) + 1
  expect(no, `a slide after the first with a budget over ${late + TOLERANCE_SECONDS + 5} s`).toBeGreaterThan(1)
  const start = plannedStart(no)
  const { toggle, talk, slide, pace } = clock(page)

  await openPresenter(page, no - 1)
  await toggle.click()
  await advance(page, start + late + HALF)
  await page.keyboard.press('Shift+ArrowRight') // Slidev: next slide, skipping click steps
  await expect.poll(() => position(page).no).toBe(no)

  const elapsed = start + late + HALF
  expect(elapsed, 'inside the slide\'s planned slot').toBeLessThan(start + budgets[no - 1]!)
  const expected = paceAt(plan, no, elapsed, 0)
  expect(expected.status).toBe('behind')
  await expect(pace).toHaveAttribute('data-status', 'behind')
  await expect(pace).toHaveText(paceLabel(expected))
  await expect(slide).toHaveText(`本页${formatCountdown(budgets[no - 1]!)}`)
  await expect(talk).toHaveText(formatCountdown(plan.duration - elapsed))

  // Staying the whole budget keeps the same lateness; staying 5 s more adds them, and the slide reads over.
  await advance(page, budgets[no - 1]! + 5)
  const over = paceAt(plan, no, elapsed + budgets[no - 1]! + 5, budgets[no - 1]! + 5)
  await expect(pace).toHaveText(paceLabel(over))
  expect(paceLabel(over)).toBe(`落后 ${formatClock(late + 5)}`)
  await expect(slide).toHaveText(`本页${formatCountdown(-5)}`)
  // Big enough to read from two metres: at least 24 px, bold.
  const style = await pace.evaluate(el => ({ size: Number.parseFloat(getComputedStyle(el).fontSize), weight: Number(getComputedStyle(el).fontWeight) }))
  expect(style.size).toBeGreaterThanOrEqual(24)
  expect(style.weight).toBeGreaterThanOrEqual(700)
})

test('2 and 5 minutes over, the clock reads the overrun, not Slidev\'s garbled countdown', async ({ page }) => {
  await openPresenter(page, 1)
  const { toggle, talk } = clock(page)
  await toggle.click()
  await advance(page, plan.duration + 120 + HALF)
  await expect(talk).toHaveText(formatCountdown(-120 - HALF))
  expect(formatCountdown(-120 - HALF)).toBe('+2:00 超时')
  await advance(page, 180)
  await expect(talk).toHaveText('+5:00 超时')
  await expect(page.locator('.grid-section.bottom')).not.toContainText(/-\d+:-/, { useInnerText: true })
})

test('the audience never sees the clock, the pace cue or the rehearsal record', async ({ page }) => {
  await page.goto('1')
  await expect(page.locator('.slidev-page-1')).toBeVisible()
  await page.mouse.move(100, 600)
  await expect(page.getByTestId('presenter-pacing')).toHaveCount(0)
  await expect(page.getByTestId('presenter-clock')).toHaveCount(0)
})

test('reset asks first, and only a confirmed reset starts the run again', async ({ page }) => {
  await openPresenter(page, 1)
  const { toggle, talk, pace } = clock(page)
  await toggle.click()
  await advance(page, 30 + HALF)
  const reset = page.getByTestId('timer-reset')
  const confirm = page.getByTestId('confirm').filter({ visible: true })

  await reset.click()
  await expect(confirm).toBeVisible()
  await expect(confirm.getByTestId('confirm-no')).toBeFocused()
  await confirm.getByTestId('confirm-no').click()
  await expect(confirm).toHaveCount(0)
  await reset.click()
  await page.keyboard.press('Escape')
  await expect(confirm).toHaveCount(0)
  await expect(toggle).toHaveText('暂停')
  await expect(talk).toHaveText(formatCountdown(plan.duration - 30 - HALF))

  await reset.click()
  await confirm.getByTestId('confirm-yes').click()
  await expect(toggle).toHaveText('开始计时')
  await expect(talk).toHaveText(formatCountdown(plan.duration))
  await expect(pace).toHaveCount(0)
})

test('the rehearsal record agrees with the clock, survives a reload that resumes the run, and clears only when asked', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openPresenter(page, 1)
  const stays = [30, 45, 12, 80] // seconds on the first four slides
  const { toggle, talk } = clock(page)
  await toggle.click()
  await advance(page, HALF)
  for (const [i, seconds] of stays.entries()) {
    await advance(page, seconds)
    if (i < stays.length - 1) {
      await page.keyboard.press('Shift+ArrowRight')
      await expect.poll(() => position(page).no).toBe(i + 2)
    }
  }
  const total = stays.reduce((a, b) => a + b, 0)
  // The record rounds to the second; the first slide also had the half second before the first stay.
  const recorded = stays.map((seconds, i) => Math.round(seconds + (i === 0 ? HALF : 0)))
  const recordedTotal = recorded.reduce((a, b) => a + b, 0)
  const row = (i: number, extra = 0) => {
    const actual = (recorded[i] ?? 0) + extra
    const visited = i < stays.length
    return [String(i + 1), slides[i]!.title, formatClock(budgets[i]!), visited ? formatClock(actual) : '—', visited ? formatDifference(actual - budgets[i]!) : '—']
  }
  const record = page.getByTestId('rehearsal')
  const tableRows = () => record.locator('tbody tr').evaluateAll(rows =>
    rows.map(tr => Array.from(tr.querySelectorAll('td'), td => td.textContent!.trim())))

  await page.getByTestId('rehearsal-open').click()
  await expect(record).toBeVisible()
  await expect.poll(tableRows).toEqual(slides.map((_, i) => row(i)))
  const totals = page.getByTestId('rehearsal-total')
  await expect(totals).toContainText(formatClock(recordedTotal))
  // The totals stay in view at 1440×900, below the scrolling rows.
  await expect(totals).toBeInViewport({ ratio: 1 })
  const inBox = await totals.evaluate((tr) => {
    const box = tr.getBoundingClientRect()
    const scroller = tr.closest('.rehearsal-scroll')!.getBoundingClientRect()
    return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1
  })
  expect(inBox, 'totals row inside the table\'s scrolling box').toBe(true)

  // The CSV says the same, in seconds.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rehearsal-csv').click()])
  expect(download.suggestedFilename()).toBe('rehearsal.csv')
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(csv[0]).toBe('页,标题,预算（秒）,实际（秒）,差（秒）,预算,实际,差')
  for (const [i, seconds] of recorded.entries())
    expect(csv[i + 1]!.split(',').slice(2, 5).map(Number), `CSV row of slide ${i + 1}`).toEqual([budgets[i], seconds, seconds - budgets[i]!])
  expect(csv.at(-1)!.split(',').slice(1, 4)).toEqual(['合计', String(plan.duration), String(recordedTotal)])

  // A reload stops Slidev's timer; the clock offers to go on from the time the record holds, and does.
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(toggle).toHaveText('继续计时')
  await expect(talk).toHaveText(formatCountdown(plan.duration - total - HALF))
  await advance(page, 5)
  await expect(talk).toHaveText(formatCountdown(plan.duration - total - HALF))
  await page.keyboard.press(TIMER_KEY)
  await expect(toggle).toHaveText('暂停')
  await advance(page, 10)
  await expect(talk).toHaveText(formatCountdown(plan.duration - total - 10 - HALF))
  await page.getByTestId('rehearsal-open').click()
  const resumed = slides.map((_, i) => row(i, i === stays.length - 1 ? 10 : 0))
  await expect.poll(tableRows).toEqual(resumed)

  // Clearing asks first: cancelled, nothing is lost; confirmed, the record is empty and the timer stopped at zero.
  const confirm = page.getByTestId('confirm').filter({ visible: true })
  await page.getByTestId('rehearsal-clear').click()
  await confirm.getByTestId('confirm-no').click()
  await expect(record).toBeVisible()
  await expect.poll(tableRows).toEqual(resumed)
  await page.getByTestId('rehearsal-clear').click()
  await confirm.getByTestId('confirm-yes').click()
  await expect.poll(tableRows).toEqual(slides.map((s, i) => [String(i + 1), s.title, formatClock(budgets[i]!), '—', '—']))
  await page.keyboard.press('Escape')
  await expect(toggle).toHaveText('开始计时')
  await expect(talk).toHaveText(formatCountdown(plan.duration))
})

test('/notes in the built deck says it follows only this browser\'s presenter, and how to get a synced teleprompter', async ({ page }) => {
  await page.goto('notes')
  const note = page.getByTestId('notes-sync')
  await expect(note).toBeVisible()
  await expect(note).toContainText('npm run dev -- --remote')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
})

// The clock over time (red), the record and a confirmation open, in both schemes. Axe runs on real time again.
for (const scheme of ['light', 'dark'] as const) {
  test(`the clock, the pace cue, the record and the confirmation pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
    await openPresenter(page, 2)
    await clock(page).toggle.click()
    await advance(page, plan.duration + 30)
    await expect(clock(page).pace).toHaveAttribute('data-status', 'behind')
    await page.clock.resume()
    const axe = async (...include: string[]) => {
      const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa'])
      include.forEach(selector => builder.include(selector))
      const { violations } = await builder.analyze()
      expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)).toEqual([])
    }
    await axe('[data-testid="presenter-clock"]')
    await page.getByTestId('rehearsal-open').click()
    await expect(page.getByTestId('rehearsal')).toBeVisible()
    await axe('[data-testid="rehearsal"]')
    await page.getByTestId('rehearsal-clear').click()
    await axe('[data-testid="confirm"][open]')
  })
}
