import { expect, test, type Locator, type Page } from '@playwright/test'
import { gotoHydrated, personIn, t } from './helpers'

const STUDENT = 'student.hanoi@demo.example'
const SENDING = 'office.hanoi@demo.example'
const RECEIVING = 'office.nanning@demo.example'

/** An input inside a line of the editor, by its test id (Nuxt UI puts the id on the input or on its wrapper). */
const input = (scope: Locator, testId: string) => scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first()

async function fillLine(line: Locator, values: { code: string; title: string; credits: string; label: string; group: string }) {
  await input(line, 'la-code').fill(values.code)
  await input(line, 'la-title').fill(values.title)
  await input(line, 'la-credits').fill(values.credits)
  await input(line, 'la-credit-label').fill(values.label)
  await input(line, 'la-group').fill(values.group)
}

async function openAgreement(page: Page, locale: string, applicationId: string) {
  await gotoHydrated(page, `/${locale}/mobility/learning-agreement/${applicationId}`)
  await expect(page.getByTestId('la-title')).toHaveText(t(locale, 'learningAgreements.title'))
}

test('a student drafts a learning agreement in Khmer on a phone; the sending (vi) and receiving (zh) offices sign; a change proposal meets a stale edit (409), swaps a course and is signed', async ({ browser }) => {
  test.setTimeout(240_000)
  const student = await personIn(browser, STUDENT, 'km')
  await student.setViewportSize({ width: 390, height: 844 })
  const mine = await (await student.request.get('/api/mobility/applications')).json() as { id: string; state: string }[] | { items: { id: string; state: string }[] }
  const applicationId = (Array.isArray(mine) ? mine : mine.items).find(a => a.state === 'nominated')!.id

  // From the application page to its learning agreement, which the student starts.
  await gotoHydrated(student, `/km/mobility/applications/${applicationId}`)
  await student.getByTestId('open-learning-agreement').click()
  await expect(student.getByTestId('la-title')).toHaveText(t('km', 'learningAgreements.title'))
  await student.getByTestId('la-create').click()
  await expect(student.getByTestId('la-state-draft')).toHaveText(t('km', 'learningAgreements.states.draft'))

  // One course at Nanning, recognized as one course at home (group A).
  await student.getByTestId('la-add-host').click()
  await fillLine(student.getByTestId('la-edit-host').getByTestId('la-edit-line').first(), { code: 'ME201', title: 'មេកាត្រូនិច', credits: '3', label: 'CN credits', group: 'A' })
  await student.getByTestId('la-add-home').click()
  await fillLine(student.getByTestId('la-edit-home').getByTestId('la-edit-line').first(), { code: 'MEC310', title: 'ប្រព័ន្ធមេកាត្រូនិច', credits: '3', label: 'tín chỉ', group: 'A' })
  // The editor fits a phone: nothing wider than the screen.
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await student.getByTestId('la-propose').click()
  await expect(student.getByTestId('la-state-proposed')).toHaveText(t('km', 'learningAgreements.states.proposed'))
  await expect(student.getByTestId('la-line-ME201')).toContainText('មេកាត្រូនិច')
  await student.getByTestId('la-sign-student').click()
  await expect(student.getByTestId('la-notice')).toHaveText(t('km', 'learningAgreements.signedNotice'))

  // The sending office (Vietnamese) and the receiving office (Chinese) sign from their own pages.
  const sending = await personIn(browser, SENDING, 'vi')
  await openAgreement(sending, 'vi', applicationId)
  await expect(sending.getByTestId('la-sign-receiving')).toHaveCount(0)
  await sending.getByTestId('la-sign-sending').click()
  await expect(sending.getByTestId('la-notice')).toHaveText(t('vi', 'learningAgreements.signedNotice'))

  const receiving = await personIn(browser, RECEIVING, 'zh')
  await openAgreement(receiving, 'zh', applicationId)
  await expect(receiving.getByTestId('la-propose')).toHaveCount(0)
  await receiving.getByTestId('la-sign-receiving').click()
  await expect(receiving.getByTestId('la-state-signed')).toHaveText(t('zh', 'learningAgreements.states.signed'))

  // The student sees who signed, in Khmer, and can propose a change from the signed version.
  await openAgreement(student, 'km', applicationId)
  await expect(student.getByTestId('la-state-signed')).toHaveText(t('km', 'learningAgreements.states.signed'))
  for (const party of ['student', 'sending', 'receiving']) await expect(student.getByTestId(`la-signature-${party}`)).not.toContainText(t('km', 'learningAgreements.notSigned'))
  await expect(student.getByTestId('la-new-version')).toHaveText(t('km', 'learningAgreements.startChange'))

  // A change during the mobility: a new draft from the signed version. The sending office saves first, so the
  // student's save on the older revision is refused (409) with the message in Khmer, and the latest draft is shown.
  await student.getByTestId('la-new-version').click()
  await expect(student.getByTestId('la-state-draft')).toBeVisible()
  interface Line { side: string; code: string; title: Record<string, string>; credits: string; credit_label: string; recognition_group: string | null }
  type Reply = { learning_agreement: { id: string; versions: { number: number; revision: number; components: Line[] }[] } }
  const { learning_agreement: la } = await (await sending.request.get(`/api/learning-agreements?applicationId=${applicationId}`)).json() as Reply
  const draft = la.versions[0]!
  const components = draft.components.map(c => ({
    side: c.side, code: c.code, title: c.title, credits: Number(c.credits), creditLabel: c.credit_label, term: 'Spring 2027', recognitionGroup: c.recognition_group,
  }))
  const edited = await sending.request.put(`/api/learning-agreements/${la.id}/draft`, { data: { version: draft.number, revision: draft.revision, components } })
  expect(edited.status()).toBe(200)
  await input(student.getByTestId('la-edit-home').getByTestId('la-edit-line').first(), 'la-code').fill('MEC320')
  await student.getByTestId('la-save').click()
  await expect(student.getByTestId('la-error')).toHaveText(t('km', 'learningAgreements.errors.staleVersion', { version: 2 }))
  await input(student.getByTestId('la-edit-home').getByTestId('la-edit-line').first(), 'la-code').fill('MEC320')
  await student.getByTestId('la-propose').click()
  await expect(student.getByTestId('la-state-proposed')).toBeVisible()
  // The comparison names the swapped home course: one removed, one added.
  await expect(student.getByTestId('la-diff-removed')).toContainText('MEC310')
  await expect(student.getByTestId('la-diff-added')).toContainText('MEC320')
  await student.getByTestId('la-sign-student').click()
  await expect(student.getByTestId('la-notice')).toBeVisible()
  for (const [page, locale, party] of [[sending, 'vi', 'sending'], [receiving, 'zh', 'receiving']] as const) {
    await openAgreement(page, locale, applicationId)
    await page.getByTestId(`la-sign-${party}`).click()
    await expect(page.getByTestId('la-notice')).toBeVisible()
  }
  await openAgreement(student, 'km', applicationId)
  await expect(student.getByTestId('la-version')).toHaveText(t('km', 'learningAgreements.version', { number: 2 }))
  await expect(student.getByTestId('la-state-signed')).toBeVisible()
  await expect(student.getByTestId('la-history')).toContainText(t('km', 'learningAgreements.version', { number: 1 }))
  await student.screenshot({ path: 'test-results/screenshots/learning-agreement-km-390.png', fullPage: true })
  await openAgreement(receiving, 'zh', applicationId)
  await receiving.screenshot({ path: 'test-results/screenshots/learning-agreement-zh.png', fullPage: true })
})
