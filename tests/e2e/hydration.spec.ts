// Every page the navigation offers, in Khmer and Burmese (scripts Debian's Chromium has no Intl data for), as a
// visitor, an office and a student: the browser console must show no hydration mismatch and no Vue warning.
import { expect, test, type Page } from '@playwright/test'
import { DEMO, gotoHydrated, logIn, t } from './helpers'

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

/** Loads every navigation path fresh (server render, then hydration), one after the other. */
async function walk(page: Page, locale: string, start: string): Promise<string[]> {
  await gotoHydrated(page, `/${locale}${start}`)
  const paths = await navigationPaths(page, locale)
  for (const path of paths) await gotoHydrated(page, path)
  return paths
}

test('no hydration mismatch or Vue warning on any navigation page in km and my, signed out and signed in', async ({ browser }) => {
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

  for (const email of [DEMO.office, DEMO.student]) {
    const page = await (await browser.newContext()).newPage()
    const problems = watchConsole(page)
    await logIn(page, email, undefined, LOCALES[0])
    for (const locale of LOCALES) {
      const visited = await walk(page, locale, '/dashboard')
      expect(visited).toContain(`/${locale}/profile`)
    }
    expect(problems, email).toEqual([])
    await page.context().close()
  }
})
