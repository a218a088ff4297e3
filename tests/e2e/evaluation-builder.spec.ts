import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, gotoHydrated, t, waitForHydration } from './helpers'

const KM_TEXT = 'តើខ្លឹមសារនៃសកម្មភាពពាក់ព័ន្ធនឹងការងាររបស់អ្នកដែរឬទេ?'
const KM_NEW = 'តើអ្នកនឹងណែនាំវគ្គនេះដល់មិត្តរួមការងារទេ?'

test('the Nanning office builds a reaction form from the template, translates, previews in Khmer, publishes, sends it out and keeps unsaved edits', async ({ page }) => {
  test.setTimeout(180_000)
  expect((await page.request.post('/api/auth/login', { data: { email: DEMO.office, password: DEMO_PASSWORD } })).status()).toBe(200)
  // Every confirm is accepted unless the test says otherwise; the last question asked is kept.
  let answer = true
  let asked = ''
  page.on('dialog', (dialog) => {
    asked = dialog.message()
    void (answer ? dialog.accept() : dialog.dismiss())
  })

  // From the template library to the builder.
  await gotoHydrated(page, '/zh/evaluation/forms')
  await page.getByTestId('use-template-reaction').click()
  await expect(page).toHaveURL(/\/zh\/evaluation\/forms\/[0-9a-f-]{36}$/)
  await waitForHydration(page)
  await expect(page.getByTestId('builder-state')).toHaveText(t('zh', 'evaluation.builder.states.draft'))

  // Edit the first question in Khmer: the Khmer status counts it.
  await page.getByTestId('edit-locale-km').click()
  const relevance = page.locator('#qe-relevance-text')
  await expect(relevance).toHaveAttribute('lang', 'km-KH')
  await relevance.fill(KM_TEXT)
  await expect(page.getByTestId('builder-unsaved')).toBeVisible()

  // A new Likert question in the first section, shown only when "relevance" is answered 1.
  await page.getByTestId('add-type-0').selectOption('likert')
  await page.getByTestId('add-question-0').click()
  const added = page.locator('[data-testid="section-activity"] article').last()
  const addedId = (await added.getAttribute('data-testid'))!.replace('question-', '')
  await expect(page.locator(`#qe-${addedId}-text`)).toBeFocused()
  await page.locator(`#qe-${addedId}-text`).fill(KM_NEW)
  await page.getByTestId(`showif-${addedId}`).selectOption('relevance')
  await expect(page.getByTestId(`showif-${addedId}-1`)).toBeChecked()

  // Preview in Khmer: the edited text, the new question hidden until its condition holds.
  await page.getByTestId('builder-preview-locale').selectOption('km')
  const preview = page.getByTestId('builder-preview')
  await expect(preview.getByTestId('evaluation-form')).toHaveAttribute('data-locale', 'km')
  await expect(preview.locator('[data-question="relevance"]')).toContainText(KM_TEXT)
  await expect(preview.locator(`[data-question="${addedId}"]`)).toHaveCount(0)
  await preview.locator('[data-question="relevance"] input[type="radio"][value="1"]').check()
  await expect(preview.locator(`[data-question="${addedId}"]`)).toContainText(KM_NEW)

  // No serious or critical accessibility problems on the builder.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const blocking = axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  expect(blocking.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Publish (the unsaved edits are saved first): the version is read-only from now on.
  await page.getByTestId('builder-publish').click()
  await expect(page.getByTestId('builder-status')).toHaveText(t('zh', 'evaluation.builder.published'))
  await expect(page.getByTestId('builder-state')).toHaveText(t('zh', 'evaluation.builder.states.published'))
  await expect(page.getByTestId('builder-readonly')).toBeVisible()
  await expect(page.getByTestId('builder-save')).toHaveCount(0)
  await expect(relevance).toBeDisabled()
  await expect(relevance).toHaveValue(KM_TEXT)

  // Attach it to a demo activity the office organises, right after it.
  const activity = page.getByTestId('attach-activity')
  const firstActivity = await activity.locator('option').nth(1).getAttribute('value')
  await activity.selectOption(firstActivity!)
  await page.getByTestId('attach-timing-after').check()
  await page.getByTestId('attach-submit').click()
  await expect(page.getByTestId('attach-done')).toHaveText(t('zh', 'evaluation.builder.attach.done'))
  const sent = page.getByTestId('attached-instance')
  await expect(sent).toHaveCount(1)
  await expect(page.getByTestId('attached-list')).toContainText(t('zh', 'evaluation.builder.attach.timings.after'))

  // With a mobility call the office runs, on completion.
  await page.getByTestId('attach-target-mobility').check()
  const call = page.getByTestId('attach-call')
  await call.selectOption((await call.locator('option').nth(1).getAttribute('value'))!)
  await page.getByTestId('attach-submit').click()
  await expect(sent.and(page.locator('[data-target="mobility"]'))).toContainText(t('zh', 'evaluation.builder.attach.onCompletion'))

  // The demand survey to every member institution: closing before opening is refused beside the field, in Chinese.
  await page.getByTestId('attach-target-list').check()
  await expect(page.getByTestId('attach-list-all')).toBeChecked()
  await page.getByTestId('attach-opens').fill('2027-03-10T09:00')
  await page.getByTestId('attach-closes').fill('2027-03-01T09:00')
  await page.getByTestId('attach-submit').click()
  await expect(page.getByText(t('zh', 'forms.issues.closesBeforeOpening')).first()).toBeVisible()
  await page.getByTestId('attach-closes').fill('2027-04-10T09:00')
  await page.getByTestId('attach-submit').click()
  const list = sent.and(page.locator('[data-target="list"]'))
  await expect(list).toHaveCount(1)
  await expect(list.getByTestId('attached-invited')).toHaveText('0')
  await expect(list.getByTestId('attached-results')).toHaveAttribute('href', /\/zh\/evaluation\/results\/[0-9a-f-]{36}$/)
  await expect(sent).toHaveCount(3)
  await page.getByTestId('attach-list-chosen').check()
  await expect(page.getByTestId('attach-institutions').getByRole('checkbox').first()).toBeVisible()
  const sending = await new AxeBuilder({ page }).include('[data-testid="attach-form"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(sending.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
  await page.getByTestId('attach-form').screenshot({ path: test.info().outputPath('attach-form.png') })

  // A new version with unsaved edits: switching back to version 1 asks first; "cancel" keeps the edits and the version.
  await page.getByTestId('builder-new-version').click()
  await expect(page.getByTestId('builder-state')).toHaveText(t('zh', 'evaluation.builder.states.draft'))
  const picker = page.getByTestId('builder-version')
  const draftId = await picker.inputValue()
  const firstId = (await picker.locator('option', { hasText: t('zh', 'evaluation.builder.versionN', { n: '1' }) }).getAttribute('value'))!
  await relevance.fill(`${KM_TEXT} ២`)
  await expect(page.getByTestId('builder-unsaved')).toBeVisible()
  answer = false
  await picker.selectOption(firstId)
  expect(asked).toBe(t('zh', 'evaluation.builder.switchUnsaved'))
  await expect(picker).toHaveValue(draftId)
  await expect(relevance).toHaveValue(`${KM_TEXT} ២`)
  await expect(page.getByTestId('builder-unsaved')).toBeVisible()
  // "OK" switches and lets the edits go.
  answer = true
  await picker.selectOption(firstId)
  await expect(page.getByTestId('builder-state')).toHaveText(t('zh', 'evaluation.builder.states.published'))
  await expect(relevance).toHaveValue(KM_TEXT)
  await expect(page.getByTestId('builder-unsaved')).toHaveCount(0)

  // The list's results: the report PDF in the reader's language beside English (no activity language), or as chosen.
  await list.getByTestId('attached-results').click()
  await expect(page).toHaveURL(/\/zh\/evaluation\/results\//)
  await waitForHydration(page)
  const report = page.getByTestId('results-report')
  await expect(report).toHaveAttribute('href', /report\.pdf\?left=zh&right=en$/)
  await page.getByTestId('results-report-left').selectOption('th')
  await page.getByTestId('results-report-right').selectOption('km')
  await expect(report).toHaveAttribute('href', /report\.pdf\?left=th&right=km$/)
})
