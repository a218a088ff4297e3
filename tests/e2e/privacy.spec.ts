import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { DEMO_PASSWORD, gotoHydrated, logInByApi, newAccount, signUp, submitLogIn, t } from './helpers'

/** No serious or critical axe finding on the page as it is now. */
async function expectAccessible(page: Page) {
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  expect(blocking).toEqual([])
}

test.describe('data rights, in Thai', () => {
  test('a member who has not accepted the notices is asked on every page until they accept, once', async ({ page }) => {
    await logInByApi(page, 'partner.thai@demo.example', DEMO_PASSWORD, 'th')
    await gotoHydrated(page, '/th/dashboard')
    const banner = page.getByTestId('consent-banner')
    await expect(banner).toContainText(t('th', 'privacy.consent.banner'))
    await banner.getByRole('link', { name: t('th', 'privacy.links.privacy') }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('th', 'privacy.links.privacy') })).toBeVisible()
    await expect(page.getByRole('heading', { name: t('th', 'privacy.notices.privacy.rights.title') })).toBeVisible()
    await expectAccessible(page)
    await page.getByTestId('accept-notices').click()
    await expect(page.getByTestId('consent-recorded')).toHaveText(t('th', 'privacy.consent.accepted'))
    await gotoHydrated(page, '/th/dashboard')
    await expect(page.getByTestId('dashboard-greeting')).toBeVisible()
    await expect(page.getByTestId('consent-banner')).toHaveCount(0)
  })

  test('a student signs up accepting the notices, downloads their data and deletes the account, then cannot sign in', async ({ page }) => {
    // Sign-up cannot go ahead without accepting the notices.
    await gotoHydrated(page, '/th/auth/signup')
    await expect(page.getByRole('button', { name: t('th', 'auth.createAccount') })).toBeDisabled()
    await expect(page.getByRole('main').getByRole('link', { name: t('th', 'privacy.links.terms') })).toBeVisible()
    await expectAccessible(page)
    const account = await signUp(page, newAccount('th', 'rights'))
    await expect(page.getByTestId('consent-banner')).toHaveCount(0)

    await gotoHydrated(page, '/th/profile')
    const yourData = page.getByTestId('your-data')
    await expect(yourData.getByRole('heading', { name: t('th', 'privacy.yourData'), exact: true })).toBeVisible()
    await expectAccessible(page)
    const [download] = await Promise.all([page.waitForEvent('download'), yourData.getByTestId('download-my-data').click()])
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.zip$/)
    const zip = await JSZip.loadAsync(await readFile((await download.path())!))
    expect(await zip.file('README.txt')!.async('string')).toContain(t('th', 'privacy.export.readme.title'))
    const profile = JSON.parse(await zip.file('profile.json')!.async('string'))
    expect(profile).toMatchObject({ email: account.email, display_name: account.name, preferred_locale: 'th' })
    const consents = JSON.parse(await zip.file('consents.json')!.async('string')) as { document: string; locale: string }[]
    expect(consents.map(c => c.document).sort()).toEqual(['privacy', 'terms'])

    // A wrong password is refused in Thai and nothing happens.
    await page.getByTestId('delete-password').fill('not-the-password-1')
    await page.getByTestId('delete-account').click()
    await expect(yourData.getByTestId('error-message')).toContainText(t('th', 'auth.errors.currentPasswordWrong'))

    await page.getByTestId('delete-password').fill(account.password)
    await page.getByTestId('delete-account').click()
    await expect(page).toHaveURL(/\/th\/privacy\?deleted=1$/)
    await expect(page.getByTestId('account-deleted')).toHaveText(t('th', 'privacy.delete.done'))
    await expect(page.getByRole('banner').getByRole('link', { name: t('th', 'auth.logIn') })).toBeVisible()

    await submitLogIn(page, account.email, account.password, 'th')
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'auth.errors.badCredentials'))
  })
})
