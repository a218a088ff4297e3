import { expect, test } from '@playwright/test'
import { DEMO, gotoHydrated, personIn, signUpByApi, t } from './helpers'

test.describe('governance', () => {
  test.describe.configure({ timeout: 120_000 })

  test('a Lao college asks to join in lo, the secretariat approves in zh, and the college appears with its own page', async ({ browser }) => {
    const applicant = await (await browser.newContext()).newPage()
    await signUpByApi(applicant, { locale: 'lo' })
    const slug = `vientiane-e2e-${Date.now()}`
    await gotoHydrated(applicant, '/lo/join')
    await applicant.getByTestId('localized-name').locator('input').fill('ວິທະຍາໄລເຕັກນິກທົດສອບ')
    // No country is chosen for them; the address suggested from the Lao name is Latin and editable.
    await expect(applicant.getByTestId('join-slug')).toHaveValue(/^[a-z0-9-]+$/)
    await applicant.getByTestId('join-country').selectOption('LA')
    await applicant.getByTestId('join-slug').fill(slug)
    await applicant.getByTestId('join-submit').click()
    await expect(applicant.getByTestId('join-sent')).toBeVisible()

    const secretariat = await personIn(browser, DEMO.secretariat, 'zh')
    await gotoHydrated(secretariat, '/zh/admin/join-requests')
    const request = secretariat.getByTestId('join-request').filter({ hasText: 'ວິທະຍາໄລເຕັກນິກທົດສອບ' })
    await request.getByTestId('approve-join').click()
    await expect(request).toHaveCount(0)
    await secretariat.getByTestId('join-status-filter').selectOption('approved')
    await expect(request.getByRole('link')).toBeVisible()

    // The applicant is told in-app, and now manages the new member's page.
    await gotoHydrated(applicant, '/lo/notifications')
    await expect(applicant.getByTestId('notification').first()).toHaveAttribute('data-unread', 'true')
    await gotoHydrated(applicant, `/lo/institutions/${slug}`)
    await expect(applicant.getByTestId('institution-name')).toHaveText(/ວິທະຍາໄລເຕັກນິກທົດສອບ/)
    await expect(applicant.getByTestId('edit-institution')).toBeVisible()
  })

  test('the secretariat sets up a working group in th and lands on its page; an office cannot', async ({ browser }) => {
    const secretariat = await personIn(browser, DEMO.secretariat, 'th')
    await gotoHydrated(secretariat, '/th/governance')
    await secretariat.getByTestId('open-create-body').click()
    const form = secretariat.getByTestId('create-body-form')
    await form.getByTestId('body-kind').selectOption('working_group')
    const name = `คณะทำงานการฝึกงาน ${Date.now()}`
    await form.getByTestId('localized-name').locator('input').fill(name)
    await form.getByTestId('create-body').click()
    await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(secretariat).toHaveURL(/\/th\/governance\/[0-9a-f-]{36}$/)
    await expect(secretariat.getByText(t('th', 'governance.kinds.working_group'), { exact: true })).toBeVisible()

    const office = await personIn(browser, DEMO.office, 'zh')
    await gotoHydrated(office, '/zh/governance')
    await expect(office.getByTestId('body-link').filter({ hasText: name })).toBeVisible()
    await expect(office.getByTestId('open-create-body')).toHaveCount(0)
  })

  test('meetings of the council are for its members: the office sees them, a student does not', async ({ browser }) => {
    const office = await personIn(browser, DEMO.office, 'zh')
    await gotoHydrated(office, '/zh/governance')
    await office.getByTestId('body-group-council').getByTestId('body-link').first().click()
    await expect(office.getByTestId('meeting-list').getByTestId('meeting-link').first()).toBeVisible()
    const meetingPath = new URL(await office.getByTestId('meeting-link').first().getAttribute('href') ?? '', 'http://x').pathname.replace(/^\/zh/, '')

    const student = await personIn(browser, DEMO.student, 'vi')
    const response = await student.goto(`/vi${meetingPath}`)
    expect(response?.status()).toBe(404)
    expect((await student.request.get(`/api${meetingPath}`)).status()).toBe(404)
  })
})
