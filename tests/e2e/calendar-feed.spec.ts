import { expect, test } from '@playwright/test'
import { gotoHydrated, logInByApi, t } from './helpers'

const FEED_URL = /\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/

test.describe('subscribing to my calendar from the profile page', () => {
  test('a Khmer student makes the address, copies it, replaces it and stops it; each old address stops working', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await logInByApi(page, 'student.cambodia@demo.example', undefined, 'km')
    await gotoHydrated(page, '/km/profile')
    const section = page.getByTestId('calendar-feed')
    await expect(section.getByRole('heading', { name: t('km', 'calendar.feed.subscribe.title') })).toBeVisible()
    await expect(section).toContainText(t('km', 'calendar.feed.subscribe.none'))

    await section.getByTestId('calendar-feed-create').click()
    await expect(section).toContainText(t('km', 'calendar.feed.subscribe.shownOnce'))
    const first = await section.getByTestId('calendar-feed-url').inputValue()
    expect(first).toMatch(FEED_URL)
    await section.getByTestId('calendar-feed-copy').click()
    await expect(section.getByTestId('calendar-feed-copy')).toHaveText(t('km', 'calendar.feed.subscribe.copied'))
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first)

    // What a calendar app gets from the address: the feed, in the student's language.
    const feed = await page.request.get(first)
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect((await feed.text()).replace(/\r\n[ \t]/g, '')).toContain(`X-WR-CALNAME:${t('km', 'calendar.feed.personalName')}`)

    // Shown once: after a reload the page knows an address is live, not what it is.
    await page.reload()
    await expect(section.getByTestId('calendar-feed-active')).toBeVisible()
    await expect(section.getByTestId('calendar-feed-url')).toHaveCount(0)

    await section.getByTestId('calendar-feed-rotate').click()
    const second = await section.getByTestId('calendar-feed-url').inputValue()
    expect(second).not.toBe(first)
    expect((await page.request.get(first)).status()).toBe(404)
    expect((await page.request.get(second)).status()).toBe(200)

    await section.getByTestId('calendar-feed-revoke').click()
    await expect(section.getByTestId('calendar-feed-revoked')).toHaveText(t('km', 'calendar.feed.subscribe.revoked'))
    await expect(section.getByTestId('calendar-feed-create')).toBeVisible()
    expect((await page.request.get(second)).status()).toBe(404)
  })

  test('the section reads in Chinese for the Nanning office', async ({ page }) => {
    await logInByApi(page, 'office.nanning@demo.example', undefined, 'zh')
    await gotoHydrated(page, '/zh/profile')
    const section = page.getByTestId('calendar-feed')
    await expect(section.getByRole('heading', { name: t('zh', 'calendar.feed.subscribe.title') })).toBeVisible()
    await expect(section).toContainText(t('zh', 'calendar.feed.subscribe.intro'))
    await expect(section.getByTestId('calendar-feed-create')).toHaveText(t('zh', 'calendar.feed.subscribe.create'))
  })
})
