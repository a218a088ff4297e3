import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { gotoHydrated, t } from './helpers'

/**
 * The form renderer on the preview page: a Chinese respondent is told what is missing, answers, switches the
 * form to Khmer halfway (every answer stays, the texts and the messages turn Khmer), finishes, and the page
 * has no serious or critical accessibility violations.
 */
test('a respondent switches the form from zh to km mid-form and keeps every answer', async ({ page }) => {
  await gotoHydrated(page, '/zh/evaluation/preview')
  const form = page.getByTestId('evaluation-form')
  await expect(form).toHaveAttribute('data-locale', 'zh')

  // Nothing answered: the required questions say so beside themselves.
  await page.getByTestId('preview-check').click()
  const useful = page.locator('[data-question="useful"]')
  await expect(useful.getByTestId('question-issue')).toHaveText(t('zh', 'evaluation.answer.required'))

  await useful.getByRole('radio', { name: '同意', exact: true }).check()
  const recommend = page.locator('[data-question="recommend"]')
  await expect(page.locator('[data-question="improve"]')).toHaveCount(0)
  await recommend.getByRole('radio', { name: '3', exact: true }).check()
  // Show-if: a low score asks what to improve.
  await page.locator('[data-question="improve"]').getByRole('textbox').fill('多一些实操时间')
  await page.locator('[data-question="role"]').getByRole('radio', { name: '教师' }).check()
  await page.locator('[data-question="subject"]').getByRole('textbox').fill('机电一体化')

  await page.getByTestId('preview-locale').selectOption('km')
  await expect(form).toHaveAttribute('data-locale', 'km')
  await expect(useful.locator('legend')).toContainText('វគ្គបណ្តុះបណ្តាលនេះមានប្រយោជន៍')
  await expect(useful.getByRole('radio', { name: 'យល់ស្រប', exact: true })).toBeChecked()
  await expect(recommend.getByRole('radio', { name: '3', exact: true })).toBeChecked()
  await expect(page.locator('[data-question="improve"]').getByRole('textbox')).toHaveValue('多一些实操时间')
  await expect(page.locator('[data-question="role"]').getByRole('radio', { name: 'គ្រូបង្រៀន' })).toBeChecked()
  await expect(page.locator('[data-question="subject"]').getByRole('textbox')).toHaveValue('机电一体化')
  await expect(page.getByTestId('preview-check')).toHaveText(t('km', 'evaluation.form.check'))
  // The keyboard alone: arrow keys move a scale's choice.
  await recommend.getByRole('radio', { name: '3', exact: true }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(recommend.getByRole('radio', { name: '4', exact: true })).toBeChecked()
  await expect(page.locator('[data-question="improve"]')).toHaveCount(1)

  await page.getByTestId('preview-check').click()
  await expect(page.getByTestId('preview-result')).toHaveText(t('km', 'evaluation.form.allAnswered'))
  await expect(page.getByTestId('question-issue')).toHaveCount(0)

  // The pointer leaves the button it clicked (a hovered button is lighter than at rest).
  await page.mouse.move(0, 0)
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  const summary = blocking.map(v => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `  ${n.target.join(' ')}`).join('\n')}`)
  expect(summary, summary.join('\n\n')).toEqual([])

  // Lao, which the form is not written in: it says so in Lao and falls back to its first language, answers kept.
  await page.getByTestId('preview-locale').selectOption('lo')
  await expect(page.getByTestId('form-not-in-language')).toContainText(t('lo', 'evaluation.form.notInLanguage', { wanted: 'ລາວ', shown: '中文' }))
  await expect(form).toHaveAttribute('data-locale', 'zh')
  await expect(useful.getByRole('radio', { name: '同意', exact: true })).toBeChecked()
})
