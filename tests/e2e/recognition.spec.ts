import { expect, test, type Locator, type Page } from '@playwright/test'
import { gotoHydrated, personIn, t } from './helpers'

const STUDENT = 'student.hanoi@demo.example'
const SENDING = 'office.hanoi@demo.example'
const RECEIVING = 'office.nanning@demo.example'
const LINES = [
  { side: 'host', code: 'RB101', title: { zh: '机器人基础', en: 'Robotics basics' }, credits: 3, creditLabel: 'CN credits', term: '', recognitionGroup: 'R' },
  { side: 'host', code: 'CAD102', title: { zh: '计算机辅助设计', en: 'CAD' }, credits: 2, creditLabel: 'CN credits', term: '', recognitionGroup: 'C' },
  { side: 'home', code: 'ROB300', title: { km: 'មនុស្សយន្ត', en: 'Robotics' }, credits: 2, creditLabel: 'tín chỉ', term: '', recognitionGroup: 'R' },
  { side: 'home', code: 'CAD200', title: { km: 'គំនូរកុំព្យូទ័រ', en: 'Computer drawing' }, credits: 2, creditLabel: 'tín chỉ', term: '', recognitionGroup: 'C' },
]
const JUSTIFICATION = 'មាតិកាមិនត្រូវគ្នាជាមួយមុខវិជ្ជានៅសាលា'
const input = (scope: Locator, testId: string) => scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input, textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first()

/** The demo's Hanoi student's learning agreement, signed by the three parties (started here unless another story did). */
async function signedAgreement(student: Page, sending: Page, receiving: Page) {
  const mine = await (await student.request.get('/api/mobility/applications')).json() as { id: string; state: string }[] | { items: { id: string; state: string }[] }
  const applicationId = (Array.isArray(mine) ? mine : mine.items).find(a => a.state === 'nominated')!.id
  const existing = await (await student.request.get(`/api/learning-agreements?applicationId=${applicationId}`)).json()
  if (existing.learning_agreement?.versions.some((v: { state: string }) => v.state === 'signed')) return applicationId
  const la = existing.learning_agreement ?? await (await student.request.post('/api/learning-agreements', { data: { applicationId } })).json()
  const base = `/api/learning-agreements/${la.id}`
  expect((await student.request.put(`${base}/draft`, { data: { version: 1, revision: 1, components: LINES } })).status()).toBe(200)
  const proposed = await (await student.request.post(`${base}/propose`, { data: { version: 1, revision: 2 } })).json()
  const contentHash = proposed.versions[0].content_hash
  for (const [page, party] of [[student, 'student'], [sending, 'sending'], [receiving, 'receiving']] as const) {
    expect((await page.request.post(`${base}/sign`, { data: { version: 1, party, contentHash } })).status()).toBe(200)
  }
  return applicationId
}

test('Nanning (zh) enters and issues the transcript; Hanoi\'s office recognizes one course with its trail and refuses one in Khmer; the student reads it on a phone and appeals once', async ({ browser }) => {
  test.setTimeout(240_000)
  const student = await personIn(browser, STUDENT, 'km')
  await student.setViewportSize({ width: 390, height: 844 })
  const sending = await personIn(browser, SENDING, 'vi')
  const receiving = await personIn(browser, RECEIVING, 'zh')
  const applicationId = await signedAgreement(student, sending, receiving)

  // The host office enters a passed result for every host line and issues the transcript.
  await gotoHydrated(receiving, `/zh/mobility/learning-agreement/${applicationId}`)
  const panel = receiving.getByTestId('recognition-panel')
  await expect(panel).toBeVisible()
  const lines = panel.locator('li[data-testid^="transcript-"]')
  for (const line of await lines.all()) {
    await input(line, `result-grade-${(await line.getAttribute('data-testid'))!.slice('transcript-'.length)}`).fill('80–89')
  }
  expect(await lines.count()).toBeGreaterThan(0)
  await receiving.getByTestId('transcript-save').click()
  await expect(receiving.getByTestId('recognition-notice')).toHaveText(t('zh', 'recognition.saved'))
  await receiving.getByTestId('transcript-issue').click()
  await expect(receiving.getByTestId('transcript-issued')).toBeVisible()

  // The home office: the first home line recognized (the conversion trail shows), the last refused with a Khmer justification.
  await gotoHydrated(sending, `/vi/mobility/learning-agreement/${applicationId}`)
  const homeLines = sending.locator('li[data-testid^="decision-"]')
  const codes = await Promise.all((await homeLines.all()).map(async l => (await l.getAttribute('data-testid'))!.slice('decision-'.length)))
  const [first, last] = [codes[0]!, codes[codes.length - 1]!]
  await sending.getByTestId(`decide-${first}`).click()
  await expect(sending.getByTestId(`decision-state-${first}`)).toHaveText(t('vi', 'recognition.states.recognized'))
  await expect(sending.getByTestId(`decision-trail-${first}`)).toBeVisible()
  if (last !== first) {
    await sending.getByTestId(`decision-outcome-${last}`).selectOption('not_recognized')
    await input(sending.getByTestId(`decision-${last}`), `decision-justification-input-${last}`).fill(JUSTIFICATION)
    await sending.getByTestId(`decision-${last}`).locator('select').last().selectOption('km')
    await sending.getByTestId(`decide-${last}`).click()
    await expect(sending.getByTestId(`decision-state-${last}`)).toHaveText(t('vi', 'recognition.states.refused'))
  }

  // The student, in Khmer on a phone: the trail, the justification in Khmer, an appeal once.
  await gotoHydrated(student, `/km/mobility/learning-agreement/${applicationId}`)
  await expect(student.getByTestId(`decision-trail-${first}`)).toBeVisible()
  await expect(student.getByTestId('recognition-totals')).toBeVisible()
  if (last !== first) {
    await expect(student.getByTestId(`decision-justification-${last}`)).toContainText(JUSTIFICATION)
    await input(student.getByTestId(`decision-${last}`), `appeal-comment-${last}`).fill('សូមពិនិត្យម្តងទៀត')
    await student.getByTestId(`appeal-${last}`).click()
    await expect(student.getByTestId(`decision-state-${last}`)).toHaveText(t('km', 'recognition.states.appealed'))
    await expect(student.getByTestId(`appeal-${last}`)).toHaveCount(0)
  }
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
