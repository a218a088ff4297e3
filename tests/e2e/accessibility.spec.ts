import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, LANGUAGE_TAG, gotoHydrated } from './helpers'

/** Runs axe on the hydrated page (ids and labels as the browser has them) and fails on serious or critical findings. */
async function expectNoSeriousViolations(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  await test.info().attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' })
  const summary = blocking.map(v => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `  ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
  expect(summary, summary.join('\n\n')).toEqual([])
}

async function signIn(page: Page, email: string) {
  expect((await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } })).status()).toBe(200)
}

const PUBLIC_PAGES = [
  { name: 'home', path: '', testId: 'home-title' },
  { name: 'log in', path: '/auth/login', testId: null },
  { name: 'institution', path: '/institutions/chao-phraya-technical', testId: 'institution-name' },
  { name: 'open calls', path: '/mobility/calls', testId: 'call-card' },
] as const

for (const locale of ['en', 'th']) {
  for (const p of PUBLIC_PAGES) {
    test(`${p.name} in ${locale} has no serious or critical accessibility violations`, async ({ page }) => {
      await gotoHydrated(page, `/${locale}${p.path}`)
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[locale]!)
      if (p.testId) await expect(page.getByTestId(p.testId).first()).toBeVisible()
      else await expect(page.locator('form')).toBeVisible()
      await expectNoSeriousViolations(page, `${locale}-${p.name}`)
    })
  }
}

// Forms are where labels matter: every field must be named by its label once the page runs in the browser.
const OFFICE_PAGES = [
  { name: 'mobility office', path: '/zh/mobility/office', ready: 'filter-call' },
  { name: 'new program', path: '/zh/mobility/programs/new', ready: 'program-type' },
  { name: 'agreements', path: '/zh/agreements', ready: null },
  { name: 'new agreement', path: '/zh/agreements/new', ready: null },
  { name: 'translation queue', path: '/zh/dashboard/translations', ready: 'translation-locale' },
] as const

for (const p of OFFICE_PAGES) {
  test(`${p.name} for an office (zh) has no serious or critical accessibility violations`, async ({ page }) => {
    await signIn(page, DEMO.office)
    await gotoHydrated(page, p.path)
    if (p.ready) await expect(page.getByTestId(p.ready)).toBeVisible()
    else await expect(page.locator('h1')).toBeVisible()
    await expectNoSeriousViolations(page, p.name)
  })
}

test('the application form of a Cambodian student (km) has no serious or critical accessibility violations', async ({ page }) => {
  await signIn(page, 'student.cambodia@demo.example')
  const me = await (await page.request.get('/api/auth/me')).json()
  const calls = await (await page.request.get('/api/mobility/calls')).json() as { id: string; title: Record<string, string> }[]
  const call = calls.find(c => c.title.en === 'Spring semester call')!
  const created = await page.request.post('/api/mobility/applications', { data: { callId: call.id, homeInstitutionId: me.user.memberships[0].institution_id } })
  expect(created.status()).toBe(201)
  await gotoHydrated(page, `/km/mobility/applications/${(await created.json()).id}`)
  await expect(page.getByTestId('field-latinName')).toBeVisible()
  await expectNoSeriousViolations(page, 'application form')
})
