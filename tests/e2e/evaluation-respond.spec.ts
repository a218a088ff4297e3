import AxeBuilder from '@axe-core/playwright'
import { expect, request, test, type Page } from '@playwright/test'
import { formFromTemplate } from '../../shared/evaluation/templates'
import { DEMO, DEMO_PASSWORD, gotoHydrated, logInByApi, t, waitForHydration } from './helpers'

const TRAINING = 'Cross-cultural training week for mobility coordinators'
const KHMER_PARTICIPANT = 'student.cambodia@demo.example'

/**
 * The respondent's side of an evaluation: the Nanning office attaches the reaction survey to the training week (through
 * the API), the invitations go out, and a Khmer participant on a phone finds it under "my evaluations", answers in
 * Khmer, switches the form to Thai halfway without losing an answer, reloads (the draft is kept), is told beside the
 * questions what is missing, submits and is thanked; a second submission, from a tab left open, is refused in Thai.
 */
test('a Khmer participant answers a reaction survey on a phone, switches to Thai mid-form, reloads and submits once', async ({ page, baseURL }) => {
  test.setTimeout(180_000)
  // The office: a form from the reaction template, published, attached to the training week, open now.
  const office = await request.newContext({ baseURL })
  expect((await office.post('/api/auth/login', { data: { email: DEMO.office, password: DEMO_PASSWORD } })).status()).toBe(200)
  const me = await (await office.get('/api/auth/me')).json() as { user: { memberships: { institution_id: string }[] } }
  const activities = await (await office.get('/api/calendar/activities?scope=mine')).json() as { id: string; title: Record<string, string> }[]
  const training = activities.find(a => a.title.en === TRAINING)!
  expect(training).toBeTruthy()
  const created = await office.post('/api/evaluation/forms', { data: { institutionId: me.user.memberships[0]!.institution_id, definition: formFromTemplate('reaction') } })
  expect(created.status()).toBe(200)
  const { version } = await created.json() as { version: { id: string } }
  expect((await office.post(`/api/evaluation/versions/${version.id}/publish`)).status()).toBe(200)
  const attached = await office.post('/api/evaluation/instances', {
    data: {
      target: 'activity', versionId: version.id, activityId: training.id, timing: 'after',
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  })
  expect(attached.status()).toBe(200)
  const instance = (await attached.json() as { id: string }).id
  // The invitations go out now rather than at the next quarter hour.
  const secretariat = await request.newContext({ baseURL })
  expect((await secretariat.post('/api/auth/login', { data: { email: DEMO.secretariat, password: DEMO_PASSWORD } })).status()).toBe(200)
  const dispatched = await (await secretariat.post('/api/admin/jobs/evaluation-dispatch')).json() as { invited: number }
  expect(dispatched.invited).toBeGreaterThanOrEqual(4)

  // The participant, on a phone, in Khmer.
  await page.setViewportSize({ width: 390, height: 844 })
  await logInByApi(page, KHMER_PARTICIPANT, DEMO_PASSWORD, 'km')
  await gotoHydrated(page, '/km/evaluation')
  const card = page.locator(`[data-testid="my-evaluation"][data-instance="${instance}"]`)
  await expect(card).toHaveAttribute('data-state', 'notStarted')
  await expect(card.getByTestId('my-evaluation-state')).toHaveText(t('km', 'evaluation.respond.mine.states.notStarted'))
  await card.getByTestId('my-evaluation-open').click()
  await expect(page).toHaveURL(new RegExp(`/km/evaluation/respond/${instance}$`))
  await waitForHydration(page)
  const form = page.getByTestId('evaluation-form')
  await expect(form).toHaveAttribute('data-locale', 'km')

  const q = (id: string) => page.locator(`[data-question="${id}"]`)
  await q('relevance').getByRole('radio').nth(3).check()
  await q('engagement').getByRole('radio').nth(4).check()
  // A low mark for the organisation asks what went wrong.
  await q('organisation').getByRole('radio').nth(1).check()
  const problems = 'បន្ទប់ត្រជាក់ពេក ហើយកាលវិភាគផ្លាស់ប្តូរញឹកញាប់'
  await q('organisation_problems').getByRole('textbox').fill(problems)
  const saveState = page.getByTestId('respond-save-state')
  await expect(saveState).toHaveAttribute('data-state', 'saved')
  await expect(saveState).toHaveText(t('km', 'evaluation.respond.saved'))

  // Thai, halfway: the texts turn Thai, every answer stays.
  await page.getByTestId('respond-locale').selectOption('th')
  await expect(form).toHaveAttribute('data-locale', 'th')
  const reaction = formFromTemplate('reaction')!
  await expect(q('relevance').locator('legend')).toContainText(reaction.sections[0]!.questions[0]!.text.th!)
  await expect(q('relevance').getByRole('radio').nth(3)).toBeChecked()
  await expect(q('engagement').getByRole('radio').nth(4)).toBeChecked()
  await expect(q('organisation_problems').getByRole('textbox')).toHaveValue(problems)
  await expect(page.getByTestId('respond-submit')).toHaveText(t('th', 'evaluation.respond.submit'))
  await expect(saveState).toHaveText(t('th', 'evaluation.respond.saved'))
  // Saved on the server: nothing waits on the device.
  expect(await page.evaluate(id => localStorage.getItem(`evaluation-answers:${id}`), instance)).toBeNull()

  // A reload keeps the draft and the language picked.
  await page.reload()
  await waitForHydration(page)
  await expect(form).toHaveAttribute('data-locale', 'th')
  await expect(q('relevance').getByRole('radio').nth(3)).toBeChecked()
  await expect(q('organisation').getByRole('radio').nth(1)).toBeChecked()
  await expect(q('organisation_problems').getByRole('textbox')).toHaveValue(problems)

  // Submitting too early: the server's issues stand beside their questions.
  await page.getByTestId('respond-submit').click()
  await expect(q('facilitator').getByTestId('question-issue')).toHaveText(t('th', 'evaluation.answer.required'))
  await expect(q('recommend').getByTestId('question-issue')).toHaveText(t('th', 'evaluation.answer.required'))
  await expect(page.getByTestId('respond-error')).toHaveText(t('th', 'evaluation.form.needsAttention', { count: '3' }))
  await q('facilitator').getByRole('radio').nth(4).check()
  await q('interpretation').getByRole('radio').nth(1).check()
  await q('recommend').getByRole('radio').nth(9).check()
  await expect(saveState).toHaveAttribute('data-state', 'saved')

  await page.mouse.move(0, 0)
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const blocking = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
  const summary = blocking.map(v => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `  ${n.target.join(' ')}`).join('\n')}`)
  expect(summary, summary.join('\n\n')).toEqual([])

  // A second tab left open on the form before submitting.
  const other: Page = await page.context().newPage()
  await other.setViewportSize({ width: 390, height: 844 })
  await gotoHydrated(other, `/km/evaluation/respond/${instance}`)
  await expect(other.getByTestId('evaluation-form')).toHaveAttribute('data-locale', 'th')

  await page.getByTestId('respond-submit').click()
  await expect(page.getByTestId('respond-thanks')).toContainText(t('th', 'evaluation.respond.thanks'))
  await expect(q('relevance').getByRole('radio').nth(3)).toBeDisabled()
  await expect(page.getByTestId('respond-submit')).toHaveCount(0)

  // Submitting again from the other tab is refused, in the form's language.
  await other.getByTestId('respond-submit').click()
  await expect(other.getByTestId('respond-error')).toHaveText(t('th', 'evaluation.errors.alreadySubmitted'))

  // Back on "my evaluations": submitted, and read-only when opened again.
  await gotoHydrated(page, '/km/evaluation')
  await expect(card).toHaveAttribute('data-state', 'submitted')
  await card.getByTestId('my-evaluation-open').click()
  await expect(page.getByTestId('respond-submitted')).toBeVisible()
  await expect(page.locator('[data-question="relevance"]').getByRole('radio').nth(3)).toBeChecked()
  await office.dispose()
  await secretariat.dispose()
})
