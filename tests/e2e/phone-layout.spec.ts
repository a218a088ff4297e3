import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { DEMO_PASSWORD, LANGUAGE_TAG, ROOT, gotoHydrated, logInByApi, t } from './helpers'
import { NAV_WALKERS, entriesNotWalked } from './nav-walkers'
import { LOCALES } from '../../shared/locales'

/**
 * On a 390 × 844 phone every page the menus lead to fits the screen's width, the header stays a short
 * row, and a call's Apply action is on the first screen. The links come from the phone menu itself
 * (public, account and dashboard entries), so a page added to a menu is checked without editing this file.
 */
const PHONE = { width: 390, height: 844 }
const SHOT_DIR = join(ROOT, 'test-results', 'phone')
const CALL_PAGE = /\/mobility\/calls\/[0-9a-f-]{36}$/

interface Walker { role: string; locale: string; email?: string }
// A visitor, then one person per side menu (tests/e2e/nav-walkers.ts), each in another language.
const WALKER_LOCALES: Partial<Record<string, string>> = { office_staff: 'my', student: 'km', secretariat: 'zh' }
const WALKERS: Walker[] = [
  { role: 'visitor', locale: 'th' },
  ...NAV_WALKERS.map(w => ({ role: w.role, locale: WALKER_LOCALES[w.role] ?? 'vi', email: w.email })),
]

async function phonePage(browser: Browser, w: Walker) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  if (w.email) {
    await logInByApi(page, w.email, DEMO_PASSWORD, w.locale)
    await gotoHydrated(page, `/${w.locale}/dashboard`)
  }
  else await gotoHydrated(page, `/${w.locale}`)
  return page
}

/** The links of the phone menu, opened as a person does and closed again. */
async function menuLinks(page: Page, locale: string): Promise<string[]> {
  await page.getByRole('button', { name: t(locale, 'nav.menu'), exact: true }).click()
  const panel = page.getByTestId('phone-menu-panel')
  await expect(panel).toBeVisible()
  const hrefs = await panel.locator('a[href]').evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
  await page.getByRole('button', { name: t(locale, 'nav.closeMenu') }).click()
  await expect(panel).toHaveCount(0)
  return [...new Set(hrefs)]
}

/** The page fits the phone: nothing wider than the screen, the header at most ~15 % of its height. */
async function expectFitsPhone(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready)
  const fit = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth,
    header: document.querySelector('header')!.getBoundingClientRect().height,
  }))
  await page.screenshot({ path: join(SHOT_DIR, `${name}.png`), fullPage: true })
  expect(fit.scrollWidth, `${name} is wider than the phone`).toBeLessThanOrEqual(Math.min(fit.innerWidth, PHONE.width))
  expect(fit.header, `${name}: header height`).toBeLessThanOrEqual(PHONE.height * 0.15)
}

test.describe('every page on a 390 px phone', () => {
  test.beforeAll(async () => { await mkdir(SHOT_DIR, { recursive: true }) })

  test('the walkers together see every entry of the side menu', () => {
    expect(entriesNotWalked(NAV_WALKERS.map(w => w.role))).toEqual([])
  })

  // Pages already walked by an earlier role are not walked again (the same layout, other data).
  const seen = new Set<string>()
  for (const w of WALKERS) {
    test(`${w.role} in ${w.locale}: every page in the menu fits the phone`, async ({ browser }) => {
      test.setTimeout(180_000)
      const page = await phonePage(browser, w)
      await expect(page.getByTestId('phone-menu')).toBeVisible()
      const links = await menuLinks(page, w.locale)
      expect(links).toContain(`/${w.locale}/mobility/calls`)
      if (w.email) expect(links).toContain(`/${w.locale}/profile`)
      else expect(links).toContain(`/${w.locale}/auth/login`)

      const pages = [`/${w.locale}`, ...links].filter(href => !seen.has(href.replace(/^\/[a-z]+/, '')))
      for (const href of pages) {
        seen.add(href.replace(/^\/[a-z]+/, ''))
        await gotoHydrated(page, href)
        await expectFitsPhone(page, `${w.role}-${w.locale}${href.replaceAll('/', '_')}`)
      }
      await page.context().close()
    })
  }

  for (const w of WALKERS.filter(x => x.role === 'visitor' || x.role === 'student')) {
    test(`${w.role} in ${w.locale}: a call's Apply action is on the first screen`, async ({ browser }) => {
      const page = await phonePage(browser, w)
      await gotoHydrated(page, `/${w.locale}/mobility/calls`)
      const hrefs = await page.getByRole('main').locator('a[href]').evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
      const calls = [...new Set(hrefs.filter(h => CALL_PAGE.test(h)))]
      expect(calls.length, 'open calls listed').toBeGreaterThan(0)
      // The first call this person may act on (a student's own institution must send to it).
      const action = w.email ? page.getByTestId('apply') : page.getByTestId('login-to-apply')
      let checked = 0
      for (const href of calls) {
        await gotoHydrated(page, href)
        await expect(page.getByTestId('apply-panel')).toBeVisible()
        if (!(await action.count())) continue
        await expectFitsPhone(page, `${w.role}-${w.locale}-call`)
        const box = (await action.boundingBox())!
        expect(box.y + box.height, 'the Apply action ends within the first screen').toBeLessThanOrEqual(PHONE.height)
        checked++
        break
      }
      expect(checked, 'a call with an Apply action').toBe(1)
      await page.context().close()
    })
  }

  test('a visitor changes the language and opens a page from the phone menu, which then closes', async ({ browser }) => {
    const page = await phonePage(browser, { role: 'visitor', locale: 'th' })
    const panel = page.getByTestId('phone-menu-panel')
    // A modal dialog: Esc closes it and the focus is back on the menu button.
    await page.getByTestId('phone-menu').click()
    await expect(panel).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    await expect(page.getByTestId('phone-menu')).toBeFocused()
    await page.getByTestId('phone-menu').click()
    await panel.getByTestId('language-switcher').selectOption('my')
    await expect(page).toHaveURL(/\/my$/)
    await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG.my!)
    await page.getByRole('button', { name: t('my', 'nav.menu'), exact: true }).click()
    await panel.getByRole('link', { name: t('my', 'nav.institutions') }).click()
    await expect(page).toHaveURL(/\/my\/institutions$/)
    await expect(panel).toHaveCount(0)
    await expectFitsPhone(page, 'visitor-my-institutions-from-menu')
    await page.context().close()
  })
})

// The desktop header at 1280 px, signed in (the wider case: bell, dashboard and log-out beside the language): the
// language switcher stays on the row of the portal's name in every language (a long Vietnamese, Filipino or Burmese
// menu once pushed it to a second row); and it shows the page's language before any script runs.
test('at 1280 px the header keeps the language switcher on its one row in every language', async ({ browser }) => {
  test.setTimeout(150_000)
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  await logInByApi(page, 'office.hanoi@demo.example', DEMO_PASSWORD, 'vi')
  for (const { code } of LOCALES) {
    await page.goto(`/${code}/institutions`)
    await page.evaluate(() => document.fonts.ready)
    const apart = await page.evaluate(() => {
      const middle = (el: Element) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2
      const header = document.querySelector('header')!
      return Math.abs(middle(header.querySelector('[data-testid="language-switcher"]')!) - middle(header.querySelector('[data-testid="home-link"]')!))
    })
    expect(apart, code).toBeLessThan(8)
  }
  await page.context().close()

  // A visitor's header at 1280 px: the public menu on one line and the portal's name in full, in every language (the
  // language select is as wide as its value; as wide as "Bahasa Indonesia", it pushed the Burmese menu to two lines).
  const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  for (const { code } of LOCALES) {
    await visitor.goto(`/${code}`)
    await visitor.evaluate(() => document.fonts.ready)
    const header = await visitor.evaluate(() => {
      const tops = [...document.querySelectorAll('header nav a')].map(a => Math.round(a.getBoundingClientRect().top))
      const name = document.querySelector('[data-testid="home-link"] span')!
      return { menuLines: new Set(tops).size, nameCut: name.scrollWidth > name.clientWidth }
    })
    expect(header, code).toEqual({ menuLines: 1, nameCut: false })
  }
  await visitor.context().close()

  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await noScript.goto('/vi')
  await expect(noScript.getByTestId('language-switcher')).toHaveValue('vi')
  await noScript.context().close()
})
