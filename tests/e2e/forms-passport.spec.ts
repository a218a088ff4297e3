import { expect, test } from '@playwright/test'
import { gotoHydrated, logInByApi, signUpByApi, t } from './helpers'
import { enrol, field, personIn } from './mobility-helpers'

test.describe('forms that protect people from mistakes', () => {
  test.describe.configure({ timeout: 180_000 })

  test('a Thai student (th) is told at once, in Thai, that a passport expired in 2020 will not do, and that "abc" is no phone number', async ({ browser }) => {
    const student = await (await browser.newContext()).newPage()
    const account = await signUpByApi(student, { locale: 'th', name: 'ปิยะ รักเรียน' })
    const me = await (await student.request.get('/api/auth/me')).json() as { user: { id: string } }
    const secretariat = await personIn(browser, 'secretariat@demo.example', 'zh')
    await enrol(secretariat, me.user.id, 'chao-phraya-technical', 'student')
    await logInByApi(student, account.email, account.password, 'th')

    await gotoHydrated(student, '/th/mobility/calls')
    await student.getByRole('link', { name: 'ภาคเรียนเมคคาทรอนิกส์สำหรับนักศึกษาไทย' }).first().click()
    await student.getByTestId('apply').click()
    await expect(student).toHaveURL(/\/th\/mobility\/applications\/[0-9a-f-]{36}$/)

    await field(student, 'field-passportNumber').fill('AA1234567')
    await field(student, 'field-passportExpiry').fill('2020-01-01')
    const refusal = t('th', 'mobility.errors.passportExpiresTooSoon', { date: '\u0000', months: 6 }).split('\u0000')[0]!
    await expect(student.getByTestId('passport-section')).toContainText(refusal)
    // A phone that is no number is refused beside the field as it is typed.
    await field(student, 'field-emergencyPhone').fill('abc')
    await expect(student.getByTestId('field-emergencyPhone-invalid')).toBeVisible()
    await field(student, 'field-emergencyPhone').fill('+66 81 234 5678')
    await expect(student.getByTestId('field-emergencyPhone-invalid')).toHaveCount(0)
    // A passport valid for years more clears the warning.
    await field(student, 'field-passportExpiry').fill('2035-01-01')
    await expect(student.getByTestId('passport-section')).not.toContainText(refusal)
  })
})
