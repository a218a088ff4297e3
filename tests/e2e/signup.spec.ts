import { expect, test } from '@playwright/test'
import { logOut, newAccount, signUp, submitLogIn, submitSignUp, t, waitForMail } from './helpers'

test.describe('signing up', () => {
  test('a taken email gets the same "check your mail" answer, and its owner a mail in their own language', async ({ page }) => {
    // A Lao owner signs up through the confirmation link.
    const owner = await signUp(page, { locale: 'lo' })
    await logOut(page, 'lo')

    // Someone signs up again with that address from the Chinese pages: the page says what it says to anyone.
    await submitSignUp(page, { ...newAccount('zh'), email: owner.email })
    const notice = await waitForMail(owner.email, 15_000, 'auth.signup_existing')
    expect(notice.locale).toBe('lo')
    expect(notice.subject).toBe(t('lo', 'mail.auth.signup_existing.subject'))
    expect(notice.body).toContain('/lo/auth/forgot')

    // The owner's account is untouched: their password still opens it.
    await submitLogIn(page, owner.email, owner.password, 'lo')
    await expect(page).toHaveURL(/\/lo\/dashboard$/)
  })

  test('before the address is confirmed, log-in answers as for a wrong password and says how to confirm, in Thai', async ({ page }) => {
    const account = newAccount('th')
    await submitSignUp(page, account)
    await submitLogIn(page, account.email, account.password, 'th')
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'auth.errors.badCredentials'))
    await expect(page.getByTestId('confirm-hint')).toHaveText(t('th', 'auth.confirmHint'))
  })
})
