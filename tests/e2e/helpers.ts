// Shared helpers for the end-to-end suite: translations read from locales/*.json (never hard-coded),
// unique accounts, and the sign-up / log-in / log-out flows as a person would do them.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Browser, type Page } from '@playwright/test'
import { LOCALES } from '../../shared/locales'
import { canonicalZone, isKnownZone } from '../../shared/time-zones'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DEMO_PASSWORD = 'demo-password-2026'

export const DEMO = {
  secretariat: 'secretariat@demo.example',
  office: 'office.nanning@demo.example',
  partnerThai: 'partner.thai@demo.example',
  student: 'student.vietnam@demo.example',
} as const

/** The BCP 47 tag each locale puts on <html lang> (shared/locales.ts). */
export const LANGUAGE_TAG: Record<string, string> = Object.fromEntries(LOCALES.map(l => [l.code, l.language]))

/** A language's name as the portal shows it in a locale (names are computed on the server with Node's ICU). */
export function languageName(locale: string, code: string): string {
  return new Intl.DisplayNames([LANGUAGE_TAG[locale]!], { type: 'language' }).of(code) ?? code
}

type Messages = Record<string, unknown>
const cache = new Map<string, Messages>()

/** The parsed locales/<code>.json. */
export function readLocale(code: string): Messages {
  if (!cache.has(code)) cache.set(code, JSON.parse(readFileSync(join(ROOT, 'locales', `${code}.json`), 'utf8')) as Messages)
  return cache.get(code)!
}

/** The text of a key in a locale, with {name} placeholders filled like vue-i18n does. Throws on a missing key. */
export function t(code: string, key: string, params: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], readLocale(code))
  if (typeof value !== 'string') throw new Error(`No text for ${key} in ${code}.json`)
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A fresh address for each test and run, so specs never depend on each other. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@e2e.example`
}

export function newPassword(): string {
  return `Pw-${Math.random().toString(36).slice(2, 10)}-2026`
}

/** Waits until Nuxt has hydrated the page, so form handlers (@submit.prevent) are attached. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('#__nuxt') as (Element & { __vue_app__?: { config: { globalProperties: { $nuxt?: { isHydrating?: boolean } } } } }) | null
    const nuxt = root?.__vue_app__?.config.globalProperties.$nuxt
    return Boolean(nuxt) && nuxt!.isHydrating === false
  })
}

export async function gotoHydrated(page: Page, path: string) {
  const response = await page.goto(path)
  await waitForHydration(page)
  return response
}

export interface NewAccount { name: string; email: string; password: string; locale: string }

export function newAccount(locale = 'en', prefix = 'e2e'): NewAccount {
  return { name: `E2E ${prefix} ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail(prefix), password: newPassword(), locale }
}

/** Fills and sends the sign-up form on /<locale>/auth/signup, and waits for the "check your mail" answer. */
export async function submitSignUp(page: Page, a: NewAccount) {
  await gotoHydrated(page, `/${a.locale}/auth/signup`)
  await page.getByLabel(t(a.locale, 'auth.displayName')).fill(a.name)
  await page.getByLabel(t(a.locale, 'auth.email')).fill(a.email)
  await page.getByLabel(t(a.locale, 'auth.password'), { exact: true }).fill(a.password)
  await page.getByLabel(t(a.locale, 'privacy.consent.signUp')).check()
  await page.getByRole('button', { name: t(a.locale, 'auth.createAccount') }).click()
  await expect(page.getByTestId('signup-check-mail')).toHaveText(t(a.locale, 'auth.confirmEmailSent'))
}

/**
 * Signs up as a person does: the form (with the translated labels), then the confirmation link from
 * the mail, which signs them in; waits for the dashboard greeting.
 */
export async function signUp(page: Page, account: Partial<NewAccount> = {}): Promise<NewAccount> {
  const a: NewAccount = { ...newAccount(account.locale ?? 'en'), ...account }
  await submitSignUp(page, a)
  const mail = await waitForMail(a.email, 15_000, 'auth.signup_confirm')
  const link = new URL(/https?:\/\/\S+\?token=[\w-]+/.exec(mail.body)![0])
  await gotoHydrated(page, link.pathname + link.search)
  await page.getByRole('button', { name: t(a.locale, 'auth.confirmAddress') }).click()
  await expect(page).toHaveURL(new RegExp(`/${a.locale}/dashboard$`))
  await expect(page.getByTestId('dashboard-greeting')).toHaveText(t(a.locale, 'dashboard.welcome', { name: a.name }))
  return a
}

/** The browser's zone as the sign-up, confirmation and log-in pages send it (composables/useViewerZone.ts). */
async function browserZone(page: Page): Promise<string | undefined> {
  const zone = canonicalZone(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone))
  return isKnownZone(zone) ? zone : undefined
}

/**
 * Signs up through the requests the sign-up and confirmation pages send (the browser's zone included): the mailed
 * link's token confirms the address and signs this page's browser context in. For stories in which signing up is
 * only the start; the pages themselves are walked by auth-and-locales, signup, privacy and time-zone.
 */
export async function signUpByApi(page: Page, account: Partial<NewAccount> = {}): Promise<NewAccount> {
  const a: NewAccount = { ...newAccount(account.locale ?? 'en'), ...account }
  const timeZone = await browserZone(page)
  const asked = await page.request.post('/api/auth/signup', {
    data: { displayName: a.name, email: a.email, password: a.password, acceptNotices: true, locale: a.locale, timeZone },
    headers: { 'x-locale': a.locale },
  })
  expect(asked.status(), `sign-up of ${a.email}: ${await asked.text()}`).toBe(200)
  const mail = await waitForMail(a.email, 15_000, 'auth.signup_confirm')
  const token = /token=([\w-]+)/.exec(mail.body)![1]
  const confirmed = await page.request.post('/api/auth/confirm', { data: { token, timeZone }, headers: { 'x-locale': a.locale } })
  expect(confirmed.status(), `confirming ${a.email}: ${await confirmed.text()}`).toBe(200)
  return a
}

/**
 * Logs in through the request the log-in page sends (the browser's zone included), so this page's browser context is
 * signed in; the page stays where it is. For stories in which logging in is not the point (auth-and-locales walks it).
 */
export async function logInByApi(page: Page, email: string, password = DEMO_PASSWORD, locale = 'en') {
  const reply = await page.request.post('/api/auth/login', { data: { email, password, timeZone: await browserZone(page) }, headers: { 'x-locale': locale } })
  expect(reply.status(), `log-in of ${email}`).toBe(200)
}

/** Fills and sends the log-in form on /<locale>/auth/login (without checking the outcome). */
export async function submitLogIn(page: Page, email: string, password: string, locale = 'en') {
  if (!new URL(page.url(), 'http://x').pathname.endsWith(`/${locale}/auth/login`)) await gotoHydrated(page, `/${locale}/auth/login`)
  else await waitForHydration(page)
  await page.getByLabel(t(locale, 'auth.email')).fill(email)
  await page.getByLabel(t(locale, 'auth.password'), { exact: true }).fill(password)
  await page.getByRole('main').getByRole('button', { name: t(locale, 'auth.logIn') }).click()
}

/** Logs in and waits for the dashboard. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD, locale = 'en') {
  await submitLogIn(page, email, password, locale)
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`))
  await expect(page.getByTestId('dashboard-greeting')).toBeVisible()
}

/** Presses "Log out" in the header and waits until the log-in button is back. */
export async function logOut(page: Page, locale = 'en') {
  await page.getByTestId('logout').click()
  await expect(page.getByRole('banner').getByRole('link', { name: t(locale, 'auth.logIn') })).toBeVisible()
  await expect(page.getByTestId('logout')).toHaveCount(0)
}

/** Chooses a language in the header's switcher and waits for the page in that language. */
/** The message shown beside an input: the element its aria-describedby names as the error (useFieldErrors). */
export async function errorBeside(page: Page, input: ReturnType<Page['locator']>) {
  const ids = (await input.getAttribute('aria-describedby')) ?? ''
  const errorId = ids.split(' ').find(id => id.endsWith('-error'))
  expect(errorId, 'the input is described by an error').toBeTruthy()
  return page.locator(`[id="${errorId}"]`)
}

export async function switchLanguage(page: Page, code: string) {
  await waitForHydration(page)
  await page.getByTestId('language-switcher').selectOption(code)
  await expect(page).toHaveURL(new RegExp(`^[^?#]*://[^/]+/${code}(/|$|\\?)`))
  await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[code]!)
}

export interface PickedUpMail { id: string; to: string; locale: string; template: string; subject: string; body: string; file: string; mtimeMs: number }

/**
 * The newest mail for an address (of one template, if named) in the server's pickup directory
 * (<NUXT_DATA_DIR>/mail/*.json, NUXT_DATA_DIR = .data-e2e-<pid> from playwright.config.ts). Polls until it arrives.
 */
export async function waitForMail(to: string, timeoutMs = 15_000, template?: string): Promise<PickedUpMail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found: PickedUpMail[] = []
    for (const dir of readdirSync(ROOT).filter(name => name.startsWith('.data-e2e-'))) {
      const mailDir = join(ROOT, dir, 'mail')
      if (!existsSync(mailDir)) continue
      for (const name of readdirSync(mailDir).filter(n => n.endsWith('.json'))) {
        const file = join(mailDir, name)
        try {
          const mail = JSON.parse(readFileSync(file, 'utf8')) as Omit<PickedUpMail, 'file' | 'mtimeMs'>
          const matches = mail.to?.toLowerCase() === to.toLowerCase() && (!template || mail.template === template)
          if (matches) found.push({ ...mail, file, mtimeMs: statSync(file).mtimeMs })
        }
        catch { /* being written; next round */ }
      }
    }
    if (found.length) return found.sort((a, b) => b.mtimeMs - a.mtimeMs)[0]!
    if (Date.now() > deadline) throw new Error(`No mail to ${to} in ${ROOT}.data-e2e-*/mail/`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

/**
 * A demo person signed in on their own browser context, for a story told in `locale` (each page it visits is under
 * /<locale>/). The session comes from the log-in API, as the log-in page gets it: the page itself is walked by the
 * specs of signing in (auth-and-locales, signup), so the other stories spend no time on it.
 */
export async function personIn(browser: Browser, email: string, locale: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  const reply = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD }, headers: { 'x-locale': locale } })
  expect(reply.status(), `log-in of ${email}`).toBe(200)
  return page
}
