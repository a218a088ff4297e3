import { expect, test } from '@playwright/test'
import { DEMO, gotoHydrated, logInByApi, signUpByApi, t } from './helpers'

// A college of the spec's own (name in English and Thai, city and description in English: three texts), so the
// numbers do not depend on which demo texts are translated already.
test('a Thai partner fills in a Khmer name from the translation queue, sees progress move, and /km shows it', async ({ page, browser }) => {
  const slug = `queue-e2e-${Date.now().toString(36)}`
  const thaiName = `วิทยาลัยคิวแปล ${slug.slice(-4)}`
  const khmerName = `វិទ្យាល័យជួរបកប្រែ ${slug.slice(-4)}`
  const office = await (await browser.newContext()).newPage()
  await logInByApi(office, DEMO.secretariat)
  const created = await office.request.post('/api/institutions', { data: {
    slug, kind: 'vocational_college', country: 'TH',
    name: { en: `Queue Walk College ${slug.slice(-4)}`, th: thaiName }, city: { en: 'Khon Kaen' }, description: { en: 'Welding and logistics.' },
  } })
  expect(created.status()).toBe(201)
  const institutionId = (await created.json()).id as string

  const partner = await signUpByApi(page, { locale: 'th' })
  const me = await (await page.request.get('/api/auth/me')).json()
  const granted = await office.request.post('/api/admin/memberships', { data: { userId: me.user.id, institutionId, role: 'partner_staff' } })
  expect(granted.ok()).toBe(true)
  await office.context().close()

  // The dashboard menu now offers the queue, in Thai.
  await gotoHydrated(page, '/th/dashboard')
  await page.getByRole('link', { name: t('th', 'nav.translations') }).first().click()
  await expect(page).toHaveURL(/\/th\/dashboard\/translations/)
  await expect(page.getByRole('heading', { name: t('th', 'translations.title'), level: 1 })).toBeVisible()

  await page.getByTestId('translation-locale').selectOption('km')
  await expect(page).toHaveURL(/locale=km/)
  const km = page.getByTestId('translation-progress-km')
  await expect(km).toContainText(t('th', 'translations.progressLine', { filled: 0, total: 3, percent: 0 }))
  const rows = page.getByTestId('translation-row')
  await expect(rows).toHaveCount(3)

  // The name's source is the reader's own language (Thai), named in it.
  const nameRow = page.locator('[data-testid="translation-row"][data-kind="institution"][data-field="name"]')
  await expect(nameRow.getByTestId('translation-source')).toHaveText(thaiName)
  await expect(nameRow).toContainText(t('th', 'translations.source', { language: 'ไทย' }))
  await nameRow.getByTestId('translation-input').fill(khmerName)
  await nameRow.getByTestId('translation-save').click()

  await expect(rows).toHaveCount(2)
  await expect(nameRow).toHaveCount(0)
  await expect(km).toContainText(t('th', 'translations.progressLine', { filled: 1, total: 3, percent: 33 }))
  await expect(page.getByTestId('translation-missing')).toContainText(t('th', 'translations.missing', { language: 'ខ្មែរ', count: 2 }))

  // The public partner page in Khmer now shows the Khmer name, not the English one with a fallback note.
  await gotoHydrated(page, `/km/institutions/${slug}`)
  await expect(page.getByTestId('institution-name')).toHaveText(khmerName)
  expect(partner.locale).toBe('th')
})

test('a student has no translation queue: no menu entry, and the page is refused', async ({ page }) => {
  await logInByApi(page, DEMO.student, undefined, 'vi')
  await gotoHydrated(page, '/vi/dashboard')
  await expect(page.getByRole('link', { name: t('vi', 'nav.translations') })).toHaveCount(0)
  const response = await page.goto('/vi/dashboard/translations')
  expect(response?.status()).toBe(403)
})
