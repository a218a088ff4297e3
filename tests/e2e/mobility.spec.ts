import { expect, test } from '@playwright/test'
import { gotoHydrated, languageName, logInByApi, signUpByApi, t } from './helpers'
import { PDF, enrol, expectState, field, personIn, step } from './mobility-helpers'

const HANOI_OFFICE = 'office.hanoi@demo.example'
const NANNING_OFFICE = 'office.nanning@demo.example'
const SECRETARIAT = 'secretariat@demo.example'

test.describe('student mobility', () => {
  test.describe.configure({ timeout: 240_000 })

  test('a Vietnamese student (vi) applies for a semester at a Chinese college; Hanoi nominates, Nanning (zh) asks, accepts; the student confirms, completes the checklist and downloads the letter; an incident is seen by both offices', async ({ browser }) => {
    const student = await (await browser.newContext()).newPage()
    const account = await signUpByApi(student, { locale: 'vi', name: 'Phạm Minh Anh' })
    const me = await (await student.request.get('/api/auth/me')).json() as { user: { id: string } }
    const secretariat = await personIn(browser, SECRETARIAT, 'zh')
    await enrol(secretariat, me.user.id, 'red-river-tech-university', 'student')
    await logInByApi(student, account.email, account.password, 'vi')

    // The call page in Vietnamese; applying creates a draft.
    await gotoHydrated(student, '/vi/mobility/calls')
    await student.getByRole('link', { name: /Học kỳ mùa xuân|Spring semester/ }).first().click()
    await student.getByTestId('apply').click()
    await expect(student).toHaveURL(/\/vi\/mobility\/applications\/[0-9a-f-]{36}$/)
    const id = new URL(student.url()).pathname.split('/').at(-1)!

    // The form, passport and the required transcript; then submit.
    await field(student, 'field-latinName').fill('Pham Minh Anh')
    await field(student, 'field-nativeName').fill('Phạm Minh Anh')
    await field(student, 'field-emergencyName').fill('Phạm Văn Hùng')
    await field(student, 'field-emergencyPhone').fill('+84 912 000 111')
    await field(student, 'field-preferredCourses').fill('Robot công nghiệp; PLC')
    await field(student, 'field-motivation').fill('Em muốn học về sản xuất thông minh tại Trung Quốc.')
    await field(student, 'field-passportNumber').fill('C7654321')
    await field(student, 'field-passportExpiry').fill('2031-05-01')
    await student.getByTestId('field-nationality').selectOption('VN')
    // The call asks for higher vocational study in ISCED 0714 and HSK 2: the form says what is unmet until it is.
    await expect(student.getByTestId('certificate-hint')).toHaveText(t('vi', 'mobility.apply.unmet.language', { language: languageName('vi', 'zh'), level: 'HSK2' }))
    await student.getByTestId('field-studyLevel').selectOption('cn_higher_vocational')
    // The field is named in Vietnamese, with its code; the student finds it by typing its name without accents.
    const electronics = `0714 ${t('vi', 'isced.fields.f0714')}`
    await expect(student.getByTestId('field-hint')).toHaveText(t('vi', 'mobility.apply.unmet.fieldOfStudy', { codes: electronics }))
    await student.getByTestId('field-fieldOfStudy').click()
    await student.getByPlaceholder(t('vi', 'isced.picker.placeholder')).fill('dien tu tu dong')
    await student.getByRole('option', { name: electronics, exact: true }).click()
    await expect(student.getByTestId('field-fieldOfStudy')).toHaveText(electronics)
    await expect(student.getByTestId('field-hint')).toHaveCount(0)
    await student.getByTestId('add-certificate').click()
    await student.getByTestId('certificate-language').selectOption('zh')
    await student.getByTestId('certificate-level').selectOption('HSK3')
    await expect(student.getByTestId('certificate-hint')).toHaveCount(0)
    await student.getByTestId('save-draft').click()
    await student.getByTestId('upload-transcript').setInputFiles({ name: 'bang-diem.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(student.getByTestId('document-link-transcript')).toBeVisible()
    await step(student, 'submit')
    await expect(student.getByTestId('state-submitted').first()).toBeVisible()

    // Home office (Hanoi) nominates; the host (Nanning, in Chinese) asks for more information.
    const hanoi = await personIn(browser, HANOI_OFFICE, 'vi')
    await expectState(hanoi, 'vi', id, 'submitted')
    await step(hanoi, 'nominate')
    await expect(hanoi.getByTestId('state-nominated').first()).toBeVisible()
    const nanning = await personIn(browser, NANNING_OFFICE, 'zh')
    await expectState(nanning, 'zh', id, 'nominated')
    await step(nanning, 'request_info', '请补充汉语水平证明。')
    await expect(nanning.getByTestId('state-info_requested').first()).toBeVisible()

    await expectState(student, 'vi', id, 'info_requested')
    await step(student, 'answer_info', 'Em đã học tiếng Trung hai năm, trình độ HSK 2.')
    await expectState(nanning, 'zh', id, 'nominated')
    await step(nanning, 'accept')
    await expect(nanning.getByTestId('state-accepted').first()).toBeVisible()

    await expectState(student, 'vi', id, 'accepted')
    await step(student, 'confirm')
    await expect(student.getByTestId('state-confirmed').first()).toBeVisible()
    for (const key of ['insurance', 'visa', 'accommodation', 'safety_briefing', 'emergency_contacts']) {
      await student.getByTestId(`checklist-${key}-status`).selectOption('done')
      await expect(student.getByTestId(`checklist-${key}-status`)).toHaveValue('done')
      await expect(student.getByTestId(`checklist-${key}-status`)).toBeEnabled()
    }
    const letter = student.waitForEvent('download')
    await student.getByTestId('download-letter').first().click()
    expect((await letter).suggestedFilename()).toMatch(/^acceptance-letter-.*-zh-en\.pdf$/)

    await expectState(hanoi, 'vi', id, 'confirmed')
    await step(hanoi, 'depart')
    await expect(hanoi.getByTestId('state-in_mobility').first()).toBeVisible()

    // An incident abroad, seen by both offices.
    await expectState(student, 'vi', id, 'in_mobility')
    await student.getByTestId('incident-type').selectOption('health')
    await student.getByTestId('incident-severity').selectOption('high')
    await field(student, 'incident-description').fill('Sốt cao, đang ở bệnh viện Nam Ninh.')
    await field(student, 'incident-occurred').fill(new Date(Date.now() - 3_600_000).toISOString().slice(0, 16))
    await student.getByTestId('report-incident').click()
    await expect(student.getByText('Sốt cao, đang ở bệnh viện Nam Ninh.').first()).toBeVisible()
    for (const [office, locale] of [[hanoi, 'vi'], [nanning, 'zh']] as const) {
      await gotoHydrated(office, `/${locale}/mobility/applications/${id}`)
      await expect(office.getByText('Sốt cao, đang ở bệnh viện Nam Ninh.')).toBeVisible()
      await gotoHydrated(office, `/${locale}/mobility/emergency`)
      await expect(office.getByTestId('people-abroad')).toContainText('Phạm Minh Anh')
    }
  })
})
