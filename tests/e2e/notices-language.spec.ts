import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, gotoHydrated, logInByApi, switchLanguage, t } from './helpers'

test('a Thai partner reads a notice in Thai, switches to Filipino, reads it in Filipino and follows its link', async ({ browser }) => {
  test.setTimeout(120_000)
  // The Nanning office opens negotiations on an agreement with the Thai partner's college: the partner is told.
  const office = await (await browser.newContext()).newPage()
  expect((await office.request.post('/api/auth/login', { data: { email: DEMO.office, password: DEMO_PASSWORD } })).status()).toBe(200)
  const institutions = (await (await office.request.get('/api/institutions')).json()).items as { id: string; slug: string }[]
  const parties = ['chao-phraya-technical', 'nanning-smart-polytechnic'].map(slug => institutions.find(i => i.slug === slug)!.id)
  const stamp = Date.now()
  const title = { en: `Notice test ${stamp}`, th: `ข้อตกลงทดสอบ ${stamp}`, fil: `Kasunduang pagsubok ${stamp}` }
  const created = await office.request.post('/api/agreements', {
    data: {
      kind: 'bilateral', title, parties: parties.map(id => ({ institutionId: id, signatoryName: 'Signatory' })),
      content: {
        goals: { en: 'Goals' }, scope: {}, parties: [], ipTerms: {}, benefitSharing: {}, disputeResolution: {},
        startsOn: '2026-09-01', endsOn: '2030-08-31', autoRenew: false, conditions: [],
      },
    },
  })
  expect(created.status()).toBe(201)
  const { id } = await created.json() as { id: string }
  expect((await office.request.post(`/api/agreements/${id}/transitions`, { data: { action: 'open_negotiation' } })).status()).toBe(200)

  const page = await (await browser.newContext()).newPage()
  await logInByApi(page, DEMO.partnerThai, undefined, 'th')
  await gotoHydrated(page, '/th/notifications')
  const text = (locale: string) => t(locale, 'mail.agreements.stateChanged.subject', {
    title: title[locale as 'th' | 'fil'], state: t(locale, 'agreements.states.in_negotiation'),
  })
  const notice = page.getByTestId('notification').filter({ hasText: title.th })
  await expect(notice).toContainText(text('th'))
  await expect(notice).toHaveAttribute('data-unread', 'true')

  await switchLanguage(page, 'fil')
  await expect(page).toHaveURL(/\/fil\/notifications$/)
  const inFilipino = page.getByTestId('notification').filter({ hasText: title.fil })
  await expect(inFilipino).toContainText(text('fil'))
  await expect(inFilipino).toHaveAttribute('href', `/fil/agreements/${id}`)
  await inFilipino.click()
  await expect(page).toHaveURL(new RegExp(`/fil/agreements/${id}$`))
  const list = await (await page.request.get('/api/notifications')).json() as { items: { link: string | null; read_at: string | null }[] }
  expect(list.items.find(n => n.link === `/agreements/${id}`)?.read_at).not.toBeNull()
})
