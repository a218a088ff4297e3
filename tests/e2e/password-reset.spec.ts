import { expect, test } from '@playwright/test'
import { gotoHydrated, logIn, newPassword, signUpByApi, submitLogIn, t, waitForMail } from './helpers'

test.describe('password reset', () => {
  test('a Thai-speaking person resets a forgotten password from the mail link', async ({ page }) => {
    // Signing up in Thai makes Thai the preferred language (the sign-up pages are walked by auth-and-locales and signup).
    const account = await signUpByApi(page, { locale: 'th' })
    expect((await page.request.post('/api/auth/logout')).ok()).toBe(true)

    // They ask for a reset from the English page; the mail still comes in Thai.
    await gotoHydrated(page, '/en/auth/forgot')
    await expect(page.getByRole('heading', { name: t('en', 'auth.forgotPassword') })).toBeVisible()
    await page.getByLabel(t('en', 'auth.email')).fill(account.email)
    await page.getByRole('button', { name: t('en', 'auth.sendResetLink') }).click()
    await expect(page.getByTestId('reset-sent')).toContainText(t('en', 'auth.resetSent'))

    const mail = await waitForMail(account.email, 15_000, 'auth.password_reset')
    expect(mail.locale).toBe('th')
    expect(mail.subject).toBe(t('th', 'mail.auth.password_reset.subject'))
    const link = mail.body.match(/https?:\/\/\S+\?token=[\w-]+/)?.[0]
    expect(link, `a reset link in: ${mail.body}`).toBeTruthy()
    expect(mail.body).toBe(t('th', 'mail.auth.password_reset.body', { minutes: 60, link: link! }))
    expect(new URL(link!).pathname).toBe('/th/auth/reset')

    // The link opens the Thai page to choose a new password.
    const url = new URL(link!)
    await gotoHydrated(page, url.pathname + url.search)
    await expect(page.locator('html')).toHaveAttribute('lang', 'th-TH')
    await expect(page.getByRole('heading', { name: t('th', 'auth.chooseNewPassword') })).toBeVisible()
    const password = newPassword()
    await page.getByLabel(t('th', 'auth.newPassword')).fill(password)
    await page.getByRole('button', { name: t('th', 'auth.savePassword') }).click()
    await expect(page.getByText(t('th', 'auth.passwordChanged'))).toBeVisible()

    // The link works once only.
    await gotoHydrated(page, url.pathname + url.search)
    await page.getByLabel(t('th', 'auth.newPassword')).fill(newPassword())
    await page.getByRole('button', { name: t('th', 'auth.savePassword') }).click()
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'auth.errors.resetTokenInvalid'))

    // The old password no longer works; the new one does.
    await submitLogIn(page, account.email, account.password, 'th')
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'auth.errors.badCredentials'))
    await logIn(page, account.email, password, 'th')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('th', 'dashboard.welcome', { name: account.name }))
  })

  test('asking for an unknown address gives the same answer and sends nothing', async ({ page }) => {
    await gotoHydrated(page, '/en/auth/forgot')
    const email = `nobody.${Date.now()}@e2e.example`
    await page.getByLabel(t('en', 'auth.email')).fill(email)
    await page.getByRole('button', { name: t('en', 'auth.sendResetLink') }).click()
    await expect(page.getByTestId('reset-sent')).toContainText(t('en', 'auth.resetSent'))
    await expect(waitForMail(email, 1500)).rejects.toThrow(/No mail/)
  })
})
