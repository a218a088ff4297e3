import { expect, test } from '@playwright/test'
import { DEMO_INSTITUTIONS } from '../../server/domain/demo/community'
import { LANGUAGE_TAG, escapeRegExp, gotoHydrated, logIn, logInByApi, logOut, signUp, signUpByApi, submitLogIn, switchLanguage, t, waitForHydration } from './helpers'

test.describe('accounts and languages', () => {
  test('sign up, log out, log in again, then use the portal in Thai and Khmer', async ({ page }) => {
    // A new person signs up in English and is greeted by name.
    const account = await signUp(page, { locale: 'en' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')

    await logOut(page, 'en')
    await expect(page).toHaveURL(/\/en$/)

    await logIn(page, account.email, account.password, 'en')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('en', 'dashboard.welcome', { name: account.name }))

    // Thai: the address, <html lang> and every visible text follow.
    await switchLanguage(page, 'th')
    await expect(page).toHaveURL(/\/th\/dashboard$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'th-TH')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('th', 'dashboard.welcome', { name: account.name }))
    const sideNav = page.getByRole('navigation', { name: t('th', 'nav.dashboard') })
    await expect(sideNav.getByRole('link', { name: t('th', 'nav.files') })).toBeVisible()
    await expect(sideNav.getByRole('link', { name: t('th', 'nav.profile') })).toBeVisible()
    await expect(page.getByRole('heading', { name: t('th', 'dashboard.yourRoles') })).toBeVisible()
    await expect(page.getByText(t('th', 'dashboard.noMemberships'))).toBeVisible()
    await expect(page.getByTestId('logout')).toHaveText(t('th', 'auth.logOut'))
    await expect(page.getByRole('banner').getByRole('link', { name: t('th', 'nav.institutions') })).toBeVisible()
    await expect(page.getByText(t('en', 'dashboard.yourRoles'))).toHaveCount(0)
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t('th', 'nav.dashboard'))} · ${escapeRegExp(t('th', 'app.shortName'))}$`))

    // The choice survives a reload (the page is rendered in Thai by the server too).
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'th-TH')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('th', 'dashboard.welcome', { name: account.name }))

    // Khmer.
    await switchLanguage(page, 'km')
    await expect(page).toHaveURL(/\/km\/dashboard$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'km-KH')
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('km', 'dashboard.welcome', { name: account.name }))
    await expect(page.getByRole('heading', { name: t('km', 'dashboard.yourRoles') })).toBeVisible()
    await expect(page.getByTestId('logout')).toHaveText(t('km', 'auth.logOut'))

    // A wrong password, in the language the person is using now.
    await logOut(page, 'km')
    await expect(page).toHaveURL(/\/km$/)
    await page.getByRole('banner').getByRole('link', { name: t('km', 'auth.logIn') }).click()
    await expect(page).toHaveURL(/\/km\/auth\/login$/)
    await expect(page.getByRole('heading', { name: t('km', 'auth.logIn') })).toBeVisible()
    await submitLogIn(page, account.email, `${account.password}-wrong`, 'km')
    await expect(page.getByTestId('error-message')).toContainText(t('km', 'auth.errors.badCredentials'))
    await expect(page.getByTestId('error-message')).not.toContainText(t('en', 'auth.errors.badCredentials'))
    await expect(page).toHaveURL(/\/km\/auth\/login$/)

    // And the right one still works, in Khmer.
    await page.getByLabel(t('km', 'auth.password'), { exact: true }).fill(account.password)
    await page.getByRole('main').getByRole('button', { name: t('km', 'auth.logIn') }).click()
    await expect(page).toHaveURL(/\/km\/dashboard$/)
    await expect(page.getByTestId('dashboard-greeting')).toHaveText(t('km', 'dashboard.welcome', { name: account.name }))
  })

  test('signing out everywhere else from the profile (vi) ends the session on another device, not this one', async ({ browser, page }) => {
    // Signing up and in are walked above; here they are the requests the pages send.
    const account = await signUpByApi(page, { locale: 'vi' })
    const phone = await (await browser.newContext()).newPage()
    await logInByApi(phone, account.email, account.password, 'vi')
    expect((await (await phone.request.get('/api/auth/me')).json()).user?.email).toBe(account.email)
    await gotoHydrated(page, '/vi/profile')
    await page.getByTestId('sign-out-elsewhere').click()
    await expect(page.getByTestId('signed-out-elsewhere')).toHaveText(t('vi', 'profile.sessions.done'))
    await gotoHydrated(phone, '/vi/dashboard')
    await expect(phone).toHaveURL(/\/vi\/auth\/login/)
    await gotoHydrated(page, '/vi/dashboard')
    await expect(page.getByTestId('dashboard-greeting')).toBeVisible()
  })

  test('a wrong password is explained in Thai on the Thai log-in page', async ({ page }) => {
    await submitLogIn(page, 'partner.thai@demo.example', 'not-the-password-1', 'th')
    await expect(page.getByTestId('error-message')).toContainText(t('th', 'auth.errors.badCredentials'))
    await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG.th!)
  })

  test('the home page of a browser set to Thai opens in Thai', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'th-TH', extraHTTPHeaders: { 'Accept-Language': 'th-TH,th;q=0.9' } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    await expect(page).toHaveURL(/\/th$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'th-TH')
    await expect(page.getByTestId('home-title')).toHaveText(t('th', 'home.title'))
    await context.close()
  })

  test('the home page of a browser set to English opens in English', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    await expect(page).toHaveURL(/\/en$/)
    await waitForHydration(page)
    await expect(page.getByTestId('home-title')).toHaveText(t('en', 'home.title'))
    await context.close()
  })

  test('a list of institutions switched from Thai to Khmer shows their names in Khmer, none left in Thai', async ({ page }) => {
    // The page's payload holds the reader's language only (?lang=); a switch fetches the content again in the new one.
    const { name } = DEMO_INSTITUTIONS.find(i => i.slug === 'chao-phraya-technical')!
    await gotoHydrated(page, '/th/institutions')
    await expect(page.getByRole('main').getByText(name.th!, { exact: true })).toBeVisible()
    await switchLanguage(page, 'km')
    await expect(page.getByRole('main').getByText(name.km!, { exact: true })).toBeVisible()
    await expect(page.getByRole('main').getByText(name.th!, { exact: true })).toHaveCount(0)
  })
})
