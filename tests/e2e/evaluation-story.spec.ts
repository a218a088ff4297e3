import { readFileSync } from 'node:fs'
import { expect, request, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import type { FormDefinition } from '../../shared/evaluation/form-definition'
import { formFromTemplate } from '../../shared/evaluation/templates'
import { DEMO, DEMO_PASSWORD, gotoHydrated, newPassword, t, uniqueEmail, waitForHydration, waitForMail } from './helpers'
import { pdfText } from './pdf-text'

/**
 * Issue 16's story, end to end, with the server's clock moved by the test (PORTAL_TEST_CLOCK=1 on the e2e server; a
 * request names its instant in x-portal-clock): the Nanning office (zh) makes a pre/post knowledge test, a reaction
 * survey and a six-week follow-up from the templates, publishes them and attaches them to the training week; a Khmer
 * and a Thai participant answer (the Thai one switching to Chinese mid-form), eight more colleagues answer through
 * the API so that two countries reach five; six weeks after the last session the follow-up mail arrives in Khmer with
 * a personal link and is answered; the office reads the effect in plain words and the breakdown by country, records a
 * finding and an action, and downloads the report in Chinese and Khmer.
 */
const TRAINING = 'Cross-cultural training week for mobility coordinators'
const KHMER = 'student.cambodia@demo.example'
const THAI = 'student.bangkok@demo.example'
const CLOCK = 'x-portal-clock'
const HOUR = 3_600_000
const DAY = 24 * HOUR

const KNOWLEDGE = formFromTemplate('knowledge-cross-cultural')!
const FOLLOW_UP = formFromTemplate('behaviour-self')!
type Answers = Record<string, unknown>

const knowledgeQuestions = (form: FormDefinition) => form.sections.flatMap(s => s.questions).filter(q => q.type === 'knowledge')
/** The knowledge test answered with the first `right` questions correct and "I don't know" for the rest. */
function knowledgeAnswers(right: number): Answers {
  return Object.fromEntries(knowledgeQuestions(KNOWLEDGE).map((q, i) => [q.id, { options: i < right ? q.correct : ['dont_know'] }]))
}
const REACTION_ANSWERS: Answers = { relevance: 4, engagement: 5, facilitator: 4, organisation: 4, interpretation: { option: 'not_needed' }, recommend: 9 }

/** Ticks a knowledge test in the renderer as knowledgeAnswers(right) says. */
async function answerKnowledge(page: Page, right: number, only?: (index: number) => boolean) {
  const questions = knowledgeQuestions(KNOWLEDGE)
  for (const [i, q] of questions.entries()) {
    if (only && !only(i)) continue
    for (const option of i < right ? q.correct : ['dont_know']) await page.locator(`[data-question="${q.id}"] input[value="${option}"]`).check()
  }
}
async function answerReaction(page: Page) {
  for (const [id, point] of [['relevance', 4], ['engagement', 5], ['facilitator', 4], ['organisation', 4], ['recommend', 9]] as const) {
    await page.locator(`[data-question="${id}"] input[value="${point}"]`).check()
  }
  await page.locator('[data-question="interpretation"] input[value="not_needed"]').check()
}
async function submitAndExpectThanks(page: Page, locale: string) {
  await page.getByTestId('respond-submit').click()
  await expect(page.getByTestId('respond-thanks')).toContainText(t(locale, 'evaluation.respond.thanks'))
}

/** A demo person signed in on a browser context of their own whose every request carries the moved clock. */
async function personAt(browser: Browser, email: string, locale: string, at: string): Promise<Page> {
  const page = await (await browser.newContext({ extraHTTPHeaders: { [CLOCK]: at } })).newPage()
  const reply = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD }, headers: { 'x-locale': locale } })
  expect(reply.status(), `log-in of ${email}`).toBe(200)
  return page
}
async function signedIn(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL })
  expect((await api.post('/api/auth/login', { data: { email, password } })).status(), `log-in of ${email}`).toBe(200)
  return api
}

/**
 * Opens "my evaluations", finds the instance's card — open by the server's clock, not the browser's, with the days
 * left by that clock — and opens it; the form shows in `locale`.
 */
async function openFromMyEvaluations(page: Page, locale: string, instanceId: string, daysLeft: number) {
  await gotoHydrated(page, `/${locale}/evaluation`)
  const card = page.locator(`[data-testid="my-evaluation"][data-instance="${instanceId}"]`)
  await expect(card).toHaveAttribute('data-state', 'notStarted')
  await expect(card).toHaveAttribute('data-phase', 'open')
  const [beforeDate] = t(locale, 'evaluation.respond.mine.closesIn', { count: String(daysLeft) }).split('{date}')
  await expect(card.getByTestId('my-evaluation-window')).toContainText(beforeDate!)
  await card.getByTestId('my-evaluation-open').click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/evaluation/respond/${instanceId}$`))
  await waitForHydration(page)
  await expect(page.getByTestId('evaluation-form')).toHaveAttribute('data-locale', locale)
}

test('issue 16: pre/post test, reaction and a follow-up six weeks later, answered in Khmer and Thai, read by the office in Chinese', async ({ browser, baseURL }) => {
  test.setTimeout(240_000)
  const office = await signedIn(baseURL!, DEMO.office)
  const secretariat = await signedIn(baseURL!, DEMO.secretariat)

  // The training week and its real sessions: the clock is set relative to them.
  const mine = await (await office.get('/api/calendar/activities?scope=mine')).json() as { id: string; title: Record<string, string> }[]
  const trainingId = mine.find(a => a.title.en === TRAINING)!.id
  const training = await (await office.get(`/api/calendar/activities/${trainingId}`)).json() as { sessions: { starts_at: string; ends_at: string; cancelled_at: string | null }[] }
  const sessions = training.sessions.filter(s => !s.cancelled_at)
  const firstStart = Math.min(...sessions.map(s => Date.parse(s.starts_at)))
  const lastEnd = Math.max(...sessions.map(s => Date.parse(s.ends_at)))
  const BEFORE = new Date(firstStart - 2 * DAY).toISOString()
  const AFTER = new Date(lastEnd + 2 * HOUR).toISOString()
  const SIX_WEEKS_ON = new Date(lastEnd + 42 * DAY + 2 * HOUR).toISOString()
  const dispatchAt = async (at: string) => {
    const reply = await secretariat.post('/api/admin/jobs/evaluation-dispatch', { headers: { [CLOCK]: at } })
    expect(reply.status()).toBe(200)
    return await reply.json() as { invited: number }
  }

  // Done earlier, outside this story: three more colleagues from Thailand and three from Cambodia signed up, their
  // institutions' membership was recorded, and they registered for the week (with the seeded four: five a country).
  const institutions = (await (await secretariat.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }).items
  const colleagues: { api: APIRequestContext; email: string }[] = []
  for (const [slug, locale] of [['chao-phraya-technical', 'th'], ['chao-phraya-technical', 'th'], ['chao-phraya-technical', 'th'],
    ['mekong-institute-technology', 'km'], ['mekong-institute-technology', 'km'], ['mekong-institute-technology', 'km']] as const) {
    const email = uniqueEmail(`story-${locale}`)
    const password = newPassword()
    const api = await request.newContext({ baseURL })
    expect((await api.post('/api/auth/signup', { data: { email, password, displayName: `Story ${locale} ${colleagues.length + 1}`, locale, acceptNotices: true } })).status()).toBe(200)
    const token = /\?token=([\w-]+)/.exec((await waitForMail(email, 15_000, 'auth.signup_confirm')).body)![1]
    const confirmed = await api.post('/api/auth/confirm', { data: { token } })
    expect(confirmed.status()).toBe(200)
    const userId = (await confirmed.json() as { user: { id: string } }).user.id
    const institutionId = institutions.find(i => i.slug === slug)!.id
    expect((await secretariat.post('/api/admin/memberships', { data: { userId, institutionId, role: 'student' } })).status()).toBe(201)
    const registered = await api.post(`/api/calendar/activities/${trainingId}/registrations`, { data: { answers: { visa_letter: false } } })
    expect(registered.status()).toBe(200)
    expect((await registered.json() as { registrations: { state: string }[] }).registrations[0]!.state).toBe('confirmed')
    colleagues.push({ api, email })
  }
  const seeded = [await signedIn(baseURL!, 'student.phnompenh@demo.example'), await signedIn(baseURL!, DEMO.partnerThai)]
  const others = [...seeded, ...colleagues.map(c => c.api)]

  // 1. The office, in Chinese, makes the forms from the templates, publishes them and attaches them to the week.
  const officePage = await (await browser.newContext()).newPage()
  expect((await officePage.request.post('/api/auth/login', { data: { email: DEMO.office, password: DEMO_PASSWORD } })).status()).toBe(200)
  officePage.on('dialog', dialog => void dialog.accept())
  async function fromTemplate(template: string): Promise<string> {
    await gotoHydrated(officePage, '/zh/evaluation/forms')
    await officePage.getByTestId(`use-template-${template}`).click()
    await expect(officePage).toHaveURL(/\/zh\/evaluation\/forms\/[0-9a-f-]{36}$/)
    await waitForHydration(officePage)
    await officePage.getByTestId('builder-publish').click()
    await expect(officePage.getByTestId('builder-state')).toHaveText(t('zh', 'evaluation.builder.states.published'))
    await officePage.getByTestId('attach-activity').selectOption(trainingId)
    return officePage.url().split('/').pop()!
  }
  async function attach(timing: 'before' | 'after' | 'follow_up', count: number, when: string) {
    await officePage.getByTestId(`attach-timing-${timing}`).check()
    if (timing === 'follow_up') await expect(officePage.getByTestId('attach-weeks').locator('input').or(officePage.locator('input[data-testid="attach-weeks"]')).first()).toHaveValue('6')
    await officePage.getByTestId('attach-submit').click()
    const sent = officePage.getByTestId('attached-instance')
    await expect(sent).toHaveCount(count)
    await expect(sent.filter({ hasText: when })).toHaveCount(1)
  }
  const knowledgeForm = await fromTemplate('knowledge-cross-cultural')
  await attach('before', 1, t('zh', 'evaluation.builder.attach.timings.before'))
  await attach('after', 2, t('zh', 'evaluation.builder.attach.timings.after'))
  const reactionForm = await fromTemplate('reaction')
  await attach('after', 1, t('zh', 'evaluation.builder.attach.timings.after'))
  const followUpForm = await fromTemplate('behaviour-self')
  await attach('follow_up', 1, t('zh', 'evaluation.builder.attach.weeksAfter', { n: '6' }))

  const instances = await (await office.get(`/api/evaluation/instances?activityId=${trainingId}`)).json() as { id: string; form_id: string; timing: string; offset_days: number }[]
  const instanceOf = (formId: string, timing: string) => instances.find(i => i.form_id === formId && i.timing === timing)!.id
  const pre = instanceOf(knowledgeForm, 'before')
  const post = instanceOf(knowledgeForm, 'after')
  const reaction = instanceOf(reactionForm, 'after')
  const followUp = instanceOf(followUpForm, 'follow_up')
  expect(instances.find(i => i.id === followUp)!.offset_days).toBe(42)

  // 2. Two days before the week: the pre-test's invitations go out (to the ten registrants at least).
  expect((await dispatchAt(BEFORE)).invited).toBeGreaterThanOrEqual(10)

  // The Khmer participant answers the pre-test in Khmer, from "my evaluations".
  const khmer = await personAt(browser, KHMER, 'km', BEFORE)
  await openFromMyEvaluations(khmer, 'km', pre, 2)
  await expect(khmer.locator('[data-question="sampeah"] legend')).toContainText(knowledgeQuestions(KNOWLEDGE).find(q => q.id === 'sampeah')!.text.km!)
  await answerKnowledge(khmer, 3)
  await submitAndExpectThanks(khmer, 'km')

  // The Thai participant starts in Thai, switches to Chinese halfway: the answers stay, the rest is answered in Chinese.
  const thai = await personAt(browser, THAI, 'th', BEFORE)
  await openFromMyEvaluations(thai, 'th', pre, 2)
  await answerKnowledge(thai, 2, i => i < 4)
  await expect(thai.getByTestId('respond-save-state')).toHaveAttribute('data-state', 'saved')
  await thai.getByTestId('respond-locale').selectOption('zh')
  await expect(thai.getByTestId('evaluation-form')).toHaveAttribute('data-locale', 'zh')
  await expect(thai.locator('[data-question="high_context"] legend')).toContainText(knowledgeQuestions(KNOWLEDGE)[0]!.text.zh!)
  await expect(thai.locator('[data-question="high_context"] input[value="context"]')).toBeChecked()
  await expect(thai.locator('[data-question="face"] input[value="dont_know"]')).toBeChecked()
  await answerKnowledge(thai, 2, i => i >= 4)
  await submitAndExpectThanks(thai, 'zh')

  // The other eight answer through the API (their scores before: 1 to 4 of 10).
  const preScores = [2, 1, 3, 2, 4, 1, 2, 3]
  for (const [i, api] of others.entries()) {
    const reply = await api.post(`/api/evaluation/instances/${pre}/submit`, { data: { answers: knowledgeAnswers(preScores[i]!), locale: 'en' }, headers: { [CLOCK]: BEFORE } })
    expect(reply.status(), `pre-test ${i}`).toBe(200)
  }

  // 3. Two hours after the last session: the post-test and the reaction survey open and are sent.
  expect((await dispatchAt(AFTER)).invited).toBeGreaterThanOrEqual(20)
  // The dispatch repeated at the same instant invites nobody twice.
  expect((await dispatchAt(AFTER)).invited).toBe(0)
  for (const page of [khmer, thai]) await page.context().setExtraHTTPHeaders({ [CLOCK]: AFTER })
  await openFromMyEvaluations(khmer, 'km', post, 14)
  await answerKnowledge(khmer, 8)
  await submitAndExpectThanks(khmer, 'km')
  await openFromMyEvaluations(khmer, 'km', reaction, 14)
  await answerReaction(khmer)
  await submitAndExpectThanks(khmer, 'km')
  await openFromMyEvaluations(thai, 'th', post, 14)
  await answerKnowledge(thai, 6)
  await submitAndExpectThanks(thai, 'th')
  await openFromMyEvaluations(thai, 'th', reaction, 14)
  await answerReaction(thai)
  await submitAndExpectThanks(thai, 'th')
  const postScores = [7, 5, 8, 6, 9, 4, 7, 8]
  for (const [i, api] of others.entries()) {
    for (const [instance, answers] of [[post, knowledgeAnswers(postScores[i]!)], [reaction, REACTION_ANSWERS]] as const) {
      const reply = await api.post(`/api/evaluation/instances/${instance}/submit`, { data: { answers, locale: 'en' }, headers: { [CLOCK]: AFTER } })
      expect(reply.status(), `after ${i}`).toBe(200)
    }
  }
  // The pre-test closed when the week began: a late answer is refused.
  expect((await others[0]!.post(`/api/evaluation/instances/${pre}/submit`, { data: { answers: knowledgeAnswers(9) }, headers: { [CLOCK]: AFTER } })).status()).toBe(409)

  // 4. Six weeks after the last session: the follow-up goes out, in the participant's language, with a personal link.
  expect((await dispatchAt(new Date(lastEnd + 41 * DAY).toISOString())).invited).toBe(0)
  expect((await dispatchAt(SIX_WEEKS_ON)).invited).toBeGreaterThanOrEqual(10)
  const mail = await waitForMail(KHMER, 15_000, 'evaluation.followUp')
  expect(mail.locale).toBe('km')
  expect(mail.subject).toBe(t('km', 'mail.evaluation.followUp.subject', { form: FOLLOW_UP.title.km! }))
  const link = new URL(/https?:\/\/\S+\/km\/evaluation\/r\/[\w-]{43}/.exec(mail.body)![0])
  // Opened from the mail on another device, not signed in: the personal link is enough.
  const phone = await (await browser.newContext({ extraHTTPHeaders: { [CLOCK]: SIX_WEEKS_ON }, viewport: { width: 390, height: 844 } })).newPage()
  await gotoHydrated(phone, link.pathname)
  await expect(phone.getByTestId('evaluation-form')).toHaveAttribute('data-locale', 'km')
  const matrix = FOLLOW_UP.sections.flatMap(s => s.questions).find(q => q.id === 'practice')!
  if (matrix.type !== 'matrix') throw new Error('the follow-up template changed')
  for (const row of matrix.rows) await phone.locator(`[data-question="practice"] input[name$="-${row.id}"][value="4"]`).check()
  await phone.locator('[data-question="improved"] input[value="4"]').check()
  await submitAndExpectThanks(phone, 'km')

  // 5. The office reads the post-test's results in Chinese: the effect in plain words with n, the breakdown by country.
  await officePage.context().setExtraHTTPHeaders({ [CLOCK]: SIX_WEEKS_ON })
  await gotoHydrated(officePage, `/zh/evaluation/results/${post}`)
  await expect(officePage.getByTestId('results-effect-wording')).toHaveText(t('zh', 'evaluation.stats.effect.largeImprovement', { n: '10' }))
  await expect(officePage.getByTestId('results-effect-n')).toContainText('10')
  await officePage.getByTestId('results-by').selectOption('country')
  await expect(officePage).toHaveURL(/[?&]by=country/)
  const groups = officePage.getByTestId('results-group')
  await expect(groups).toHaveCount(2)
  const countryName = (code: string) => new Intl.DisplayNames(['zh-CN'], { type: 'region' }).of(code)!
  for (const code of ['KH', 'TH']) {
    await expect(groups.filter({ hasText: countryName(code) })).toContainText('5')
  }
  await expect(officePage.getByTestId('results-hidden')).toHaveCount(0)

  // A finding and an action with its owner and due day.
  const finding = '柬埔寨学员的礼仪题得分提升明显，但节日题仍然偏低'
  await officePage.getByTestId('results-finding-form').getByRole('textbox').fill(finding)
  await officePage.getByTestId('results-finding-save').click()
  const recorded = officePage.getByTestId('results-finding')
  await expect(recorded).toHaveCount(1)
  await expect(recorded).toContainText(finding)
  await recorded.getByTestId('results-action-open').click()
  const form = recorded.getByTestId('results-action-form')
  await form.getByRole('textbox').first().fill('下一期培训增加东盟节日单元')
  const due = new Date(Date.parse(SIX_WEEKS_ON) + 30 * DAY).toISOString().slice(0, 10)
  await form.getByTestId('results-action-due').locator('input').or(form.locator('input[type="date"]')).first().fill(due)
  await form.getByTestId('results-action-save').click()
  const action = recorded.getByTestId('results-action')
  await expect(action).toHaveCount(1)
  await expect(action).toContainText('下一期培训增加东盟节日单元')
  const officeName = (await (await office.get('/api/auth/me')).json() as { user: { display_name: string } }).user.display_name
  await expect(action).toContainText(t('zh', 'evaluation.results.findings.me', { name: officeName }))
  await expect(action).toContainText(`${Number(due.slice(0, 4))}年${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日`)

  // 6. The evaluation report in Chinese beside Khmer, downloaded from the results page.
  await officePage.getByTestId('results-report-right').selectOption('km')
  const [download] = await Promise.all([officePage.waitForEvent('download'), officePage.getByTestId('results-report').click()])
  expect(download.suggestedFilename()).toMatch(/-zh-km\.pdf$/)
  const bytes = readFileSync((await download.path())!)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  const text = pdfText(bytes)
  expect(text).toContain(t('zh', 'evaluation.report.responseRate'))
  expect(text).toContain(t('km', 'evaluation.report.title'))
  expect(text).toContain(finding)
  expect(text).toContain(t('zh', 'evaluation.stats.effect.largeImprovement', { n: '10' }))

  for (const api of [office, secretariat, ...others]) await api.dispose()
})
