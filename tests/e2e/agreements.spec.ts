import { expect, test, type Page } from '@playwright/test'
import { gotoHydrated, personIn, t } from './helpers'

const THAI = 'partner.thai@demo.example'
const CHINESE_OFFICE = 'office.nanning@demo.example'
const ENTERPRISE = 'enterprise@demo.example'

const agreementId = (page: Page) => new URL(page.url()).pathname.split('/').at(-1)!

/** On /<locale>/agreements/new: title in the UI language, partners, signatories, one student-mobility condition. */
async function draft(page: Page, locale: string, title: string, partnerSlugs: string[]) {
  await gotoHydrated(page, `/${locale}/agreements/new`)
  await page.getByTestId('localized-title').locator('input').fill(title)
  for (const slug of partnerSlugs) await page.getByTestId(`partner-${slug}`).locator('input').check()
  const signatories = page.locator('[data-testid^="signatory-"]')
  await expect(signatories).toHaveCount(partnerSlugs.length + 1)
  for (let i = 0; i < partnerSlugs.length + 1; i++) await signatories.nth(i).fill(`Signatory ${i + 1}`)
  // The terms approval requires: goals, each party's division of labour, a resource input, ownership of results, disputes.
  await page.getByTestId('localized-goals').locator('textarea').fill(`${title} — goals`)
  await page.getByTestId('localized-ipTerms').locator('textarea').fill(`${title} — results are owned jointly`)
  await page.getByTestId('localized-disputeResolution').locator('textarea').fill(`${title} — amicable consultation`)
  const labours = page.locator('[data-testid^="localized-labour-"] textarea')
  await expect(labours).toHaveCount(partnerSlugs.length + 1)
  for (let i = 0; i < partnerSlugs.length + 1; i++) await labours.nth(i).fill(`Party ${i + 1} hosts and sends students`)
  await page.locator('[data-testid^="add-resource-"]').first().click()
  await page.getByTestId('add-condition').click()
  await expect(page.getByTestId('condition-0')).toBeVisible()
  await page.getByTestId('create-agreement').click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/agreements/[0-9a-f-]{36}$`))
  await expect(page.getByTestId('state-draft')).toBeVisible()
}

async function open(page: Page, locale: string, id: string) {
  await gotoHydrated(page, `/${locale}/agreements/${id}`)
}

async function approve(page: Page) {
  await page.getByTestId('approve').first().click()
  await expect(page.getByTestId('notice')).toBeVisible()
}

async function sign(page: Page) {
  await page.getByTestId('sign-submit').first().click()
  await expect(page.getByTestId('notice')).toBeVisible()
}

test.describe('cooperation agreements', () => {
  // Two or three people, each loading pages in turn: longer than one person's flow.
  test.describe.configure({ timeout: 180_000 })

  test('a Thai partner (th) and a Chinese office (zh) negotiate, approve and sign a bilateral agreement that then shows on both public pages', async ({ browser }) => {
    const thai = await personIn(browser, THAI, 'th')
    const office = await personIn(browser, CHINESE_OFFICE, 'zh')
    const thaiTitle = `ข้อตกลงแลกเปลี่ยนนักศึกษา ${Date.now()}`
    const chineseTitle = `学生交流协议 ${Date.now()}`

    await draft(thai, 'th', thaiTitle, ['nanning-smart-polytechnic'])
    const id = agreementId(thai)
    await expect(thai.getByTestId('conditions-table')).toContainText(`0714 ${t('th', 'isced.fields.f0714')}`)
    await thai.getByTestId('action-open_negotiation').click()
    await expect(thai.getByTestId('state-in_negotiation')).toBeVisible()

    // The Chinese office adds the Chinese title and goals: version 2.
    await open(office, 'zh', id)
    await office.getByTestId('edit-terms').click()
    await office.getByTestId('editor').getByTestId('localized-title').locator('input').fill(chineseTitle)
    await office.getByTestId('editor').getByTestId('localized-goals').locator('textarea').fill('联合培养机电一体化人才')
    await office.getByTestId('save-version').click()
    await expect(office.getByTestId('current-version')).toContainText('2')
    await approve(office)

    // The Thai side sees what changed, approves version 2: every party approved, so signatures are due.
    await open(thai, 'th', id)
    await expect(thai.getByTestId('current-version')).toContainText('2')
    await thai.getByTestId('tab-versions').click()
    await expect(thai.getByTestId('version-compare').getByTestId('change-row').first()).toBeVisible()
    // Who saved version 2 is named, though the Thai partner may not read the office's profile itself.
    const officeName = (await (await office.request.get('/api/auth/me')).json() as { user: { display_name: string } }).user.display_name
    await expect(thai.getByTestId('version-list')).toContainText(officeName)
    await expect(thai.getByTestId('version-list')).not.toContainText(t('th', 'agreements.compare.unknownAuthor'))
    await approve(thai)
    await expect(thai.getByTestId('state-awaiting_signatures')).toBeVisible()
    await sign(thai)

    await open(office, 'zh', id)
    await sign(office)
    await expect(office.getByTestId('state-active')).toBeVisible()

    // In force: the public sees the title on both institutions' pages, in English and in Thai.
    const visitor = await (await browser.newContext()).newPage()
    for (const [locale, slug, expected] of [
      ['en', 'chao-phraya-technical', chineseTitle], ['th', 'chao-phraya-technical', thaiTitle],
      ['en', 'nanning-smart-polytechnic', chineseTitle], ['th', 'nanning-smart-polytechnic', thaiTitle],
    ] as const) {
      await gotoHydrated(visitor, `/${locale}/institutions/${slug}`)
      await expect(visitor.getByTestId('institution-agreements').getByTestId('public-agreement').filter({ hasText: expected })).toHaveCount(1)
    }
  })

  test('a three-party agreement with an enterprise is approved and signed the same way', async ({ browser }) => {
    const enterprise = await personIn(browser, ENTERPRISE, 'zh')
    const office = await personIn(browser, CHINESE_OFFICE, 'zh')
    const thai = await personIn(browser, THAI, 'th')
    const title = `产教融合实习项目 ${Date.now()}`

    await draft(enterprise, 'zh', title, ['nanning-smart-polytechnic', 'chao-phraya-technical'])
    const id = agreementId(enterprise)
    await enterprise.getByTestId('action-open_negotiation').click()
    await expect(enterprise.getByTestId('state-in_negotiation')).toBeVisible()
    for (const [page, locale] of [[enterprise, 'zh'], [office, 'zh'], [thai, 'th']] as const) {
      await open(page, locale, id)
      await approve(page)
    }
    await expect(thai.getByTestId('state-awaiting_signatures')).toBeVisible()
    for (const [page, locale] of [[enterprise, 'zh'], [office, 'zh'], [thai, 'th']] as const) {
      await open(page, locale, id)
      await sign(page)
    }
    await expect(thai.getByTestId('state-active')).toBeVisible()
    await expect(thai.getByTestId('party-status').getByTestId('signature-cell').filter({ hasText: '✓' })).toHaveCount(3)

    const visitor = await (await browser.newContext()).newPage()
    await gotoHydrated(visitor, '/en/institutions/zhiyun-equipment')
    await expect(visitor.getByTestId('public-agreement').filter({ hasText: title })).toHaveCount(1)
  })

  test('an edit from a stale version keeps the text typed and offers the newest version', async ({ browser }) => {
    const enterprise = await personIn(browser, ENTERPRISE, 'en')
    const office = await personIn(browser, CHINESE_OFFICE, 'zh')
    const title = `Stale edit ${Date.now()}`
    await draft(enterprise, 'en', title, ['nanning-smart-polytechnic'])
    const id = agreementId(enterprise)
    await open(office, 'zh', id)

    await enterprise.getByTestId('edit-terms').click()
    await office.getByTestId('edit-terms').click()
    await office.getByTestId('editor').getByTestId('localized-title').locator('input').fill('先保存的标题')
    await office.getByTestId('save-version').click()
    await expect(office.getByTestId('current-version')).toContainText('2')

    const typed = `${title} — my change`
    await enterprise.getByTestId('editor').getByTestId('localized-title').locator('input').fill(typed)
    await enterprise.getByTestId('save-version').click()
    await expect(enterprise.getByTestId('stale-warning')).toBeVisible()
    await expect(enterprise.getByTestId('error-message')).toBeVisible()
    await expect(enterprise.getByTestId('editor').getByTestId('localized-title').locator('input')).toHaveValue(typed)
    // The page now shows version 2 beside the kept text; the person keeps their own text on purpose.
    await expect(enterprise.getByTestId('current-version')).toContainText('2')
    await enterprise.getByTestId('keep-mine').click()
    await expect(enterprise.getByTestId('current-version')).toContainText('3')
    await expect(enterprise.getByTestId('agreement-title')).toContainText(typed)
  })
})
