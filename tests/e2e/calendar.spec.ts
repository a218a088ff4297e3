import ical from 'node-ical'
import { expect, test, type Page } from '@playwright/test'
import { gotoHydrated, logInByApi, signUpByApi, t } from './helpers'
import { enrol, field, personIn } from './mobility-helpers'

/** A new person of a partner institution, signed up in their language and enrolled there by the secretariat. */
async function newMember(page: Page, secretariat: Page, locale: string, name: string, slug: string, role: 'student' | 'teacher') {
  const account = await signUpByApi(page, { locale, name })
  const me = await (await page.request.get('/api/auth/me')).json() as { user: { id: string } }
  await enrol(secretariat, me.user.id, slug, role)
  await logInByApi(page, account.email, account.password, locale)
  return account
}

async function register(page: Page, locale: string, activityPath: string) {
  await gotoHydrated(page, `/${locale}${activityPath}`)
  await page.getByTestId('register').click()
  await expect(page.getByTestId('registration-state')).toBeVisible()
}

test.describe('the activities calendar', () => {
  test.describe.configure({ timeout: 240_000 })

  test('Nanning (zh) plans a training week, the committee approves it; Nanning schedules it, is warned of Songkran for the Thai partner, sets quotas; a Lao student and a Burmese teacher fill it, a Khmer student waits, gets the freed place, and finds the sessions in her iCal feed', async ({ browser }) => {
    const office = await personIn(browser, 'office.nanning@demo.example', 'zh')
    const secretariat = await personIn(browser, 'secretariat@demo.example', 'en')
    const institutions = (await (await office.request.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }).items
    const idOf = (slug: string) => institutions.find(i => i.slug === slug)!.id

    // The secretariat opens the academic year's plan; the Nanning office proposes the week for April.
    await gotoHydrated(secretariat, '/en/calendar/plan')
    await secretariat.getByTestId('open-plan-year').selectOption('2026/2027')
    await secretariat.getByTestId('open-plan').click()
    await expect(secretariat).toHaveURL(/\/en\/calendar\/plan\/2026-2027$/)
    await gotoHydrated(office, '/zh/calendar/plan/2026-2027')
    await office.getByTestId('plan-propose').click()
    await field(office, 'localized-title').fill('跨文化培训周（端到端）')
    await office.getByTestId('plan-item-month').selectOption('2027-04-01')
    await field(office, 'plan-item-participants').fill('30')
    await office.getByTestId('plan-item-save').click()
    const item = office.locator('li[data-testid^="plan-item-"]', { hasText: '跨文化培训周' })
    await expect(item.getByTestId('plan-item-state')).toHaveText(t('zh', 'calendar.plan.itemStates.proposed'))

    // The secretariat accepts it and submits the plan; a member of the executive committee approves it.
    await secretariat.reload()
    await secretariat.locator('li', { hasText: '跨文化培训周' }).getByTestId('plan-item-accept').click()
    await expect(secretariat.locator('li', { hasText: '跨文化培训周' }).getByTestId('plan-item-state')).toHaveText(t('en', 'calendar.plan.itemStates.accepted'))
    await secretariat.getByTestId('plan-step-submit').click()
    await expect(secretariat.getByTestId('plan-state')).toHaveText(t('en', 'calendar.plan.states.submitted'))
    const committee = await personIn(browser, 'enterprise@demo.example', 'en')
    await gotoHydrated(committee, '/en/calendar/plan/2026-2027')
    await committee.getByTestId('plan-step-approve').click()
    await expect(committee.getByTestId('plan-state')).toHaveText(t('en', 'calendar.plan.states.approved'))
    await committee.context().close()

    // The office makes the item's activity, then gives it a venue of its own and invites Thai, Lao and Cambodian partners.
    await gotoHydrated(office, '/zh/calendar/plan/2026-2027')
    await field(office, 'plan-activity-url').fill('https://meet.example/ccw')
    await office.getByTestId('plan-activity-create').click()
    await office.getByTestId('plan-item-activity').getByRole('link').click()
    await expect(office).toHaveURL(/\/zh\/activities\/[0-9a-f-]{36}$/)
    const activityPath = new URL(office.url()).pathname.replace(/^\/zh/, '')
    await office.getByTestId('edit-activity').click()
    await expect(field(office, 'localized-title')).toHaveValue('跨文化培训周（端到端）')
    await office.getByTestId('activity-mode').selectOption('physical')
    for (const slug of ['chao-phraya-technical', 'vientiane-technical-college', 'mekong-institute-technology']) await office.getByTestId(`invitee-${slug}`).locator('input').check()
    await office.getByTestId('new-venue').click()
    await field(office, 'localized-name').fill('国际交流中心')
    await field(office, 'localized-rooms.0.name').fill('101 会议室')
    await office.getByTestId('venue-create').click()
    await expect(office.getByTestId('venue-form')).toHaveCount(0)
    await field(office, 'activity-capacity').fill('2')
    await office.getByTestId('activity-create').click()
    await expect(office).toHaveURL(new RegExp(`/zh${activityPath}$`))

    // Five sessions, Monday to Friday of the week of 12 April 2027: Songkran (13–15 April) is a holiday in Thailand.
    await office.getByTestId('kind-series').check()
    await field(office, 'series-starts').fill('2027-04-12T09:00')
    for (const day of ['TU', 'WE', 'TH', 'FR']) await office.getByTestId(`series-day-${day}`).check()
    await office.getByTestId('session-add').click()
    await expect(office.getByTestId('schedule-warning').filter({ hasText: '泰国' }).first()).toBeVisible()
    await expect(office.getByTestId('session-add')).toHaveText(t('zh', 'calendar.sessions.addAnyway'))
    await office.getByTestId('session-add').click()
    await expect(office.getByTestId('session-4')).toBeVisible()

    await office.getByTestId('step-publish').click()
    await expect(office.getByTestId('step-open_registration')).toBeVisible()
    await office.getByTestId('step-open_registration').click()
    await expect(office.getByTestId('activity-state').first()).toHaveText(t('zh', 'calendar.states.registration_open'))

    // Quotas for three partners: one place each for Laos and Cambodia, none reserved for Thailand.
    const quota = (slug: string) => office.getByTestId(`quota-${idOf(slug)}`).locator('input')
    await quota('vientiane-technical-college').fill('1')
    await quota('mekong-institute-technology').fill('1')
    await quota('chao-phraya-technical').fill('0')
    await office.getByTestId('save-quotas').click()
    await expect(office.getByTestId('quotas-saved')).toBeVisible()

    // A Lao student and a Burmese teacher (teaching in Phnom Penh) take the two places.
    const lao = await (await browser.newContext()).newPage()
    await newMember(lao, secretariat, 'lo', 'ສົມພອນ ວົງສາ', 'vientiane-technical-college', 'student')
    await register(lao, 'lo', activityPath)
    await expect(lao.getByTestId('registration-state')).toHaveAttribute('data-state', 'confirmed')
    const burmese = await (await browser.newContext()).newPage()
    await newMember(burmese, secretariat, 'my', 'ဦးအောင်ကျော်', 'mekong-institute-technology', 'teacher')
    await register(burmese, 'my', activityPath)
    await expect(burmese.getByTestId('registration-state')).toHaveAttribute('data-state', 'confirmed')

    // The course is full: a Khmer student of the same partner waits first in line.
    const khmer = await personIn(browser, 'student.cambodia@demo.example', 'km')
    await register(khmer, 'km', activityPath)
    await expect(khmer.getByTestId('registration-state')).toHaveAttribute('data-state', 'waitlisted')
    await expect(khmer.getByTestId('waitlist-position')).toBeVisible()

    // The teacher cancels; the place goes to the Khmer student as an offer, which she accepts.
    burmese.on('dialog', dialog => void dialog.accept())
    await burmese.getByTestId('registration-cancel').click()
    await expect(burmese.getByTestId('register-form')).toBeVisible()
    await gotoHydrated(khmer, `/km${activityPath}`)
    await expect(khmer.getByTestId('offer')).toBeVisible()
    await khmer.getByTestId('registration-accept').click()
    await expect(khmer.getByTestId('registration-state')).toHaveAttribute('data-state', 'confirmed')

    // Staff check the Lao student in at the door on a phone-sized page.
    await office.setViewportSize({ width: 390, height: 844 })
    await gotoHydrated(office, `/zh/calendar/checkin/${activityPath.split('/').at(-1)}`)
    const laoRow = office.getByTestId('checkin-people').locator('li', { hasText: 'ສົມພອນ ວົງສາ' })
    await laoRow.getByRole('button').click()
    await expect(laoRow).toContainText(t('zh', 'calendar.registration.checkin.in'))
    expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    // The Khmer student subscribes to her calendar: the feed lists the five sessions at 09:00 in Nanning's zone.
    await gotoHydrated(khmer, '/km/profile')
    await khmer.getByTestId('calendar-feed-create').click()
    const url = (await field(khmer, 'calendar-feed-url').inputValue()).trim()
    const feed = await (await khmer.request.get(url)).text()
    expect(feed).toContain('BEGIN:VTIMEZONE')
    expect(feed).toContain('TZID:Asia/Shanghai')
    const events = Object.values(ical.sync.parseICS(feed))
      .filter((e): e is ical.VEvent => e?.type === 'VEVENT' && String(e.summary).includes('跨文化培训周'))
    expect(events).toHaveLength(5)
    const week = ['12', '13', '14', '15', '16'].map(d => `2027-04-${d}T01:00:00.000Z`)
    expect(events.map(e => e.start.toISOString()).sort()).toEqual(week)
    expect(events.every(e => e.start.tz === 'Asia/Shanghai')).toBe(true)

    // Each person's own feed: the Lao student's holds the week, the teacher who cancelled has none of it.
    const sessionsIn = async (page: Page) => {
      const { url } = await (await page.request.post('/api/calendar/feed-token')).json() as { url: string }
      return Object.values(ical.sync.parseICS(await (await page.request.get(url)).text()))
        .filter((e): e is ical.VEvent => e?.type === 'VEVENT' && String(e.summary).includes('跨文化培训周'))
        .filter(e => e.status !== 'CANCELLED').map(e => e.start.toISOString()).sort()
    }
    expect(await sessionsIn(lao)).toEqual(week)
    expect(await sessionsIn(burmese)).toEqual([])

    // The plan shows what became of the item: two registered of the thirty expected.
    await gotoHydrated(office, '/zh/calendar/plan/2026-2027')
    await expect(office.getByTestId('plan-item-participants')).toContainText('30')
    await expect(office.getByTestId('plan-item-participants')).toContainText('2')
  })
})
