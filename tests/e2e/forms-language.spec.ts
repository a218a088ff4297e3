import { expect, test, type Page } from '@playwright/test'
import { errorBeside, gotoHydrated, logInByApi, signUpByApi, switchLanguage, t } from './helpers'
import { enrol, field, personIn, PDF, step } from './mobility-helpers'

/** The visible label of the field an input belongs to (UFormField's <label for>). */
async function labelOf(page: Page, input: ReturnType<Page['locator']>) {
  const id = await input.getAttribute('id')
  return (await page.locator(`label[for="${id}"]`).innerText()).trim()
}

test.describe('forms in the reader\'s language', () => {
  test.describe.configure({ timeout: 240_000 })

  test('a Thai partner (th) is told beside the signatory and the places per year what is wrong, lands on it, and keeps the draft when switching to Vietnamese', async ({ browser }) => {
    const thai = await personIn(browser, 'partner.thai@demo.example', 'th')
    const title = `ข้อตกลงแบบฟอร์ม ${Date.now()}`
    await gotoHydrated(thai, '/th/agreements/new')
    await thai.getByTestId('localized-title').locator('input').fill(title)
    await thai.getByTestId('partner-nanning-smart-polytechnic').locator('input').check()
    const signatories = thai.locator('input[data-testid^="signatory-"]')
    await expect(signatories).toHaveCount(2)
    await signatories.nth(0).fill('สมชาย ใจดี')

    // The partner's signatory is left empty: the page says so beside it, in Thai, and goes there.
    await thai.getByTestId('create-agreement').click()
    const partnerSignatory = signatories.nth(1)
    await expect(partnerSignatory).toBeFocused()
    await expect(partnerSignatory).toHaveAttribute('aria-invalid', 'true')
    await expect(await errorBeside(thai, partnerSignatory)).toHaveText(t('th', 'forms.issues.required'))
    const summary = thai.getByTestId('form-errors')
    await expect(summary).toContainText(t('th', 'forms.summary'))
    await expect(summary).toContainText(await labelOf(thai, partnerSignatory))
    await expect(summary).not.toContainText('parties.')
    await expect(thai).toHaveURL(/\/th\/agreements\/new$/)

    // The server's own refusal (1 000 places a year at most) lands beside the condition's field, by its label.
    await partnerSignatory.fill('Li Ming')
    await thai.getByTestId('add-condition').click()
    const places = thai.getByTestId('condition-0').locator('input[type="number"]').first()
    await places.fill('5000')
    await thai.getByTestId('create-agreement').click()
    await expect(places).toBeFocused()
    await expect(await errorBeside(thai, places)).toHaveText(t('th', 'forms.issues.tooLarge', { max: 1000 }))
    await expect(summary).toContainText(`${t('th', 'agreements.condition.legend', { n: 1 })} — ${t('th', 'agreements.condition.placesPerYear')}`)
    await expect(summary).not.toContainText('content.conditions')

    // Switching to Vietnamese keeps every typed value: the Thai title, the partner, both signatories, the condition.
    await switchLanguage(thai, 'vi')
    await expect(thai).toHaveURL(/\/vi\/agreements\/new$/)
    await expect(thai.getByTestId('partner-nanning-smart-polytechnic').locator('input')).toBeChecked()
    await expect(signatories.nth(0)).toHaveValue('สมชาย ใจดี')
    await expect(signatories.nth(1)).toHaveValue('Li Ming')
    await expect(thai.getByTestId('condition-0').locator('input[type="number"]').first()).toHaveValue('5000')
    await thai.getByTestId('localized-title').getByRole('tab', { name: /ไทย/ }).click()
    await expect(thai.getByTestId('localized-title').locator('input')).toHaveValue(title)
  })

  test('a Vietnamese student (vi) keeps her typed application across a switch to Thai; the Hanoi office is told which selected rows each step suits', async ({ browser }) => {
    const student = await (await browser.newContext()).newPage()
    const name = `Trần Thu Hà ${Date.now().toString(36)}`
    const account = await signUpByApi(student, { locale: 'vi', name })
    const me = await (await student.request.get('/api/auth/me')).json() as { user: { id: string } }
    const secretariat = await personIn(browser, 'secretariat@demo.example', 'zh')
    await enrol(secretariat, me.user.id, 'red-river-tech-university', 'student')
    await logInByApi(student, account.email, account.password, 'vi')
    await gotoHydrated(student, '/vi/mobility/calls')
    await student.getByRole('link', { name: /Học kỳ mùa xuân|Spring semester/ }).first().click()
    await student.getByTestId('apply').click()
    await expect(student).toHaveURL(/\/vi\/mobility\/applications\/[0-9a-f-]{36}$/)
    const id = new URL(student.url()).pathname.split('/').at(-1)!

    // Typed, not saved; then the page is read in Thai: nothing typed is lost.
    const motivation = 'Em muốn học lập trình robot công nghiệp tại Nam Ninh.'
    await field(student, 'field-latinName').fill('Tran Thu Ha')
    await field(student, 'field-motivation').fill(motivation)
    await expect(student.getByTestId('unsaved')).toBeVisible()
    await switchLanguage(student, 'th')
    await expect(student).toHaveURL(new RegExp(`/th/mobility/applications/${id}$`))
    await expect(field(student, 'field-latinName')).toHaveValue('Tran Thu Ha')
    await expect(field(student, 'field-motivation')).toHaveValue(motivation)
    await expect(student.getByTestId('unsaved')).toHaveText(t('th', 'mobility.apply.unsaved'))
    await switchLanguage(student, 'vi')
    await expect(field(student, 'field-motivation')).toHaveValue(motivation)

    // Completed and submitted, so the Hanoi office has one submitted and one nominated (the demo's Tuấn) row.
    await field(student, 'field-nativeName').fill('Trần Thu Hà')
    await field(student, 'field-emergencyName').fill('Trần Văn Nam')
    await field(student, 'field-emergencyPhone').fill('+84 912 000 222')
    await field(student, 'field-preferredCourses').fill('Lập trình PLC')
    await field(student, 'field-passportNumber').fill('C7000111')
    await field(student, 'field-passportExpiry').fill('2032-05-01')
    await student.getByTestId('field-nationality').selectOption('VN')
    await student.getByTestId('field-studyLevel').selectOption('cn_higher_vocational')
    // The field of study is picked from the ISCED-F list; typing its code finds it.
    await student.getByTestId('field-fieldOfStudy').click()
    await student.getByPlaceholder(t('vi', 'isced.picker.placeholder')).fill('0714')
    await student.getByRole('option', { name: `0714 ${t('vi', 'isced.fields.f0714')}`, exact: true }).click()
    await student.getByTestId('add-certificate').click()
    await student.getByTestId('certificate-language').selectOption('zh')
    await student.getByTestId('certificate-level').selectOption('HSK3')
    await student.getByTestId('save-draft').click()
    await expect(student.getByTestId('notice')).toBeVisible()
    await student.getByTestId('upload-transcript').setInputFiles({ name: 'bang-diem.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(student.getByTestId('document-link-transcript')).toBeVisible()
    await step(student, 'submit')
    await expect(student.getByTestId('state-submitted').first()).toBeVisible()

    const hanoi = await personIn(browser, 'office.hanoi@demo.example', 'vi')
    await gotoHydrated(hanoi, '/vi/mobility/office')
    await hanoi.getByTestId(`row-check-${id}`).check()
    await hanoi.getByRole('checkbox', { name: t('vi', 'mobility.office.selectRow', { name: 'Phạm Minh Tuấn' }) }).check()
    const nominate = t('vi', 'mobility.actions.nominate')
    // Before a step is chosen: each step and whom of the two it suits.
    await expect(hanoi.getByTestId('bulk-steps')).toContainText(
      t('vi', 'mobility.office.bulk.stepFor', { step: nominate, allowed: 1, total: 2, names: name }))
    await hanoi.getByTestId('bulk-action').selectOption({ label: t('vi', 'mobility.office.bulk.option', { step: nominate, allowed: 1, total: 2 }) })
    await expect(hanoi.getByTestId('bulk-allowed')).toHaveText(t('vi', 'mobility.office.bulk.allowedFor', { allowed: 1, total: 2, names: name }))
    const tuan = t('vi', 'mobility.office.bulk.nameInState', { name: 'Phạm Minh Tuấn', state: t('vi', 'mobility.states.nominated') })
    await expect(hanoi.getByTestId('bulk-skipped')).toHaveText(t('vi', 'mobility.office.bulk.skipped', { names: tuan }))
    await expect(hanoi.getByTestId('bulk-apply')).toHaveText(t('vi', 'mobility.office.bulk.applyTo', { count: 1 }))
    await hanoi.getByTestId('bulk-apply').click()
    await expect(hanoi.getByTestId('bulk-summary')).toHaveText(t('vi', 'mobility.office.bulk.summary', { done: 1, failed: 0 }))
  })
})
