import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { gotoHydrated } from './helpers'

// The community's zone: a first visit renders in it on the server, and the browser's own zone is the same, so the
// page the server sent and the one the browser shows are one (no refetch, no jump).
const ZONE = 'Asia/Shanghai'
test.use({ timezoneId: ZONE })

interface Event { id: string; title: Record<string, string>; startsAt: string; kind: string }

const dayIn = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))

/** The first public deadline the demo community has in the next six weeks, and the day it falls on in ZONE. */
async function firstDeadline(page: Page): Promise<Event & { day: string }> {
  const from = new Date()
  const to = new Date(from.getTime() + 44 * 86_400_000)
  const reply = await page.request.get(`/api/calendar/events?from=${from.toISOString()}&to=${to.toISOString()}&kind=deadline`)
  expect(reply.status()).toBe(200)
  const events = await reply.json() as Event[]
  expect(events.length).toBeGreaterThan(0)
  return { ...events[0]!, day: dayIn(events[0]!.startsAt) }
}

const CASES = [
  { code: 'th', script: /[\u0E00-\u0E7F]/, month: 'เดือน', week: 'สัปดาห์' },
  { code: 'my', script: /[\u1000-\u109F]/, month: 'လ', week: 'အပတ်' },
  { code: 'lo', script: /[\u0E80-\u0EFF]/, month: 'ເດືອນ', week: 'ອາທິດ' },
] as const
const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/

for (const c of CASES) {
  test(`month, week, day and agenda in ${c.code}, switched with the keyboard, show the deadline in ${c.code}`, async ({ page }) => {
    const deadline = await firstDeadline(page)
    const title = deadline.title[c.code]!
    await gotoHydrated(page, `/${c.code}/calendar?view=month&day=${deadline.day}`)

    // Month: the day's cell lists the deadline under its title in the page's language; the heading is in its script.
    const heading = page.getByTestId('calendar-heading')
    await expect(heading).toHaveText(c.script)
    expect(await heading.innerText()).not.toMatch(ENGLISH_MONTH)
    const cell = page.locator(`[data-testid="month-grid"] td[data-day="${deadline.day}"]`)
    await expect(cell.getByTestId('month-event').filter({ hasText: title })).toBeVisible()
    if (c.code === 'my') await expect(cell.getByTestId('month-day')).toHaveText(/^[\u1040-\u1049]+$/) // Myanmar digits

    // The view tabs: focus the selected one and walk the others with the arrow keys.
    const monthTab = page.getByRole('tab', { name: c.month, exact: true })
    await expect(monthTab).toHaveAttribute('aria-selected', 'true')
    await monthTab.focus()
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/view=week/)
    const weekTab = page.getByRole('tab', { name: c.week, exact: true })
    await expect(weekTab).toHaveAttribute('aria-selected', 'true')
    await expect(weekTab).toBeFocused()
    await expect(page.getByTestId('week-column')).toHaveCount(7)
    await expect(page.getByTestId('week-event').filter({ hasText: title })).toBeVisible()

    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/view=day/)
    await expect(page.getByTestId('week-column')).toHaveCount(1)
    await expect(page.getByTestId('week-event').filter({ hasText: title })).toBeVisible()
    expect(await heading.innerText()).toMatch(c.script)

    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/view=agenda/)
    const item = page.getByTestId('agenda-event').filter({ hasText: title })
    await expect(item).toBeVisible()
    await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', `/${c.code}/mobility/calls/${deadline.id.replace('deadline:', '')}`)

    // Back to the month with End then Home, and a reload renders the same view from the URL alone.
    await page.keyboard.press('Home')
    await expect(page).toHaveURL(/view=month/)
    await expect(cell.getByTestId('month-event').filter({ hasText: title })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('tab', { name: c.month, exact: true })).toHaveAttribute('aria-selected', 'true')
    await expect(cell.getByTestId('month-event').filter({ hasText: title })).toBeVisible()
  })
}

test('the month view in Thai has no serious accessibility findings, and a filter narrows it in the URL', async ({ page }) => {
  const deadline = await firstDeadline(page)
  await gotoHydrated(page, `/th/calendar?view=month&day=${deadline.day}`)
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  expect(blocking.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])

  const cell = page.locator(`td[data-day="${deadline.day}"]`)
  await expect(cell.getByTestId('month-event').first()).toBeVisible()
  await page.getByTestId('filter-kind').selectOption('meeting')
  await expect(page).toHaveURL(/kind=meeting/)
  // A signed-out visitor sees no governance meeting, so the deadline's day is now empty.
  await expect(cell.getByTestId('month-event')).toHaveCount(0)
})

test('on a phone the month shows each day’s count and the agenda lists the events', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const deadline = await firstDeadline(page)
  await gotoHydrated(page, `/lo/calendar?view=month&day=${deadline.day}`)
  await expect(page.locator(`td[data-day="${deadline.day}"]`).getByTestId('month-event').first()).toBeHidden()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.getByTestId('calendar-tab-agenda').click()
  await expect(page.getByTestId('agenda-event').filter({ hasText: deadline.title.lo! })).toBeVisible()
})
