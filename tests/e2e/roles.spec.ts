import { expect, test, type Page } from '@playwright/test'
import { DEMO, gotoHydrated, logInByApi, signUpByApi, t } from './helpers'

const sideNav = (page: Page) => page.getByRole('navigation', { name: t('en', 'nav.dashboard') })

test.describe('roles', () => {
  test('the secretariat sees People and Mail outbox and can list the demo community', async ({ page }) => {
    await logInByApi(page, DEMO.secretariat)
    await gotoHydrated(page, '/en/dashboard')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('en', 'dashboard.welcome', { name: '李秘书 Li Mishu' }))
    await expect(page.getByText(t('en', 'roles.secretariat'), { exact: true })).toBeVisible()

    const nav = sideNav(page)
    await expect(nav.getByRole('link', { name: t('en', 'nav.users') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.outbox') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.audit') })).toBeVisible()

    await nav.getByRole('link', { name: t('en', 'nav.users') }).click()
    await expect(page).toHaveURL(/\/en\/admin\/users$/)
    await expect(page.getByRole('heading', { name: t('en', 'admin.usersTitle'), level: 1 })).toBeVisible()
    const people = page.locator('tbody tr')
    for (const who of ['Nguyễn Thị Lan', 'สมชาย ใจดี', '王国际 Wang Guoji', DEMO.student, DEMO.partnerThai, DEMO.office]) {
      await expect(people.filter({ hasText: who })).toHaveCount(1)
    }
    await expect(people.filter({ hasText: DEMO.student })).toContainText(t('en', 'roles.student'))
    await expect(people.filter({ hasText: DEMO.partnerThai })).toContainText('Chao Phraya Technical College')

    // Searching narrows the list.
    await page.getByRole('searchbox', { name: t('en', 'admin.searchPeople') }).fill('partner.thai')
    await expect(people).toHaveCount(1)
    await expect(people).toContainText('สมชาย ใจดี')

    await nav.getByRole('link', { name: t('en', 'nav.outbox') }).click()
    await expect(page).toHaveURL(/\/en\/admin\/outbox$/)
    await expect(page.getByRole('heading', { name: t('en', 'admin.outboxTitle'), level: 1 })).toBeVisible()
  })

  test('a student sees neither entry and is refused the People page', async ({ page }) => {
    await logInByApi(page, DEMO.student)
    await gotoHydrated(page, '/en/dashboard')
    // Exact: the dashboard's deadlines may name a call for students.
    await expect(page.getByText(t('en', 'roles.student'), { exact: true })).toBeVisible()
    const nav = sideNav(page)
    await expect(nav.getByRole('link', { name: t('en', 'nav.files') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.audit') })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: t('en', 'nav.users') })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: t('en', 'nav.outbox') })).toHaveCount(0)
    // Agreements and the mobility office are for staff; governance, notifications and one's own applications are for every member.
    await expect(nav.getByRole('link', { name: t('en', 'nav.agreements') })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: t('en', 'nav.governance') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.notifications') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.myApplications') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.mobilityOffice') })).toHaveCount(0)
    // The calendar is every member's: their registrations, the calendar and the year's activity plan; holidays and periods are not.
    await expect(nav.getByRole('link', { name: t('en', 'calendar.registration.mine.title') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'calendar.view.nav') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'calendar.holidays.nav') })).toHaveCount(0)
    // Their evaluations to answer.
    await expect(nav.getByRole('link', { name: t('en', 'evaluation.respond.mine.title') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.conferences') })).toBeVisible()
    // Their certificates; the certificates office is for staff.
    await expect(nav.getByRole('link', { name: t('en', 'nav.myCertificates') })).toBeVisible()
    await expect(nav.getByRole('link', { name: t('en', 'nav.certificatesOffice') })).toHaveCount(0)
    await expect(nav.getByRole('link')).toHaveCount(12)

    const response = await page.goto('/en/admin/users')
    expect(response?.status()).toBe(403)
    await expect(page.getByText('403', { exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: t('en', 'errors.somethingWrong') })).toBeVisible()
    await expect(page.getByRole('heading', { name: t('en', 'admin.usersTitle') })).toHaveCount(0)
    await expect(page.getByText(DEMO.partnerThai)).toHaveCount(0)

    // The data behind it is refused as well, and so is the mail outbox.
    expect((await page.request.get('/api/admin/users')).status()).toBe(403)
    expect((await page.request.get('/api/admin/outbox')).status()).toBe(403)
    expect((await page.goto('/en/admin/outbox'))?.status()).toBe(403)
    expect((await page.request.get('/api/admin/audit')).status()).toBe(403)
    expect((await page.goto('/en/admin/audit'))?.status()).toBe(403)
  })

  test('changing the profile shows up in the secretariat\'s audit log', async ({ page, browser }) => {
    const account = await signUpByApi(page, { locale: 'en' })
    await gotoHydrated(page, '/en/dashboard')
    // The log is the secretariat's: a newcomer has no entry for it.
    await expect(sideNav(page).getByRole('link', { name: t('en', 'nav.audit') })).toHaveCount(0)

    // Change the display name on the profile page.
    await sideNav(page).getByRole('link', { name: t('en', 'nav.profile') }).click()
    await expect(page).toHaveURL(/\/en\/profile$/)
    await expect(page.getByRole('heading', { name: t('en', 'profile.title') })).toBeVisible()
    const renamed = `${account.name} (renamed)`
    await page.getByLabel(t('en', 'auth.displayName')).fill(renamed)
    await page.getByTestId('save-profile').click()
    await expect(page.getByText(t('en', 'common.saved'))).toBeVisible()

    await sideNav(page).getByRole('link', { name: t('en', 'nav.overview') }).click()
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('en', 'dashboard.welcome', { name: renamed }))

    // The secretariat finds the change by the person's email, told as a sentence.
    const secretariat = await browser.newContext()
    const secretariatPage = await secretariat.newPage()
    await logInByApi(secretariatPage, DEMO.secretariat)
    await gotoHydrated(secretariatPage, '/en/dashboard')
    await sideNav(secretariatPage).getByRole('link', { name: t('en', 'nav.audit') }).click()
    await expect(secretariatPage).toHaveURL(/\/en\/admin\/audit$/)
    await expect(secretariatPage.getByRole('heading', { name: t('en', 'admin.auditTitle'), level: 1 })).toBeVisible()
    await secretariatPage.getByTestId('audit-filter-person').fill(account.email)
    await secretariatPage.getByTestId('audit-filter-person').press('Enter')
    const profile = t('en', 'audit.named', { kind: t('en', 'audit.entities.profiles'), name: renamed })
    const rows = secretariatPage.getByTestId('audit-row')
    await expect(rows.filter({ hasText: t('en', 'audit.sentence.update', { actor: renamed, object: profile }) })).toHaveCount(1)
    await expect(rows.filter({ hasNotText: account.email })).toHaveCount(0)
    await secretariat.close()
  })
})
