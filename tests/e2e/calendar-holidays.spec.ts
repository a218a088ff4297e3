import { expect, test, type Page } from '@playwright/test'
import { DEMO, gotoHydrated, personIn, t } from './helpers'

async function errorBeside(page: Page, input: ReturnType<Page['locator']>) {
  const errorId = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find(id => id.endsWith('-error'))
  expect(errorId, 'the input is described by an error').toBeTruthy()
  return page.locator(`[id="${errorId}"]`)
}

test.describe('holidays and academic calendars', () => {
  test.describe.configure({ timeout: 180_000 })

  test('the secretariat reads Songkran and China\'s make-up working days in zh, adds a Lao holiday by hand and reloads the library without losing it', async ({ browser }) => {
    const sec = await personIn(browser, DEMO.secretariat, 'zh')
    await gotoHydrated(sec, '/zh/calendar/holidays')
    await expect(sec.getByRole('heading', { level: 1 })).toHaveText(t('zh', 'calendar.holidays.title'))

    await sec.getByTestId('holiday-country').selectOption('TH')
    await sec.getByTestId('holiday-year').selectOption('2026')
    await expect(sec.getByTestId('holiday-row').filter({ hasText: '宋干节（泼水节）' })).toHaveCount(3)

    await sec.getByTestId('holiday-country').selectOption('CN')
    const makeup = sec.getByTestId('holiday-row').filter({ hasText: t('zh', 'calendar.holidays.kinds.makeup_workday') })
    await expect(makeup).toHaveCount(6)
    await expect(makeup.first()).toContainText('国务院办公厅关于2026年部分节假日安排的通知')

    await sec.getByTestId('holiday-country').selectOption('LA')
    const form = sec.getByTestId('holiday-form')
    await form.getByTestId('holiday-day').fill('2026-10-26')
    await form.getByTestId('localized-name').locator('input').fill('ບຸນອອກພັນສາ 2026 e2e')
    await form.getByTestId('holiday-source').fill('ແຈ້ງການຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ 2026')
    await form.getByTestId('holiday-save').click()
    const added = sec.getByTestId('holiday-row').filter({ hasText: 'ບຸນອອກພັນສາ 2026 e2e' })
    await expect(added).toContainText(t('zh', 'calendar.holidays.edited'))

    await sec.getByTestId('holiday-reload').click()
    await expect(sec.getByTestId('holiday-notice')).toHaveText(t('zh', 'calendar.holidays.reloaded', { inserted: 0, updated: 0, kept: 0 }))
    await expect(added).toHaveCount(1)
  })

  test('a Thai partner keeps its exam period in th; an end before the start is shown beside the field', async ({ browser }) => {
    const thai = await personIn(browser, DEMO.partnerThai, 'th')
    await gotoHydrated(thai, '/th/calendar/periods')
    // The demo seed gave the Thai college a term and a final-examination period.
    await expect(thai.getByTestId('period-row').filter({ hasText: 'สอบปลายภาค' })).toHaveCount(1)

    const form = thai.getByTestId('period-form')
    await form.getByTestId('period-kind').selectOption('exam')
    await form.getByTestId('period-starts').fill('2027-07-20')
    await form.getByTestId('period-ends').fill('2027-07-10')
    await form.getByTestId('localized-name').locator('input').fill('สอบกลางภาค e2e')
    await form.getByTestId('period-save').click()
    await expect(await errorBeside(thai, form.getByTestId('period-ends'))).toHaveText(t('th', 'forms.issues.invalid'))

    await form.getByTestId('period-ends').fill('2027-07-31')
    await form.getByTestId('period-save').click()
    await expect(thai.getByTestId('period-row').filter({ hasText: 'สอบกลางภาค e2e' })).toContainText(t('th', 'calendar.periods.kinds.exam'))

    // A student has no calendar to keep.
    const student = await personIn(browser, DEMO.student, 'vi')
    await gotoHydrated(student, '/vi/calendar/periods')
    await expect(student.getByTestId('period-no-institution')).toHaveText(t('vi', 'calendar.periods.noInstitution'))
  })

  test('the secretariat\'s holidays and periods pages hydrate in km and my with no mismatch or Vue warning', async ({ browser }) => {
    const sec = await personIn(browser, DEMO.secretariat, 'km')
    const problems: string[] = []
    sec.on('console', (msg) => { if (/Hydration|\[Vue warn\]/i.test(msg.text())) problems.push(`${sec.url()}: ${msg.text().slice(0, 300)}`) })
    sec.on('pageerror', error => problems.push(`${sec.url()}: ${error.message.slice(0, 300)}`))
    for (const locale of ['km', 'my']) {
      await gotoHydrated(sec, `/${locale}/calendar/holidays`)
      await expect(sec.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'calendar.holidays.title'))
      await gotoHydrated(sec, `/${locale}/calendar/periods`)
      await expect(sec.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'calendar.periods.title'))
    }
    expect(problems).toEqual([])
  })
})
