// Every page the navigation offers, in Khmer and Burmese (scripts Debian's Chromium has no Intl data for), as a
// visitor and as each kind of signed-in person whose menu differs (office, student, secretariat: tests/e2e/nav-walkers.ts):
// the browser console must show no hydration mismatch and no Vue warning.
import { expect, test, type Page } from '@playwright/test'
import { gotoHydrated, logInByApi, t } from './helpers'
import { NAV_WALKERS, entriesNotWalked } from './nav-walkers'

const LOCALES = ['km', 'my'] as const
const PROBLEM = /Hydration|\[Vue warn\]/i

/** Records console messages that signal a mismatch, with the page they came from. */
function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (PROBLEM.test(msg.text())) problems.push(`${new URL(page.url()).pathname}: ${msg.text().slice(0, 300)}`)
  })
  page.on('pageerror', error => problems.push(`${new URL(page.url()).pathname}: ${error.message.slice(0, 300)}`))
  return problems
}

/** The locale's own pages linked from the header, the side navigation and the footer of the page shown. */
async function navigationPaths(page: Page, locale: string): Promise<string[]> {
  const hrefs = await page.locator('header a[href], nav a[href], footer a[href]').evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
  return [...new Set(hrefs.filter(h => h === `/${locale}` || h.startsWith(`/${locale}/`)).map(h => h.split('#')[0]!))]
}

/** Loads every navigation path fresh (server render, then hydration), one after the other; `seen` (paths without the locale) are skipped. */
async function walk(page: Page, locale: string, start: string, seen = new Set<string>()): Promise<string[]> {
  await gotoHydrated(page, `/${locale}${start}`)
  const paths = await navigationPaths(page, locale)
  for (const path of paths) {
    const key = path.slice(locale.length + 1)
    if (seen.has(`${locale}:${key}`)) continue
    seen.add(`${locale}:${key}`)
    await gotoHydrated(page, path)
  }
  return paths
}

// Pages a walker loaded in a locale are not loaded again by the next (the same layout, other data); tests run in order.
const seen = new Set<string>()

test('no hydration mismatch or Vue warning on any navigation page in km and my, signed out', async ({ browser }) => {
  test.setTimeout(240_000)
  const visitor = await (await browser.newContext()).newPage()
  const visitorProblems = watchConsole(visitor)
  for (const locale of LOCALES) {
    const visited = await walk(visitor, locale, '')
    expect(visited).toContain(`/${locale}/institutions`)
    // The calendar's other views name weekdays on their own (Node's ICU and FormatJS spell a Khmer one differently).
    for (const view of ['week', 'day', 'agenda']) await gotoHydrated(visitor, `/${locale}/calendar?view=${view}`)
    // The 404 page carries the site's header and language switcher.
    await gotoHydrated(visitor, `/${locale}/no-such-page`)
    await expect(visitor.getByTestId('error-page').getByRole('heading')).toHaveText(t(locale, 'errors.pageNotFound'))
    await expect(visitor.getByTestId('language-switcher')).toBeVisible()
  }
  expect(visitorProblems).toEqual([])
  await visitor.context().close()
})

test('the signed-in walkers together see every entry of the side menu', () => {
  expect(entriesNotWalked(NAV_WALKERS.map(w => w.role))).toEqual([])
})

// Each signed-in walker sees its side menu (tests/e2e/nav-walkers.ts).
for (const { email, role } of NAV_WALKERS) {
  test(`no hydration mismatch or Vue warning on any navigation page in km and my, as ${role}`, async ({ browser }) => {
    test.setTimeout(240_000)
    const page = await (await browser.newContext()).newPage()
    const problems = watchConsole(page)
    await logInByApi(page, email, undefined, LOCALES[0])
    for (const locale of LOCALES) {
      const visited = await walk(page, locale, '/dashboard', seen)
      expect(visited).toContain(`/${locale}/profile`)
      if (role === 'secretariat') expect(visited).toContain(`/${locale}/admin/audit`)
      if (role === 'office_staff') expect(visited).toContain(`/${locale}/certificates`)
    }
    expect(problems, email).toEqual([])
    await page.context().close()
  })
}
