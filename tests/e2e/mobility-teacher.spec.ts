import { expect, test } from '@playwright/test'
import { gotoHydrated, languageName, logInByApi, signUpByApi, t } from './helpers'
import { PDF, enrol, expectState, field, personIn, step } from './mobility-helpers'

test.describe('teacher mobility', () => {
  test.describe.configure({ timeout: 180_000 })

  test('a Nanning teacher (zh) applies to a teaching visit in Thailand with the teacher form; Nanning nominates, Chao Phraya (th) accepts', async ({ browser }) => {
    // A new colleague, made a teacher at Nanning by the secretariat.
    const teacher = await (await browser.newContext()).newPage()
    const account = await signUpByApi(teacher, { locale: 'zh', name: '黄志明' })
    const me = await (await teacher.request.get('/api/auth/me')).json() as { user: { id: string } }
    const secretariat = await personIn(browser, 'secretariat@demo.example', 'en')
    await enrol(secretariat, me.user.id, 'nanning-smart-polytechnic', 'teacher')
    await logInByApi(teacher, account.email, account.password, 'zh')

    await gotoHydrated(teacher, '/zh/mobility/calls')
    await teacher.getByRole('link', { name: /教学访问/ }).first().click()
    await teacher.getByTestId('apply').click()
    await expect(teacher).toHaveURL(/\/zh\/mobility\/applications\/[0-9a-f-]{36}$/)
    const id = new URL(teacher.url()).pathname.split('/').at(-1)!

    // The teacher form: a teaching plan and hours, no preferred courses, no level or field of study.
    await expect(field(teacher, 'field-teachingPlan')).toBeVisible()
    await expect(field(teacher, 'field-teachingHours')).toBeVisible()
    await expect(teacher.getByTestId('field-preferredCourses')).toHaveCount(0)
    await expect(teacher.getByTestId('field-studyLevel')).toHaveCount(0)
    await field(teacher, 'field-latinName').fill('Huang Zhiming')
    await field(teacher, 'field-nativeName').fill('黄志明')
    await field(teacher, 'field-emergencyName').fill('李芳')
    await field(teacher, 'field-emergencyPhone').fill('+86 771 000 1234')
    await field(teacher, 'field-motivation').fill('希望与泰方同事交流PLC课程建设经验。')
    await field(teacher, 'field-teachingHours').fill('24')
    await field(teacher, 'field-passportNumber').fill('E12345678')
    await field(teacher, 'field-passportExpiry').fill('2032-03-01')
    await teacher.getByTestId('field-nationality').selectOption('CN')
    // The visit asks for English at B2: said in Chinese until a certificate shows it.
    await expect(teacher.getByTestId('certificate-hint')).toHaveText(t('zh', 'mobility.apply.unmet.language', { language: languageName('zh', 'en'), level: 'B2' }))
    await teacher.getByTestId('add-certificate').click()
    await teacher.getByTestId('certificate-language').selectOption('en')
    await teacher.getByTestId('certificate-level').selectOption('C1')
    await expect(teacher.getByTestId('certificate-hint')).toHaveCount(0)
    await teacher.getByTestId('upload-cv').setInputFiles({ name: '简历.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(teacher.getByTestId('document-link-cv')).toBeVisible()

    // Submitting without a teaching plan names it, in Chinese; the draft stays a draft.
    await teacher.getByTestId('step-submit').click()
    await expect(teacher.getByTestId('missing-fields')).toContainText(t('zh', 'mobility.apply.teachingPlan'))
    await expect(teacher.getByTestId('state-draft').first()).toBeVisible()
    await field(teacher, 'field-teachingPlan').fill('为机电专业学生讲授PLC编程实训课，共三周。')
    await teacher.getByTestId('step-submit').click()
    await expect(teacher.getByTestId('state-submitted').first()).toBeVisible()
    await expect(teacher.getByTestId('notice')).toHaveText(t('zh', 'mobility.application.stepDone', { state: t('zh', 'mobility.states.submitted') }))

    // The home office finds it among its outgoing applications and nominates it.
    const office = await personIn(browser, 'office.nanning@demo.example', 'zh')
    await gotoHydrated(office, '/zh/mobility/office')
    await expect(office.getByTestId(`office-row-${id}`)).toContainText('黄志明')
    await office.getByTestId(`open-${id}`).click()
    await expect(office.getByTestId('application-form-view')).toContainText('为机电专业学生讲授PLC编程实训课')
    await step(office, 'nominate')
    await expect(office.getByTestId('state-nominated').first()).toBeVisible()

    // The host in Thailand reads it in Thai and accepts; the teacher sees the acceptance in their list.
    const host = await personIn(browser, 'partner.thai@demo.example', 'th')
    await expectState(host, 'th', id, 'nominated')
    await expect(host.getByTestId('application-form-view')).toContainText(t('th', 'mobility.apply.teachingHours'))
    await step(host, 'accept')
    await expect(host.getByTestId('state-accepted').first()).toBeVisible()
    await gotoHydrated(teacher, '/zh/mobility/applications')
    await expect(teacher.getByTestId('application-row').filter({ hasText: t('zh', 'mobility.states.accepted') })).toHaveCount(1)
  })
})
