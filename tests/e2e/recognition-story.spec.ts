import { expect, test, type Locator, type Page } from '@playwright/test'
import { CHECKLIST_KEYS } from '../../shared/mobility/vocabulary'
import { errorBeside, gotoHydrated, personIn, switchLanguage, t } from './helpers'

// Issue 18's story: a Khmer student of the Mekong Institute (Phnom Penh) studies a semester in Nanning. The learning
// agreement is drafted on a phone, signed by the three parties, changed during the mobility; Nanning issues the
// transcript; the Phnom Penh office recognizes four courses with their conversion trails and refuses one, in Khmer;
// the next Phnom Penh student drafting with the same Nanning course is offered that precedent.
const STUDENT = 'student.phnompenh@demo.example'
const NEXT_STUDENT = 'student.cambodia@demo.example'
const HOME = 'office.phnompenh@demo.example'
const HOST = 'office.nanning@demo.example'

interface Line { code: string; title: string; credits: string; label: string; group: string }
const HOST_LINES: Line[] = [
  { code: 'ROB2101', title: '工业机器人技术', credits: '3', label: '学分', group: 'A' },
  { code: 'PLC1203', title: 'PLC 与人机界面', credits: '2', label: '学分', group: 'B' },
  { code: 'CHN1001', title: '综合汉语', credits: '4', label: '学分', group: 'C' },
  { code: 'CAD1102', title: '机械制图与 CAD', credits: '2', label: '学分', group: 'D' },
  { code: 'MV2201', title: '机器视觉基础', credits: '2', label: '学分', group: 'E' },
]
const HOME_LINES: Line[] = [
  { code: 'MEC310', title: 'ប្រព័ន្ធមេកាត្រូនិច', credits: '2', label: 'ក្រេឌីត', group: 'A' },
  { code: 'EE3105', title: 'ប្រព័ន្ធបញ្ជាស្វ័យប្រវត្តិ', credits: '1', label: 'ក្រេឌីត', group: 'B' },
  { code: 'LAN1201', title: 'ភាសាចិន', credits: '3', label: 'ក្រេឌីត', group: 'C' },
  { code: 'ENG2104', title: 'គំនូរបច្ចេកទេស', credits: '1', label: 'ក្រេឌីត', group: 'D' },
  { code: 'ELE4000', title: 'មុខវិជ្ជាជ្រើសរើសសេរី', credits: '1', label: 'ក្រេឌីត', group: 'E' },
]
const SWAP = { from: 'MV2201', to: { code: 'IOT2301', title: '物联网技术', credits: '2', label: '学分', group: 'E' } }
const REFUSED = 'ENG2104'
const JUSTIFICATION = 'មាតិកាគំនូរបច្ចេកទេសនៅណានីងខ្លីជាងមុខវិជ្ជារបស់យើងពាក់កណ្តាល'

/** An input inside a scope by its test id (Nuxt UI puts the id on the input or on its wrapper). */
const input = (scope: Locator, testId: string) => scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input, textarea[data-testid="${testId}"], [data-testid="${testId}"] textarea`).first()

async function fillLine(line: Locator, values: Line) {
  await input(line, 'la-code').fill(values.code)
  await input(line, 'la-title').fill(values.title)
  await input(line, 'la-credits').fill(values.credits)
  await input(line, 'la-credit-label').fill(values.label)
  await input(line, 'la-group').fill(values.group)
}

async function addLines(page: Page, side: 'host' | 'home', lines: Line[]) {
  for (const line of lines) {
    await page.getByTestId(`la-add-${side}`).click()
    await fillLine(page.getByTestId(`la-edit-${side}`).getByTestId('la-edit-line').last(), line)
  }
}

async function openAgreement(page: Page, locale: string, applicationId: string) {
  await gotoHydrated(page, `/${locale}/mobility/learning-agreement/${applicationId}`)
  await expect(page.getByTestId('la-title')).toHaveText(t(locale, 'learningAgreements.title'))
}

/** A step of the application through its API, as the office or the student would take it on the application page. */
async function takeStep(page: Page, applicationId: string, action: string) {
  const { revision } = await (await page.request.get(`/api/mobility/applications/${applicationId}`)).json() as { revision: number }
  const reply = await page.request.post(`/api/mobility/applications/${applicationId}/steps`, { data: { action, revision } })
  expect(reply.status(), `${action}: ${await reply.text()}`).toBe(200)
}

async function applicationOf(student: Page, state: string) {
  const mine = await (await student.request.get('/api/mobility/applications')).json() as { id: string; state: string }[] | { items: { id: string; state: string }[] }
  return (Array.isArray(mine) ? mine : mine.items).find(a => a.state === state)?.id
}

/** The next Phnom Penh student applies to the same spring call (through the API: the application is not this story). */
async function nextApplication(next: Page, home: Page) {
  const calls = await (await next.request.get('/api/mobility/calls?open=true')).json() as { id: string; title: Record<string, string> }[] | { items: { id: string; title: Record<string, string> }[] }
  const callId = (Array.isArray(calls) ? calls : calls.items).find(c => c.title.en === 'Spring semester call')!.id
  const institutions = await (await next.request.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }
  const homeInstitutionId = institutions.items.find(i => i.slug === 'mekong-institute-technology')!.id
  // Another spec (accessibility) may have left her a draft on this call: she goes on with it.
  const created = await next.request.post('/api/mobility/applications', { data: { callId, homeInstitutionId } })
  expect([201, 409], await created.text()).toContain(created.status())
  const reply = await created.json() as { id?: string; data?: { applicationId: string } }
  const id = reply.id ?? reply.data!.applicationId
  const form = {
    latinName: 'Sok Dara', nativeName: 'សុខ ដារា', emergencyContact: { name: 'Sok Chenda', phone: '+85512000111', relation: 'ម្តាយ / mother' },
    preferredCourses: 'Industrial robotics', studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level: 'HSK3', issuer: 'Confucius Institute' }],
    motivation: 'ខ្ញុំចង់រៀនមនុស្សយន្តឧស្សាហកម្មនៅណានីង។', teachingPlan: '', teachingHours: null,
  }
  const { revision } = await (await next.request.get(`/api/mobility/applications/${id}`)).json() as { revision: number }
  const saved = await next.request.put(`/api/mobility/applications/${id}`, {
    data: { revision, form, private: { passportNumber: 'N0123987', passportExpiry: '2032-05-01', nationality: 'KH' } },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  const file = await (await next.request.post('/api/files', {
    multipart: { file: { name: 'transcript.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') } },
  })).json() as { id: string }
  expect((await next.request.put(`/api/mobility/applications/${id}/documents/transcript`, { data: { fileId: file.id } })).status()).toBe(200)
  await takeStep(next, id, 'submit')
  await takeStep(home, id, 'nominate')
  return id
}

test('a Khmer student\'s learning agreement with Nanning and the Phnom Penh office: signed, changed during the mobility, transcript, four courses recognized with trails and one refused in Khmer, the precedent offered to the next student', async ({ browser }) => {
  test.setTimeout(300_000)
  const student = await personIn(browser, STUDENT, 'km')
  await student.setViewportSize({ width: 390, height: 844 })
  const home = await personIn(browser, HOME, 'km')
  const host = await personIn(browser, HOST, 'zh')

  // The Phnom Penh office nominates the student's submitted application to Nanning (the demo left it submitted).
  const applicationId = (await applicationOf(student, 'submitted'))!
  await takeStep(home, applicationId, 'nominate')

  // The student drafts on a phone, in Khmer: five Nanning courses and the five home courses they stand for.
  await gotoHydrated(student, `/km/mobility/applications/${applicationId}`)
  await student.getByTestId('open-learning-agreement').click()
  await expect(student.getByTestId('la-title')).toHaveText(t('km', 'learningAgreements.title'))
  await student.getByTestId('la-create').click()
  await expect(student.getByTestId('la-state-draft')).toHaveText(t('km', 'learningAgreements.states.draft'))
  await addLines(student, 'host', HOST_LINES)
  await addLines(student, 'home', HOME_LINES)
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await student.getByTestId('la-propose').click()
  await expect(student.getByTestId('la-state-proposed')).toHaveText(t('km', 'learningAgreements.states.proposed'))
  await expect(student.getByTestId('la-line-LAN1201')).toContainText('ភាសាចិន')
  await student.getByTestId('la-sign-student').click()
  await expect(student.getByTestId('la-notice')).toHaveText(t('km', 'learningAgreements.signedNotice'))

  // The Phnom Penh office (km) finds it on its dashboard, waiting for its signature as the sending institution, and
  // follows the link; it signs, and cannot sign for Nanning. Nanning (zh) signs: the version is signed.
  await gotoHydrated(home, '/km/dashboard')
  const waiting = home.locator(`[data-testid="dashboard-learning-agreement"][href$="/mobility/learning-agreement/${applicationId}"]`)
  await expect(waiting).toContainText(t('km', 'learningAgreements.parties.sending'))
  await waiting.click()
  await expect(home).toHaveURL(new RegExp(`/km/mobility/learning-agreement/${applicationId}$`))
  await expect(home.getByTestId('la-title')).toHaveText(t('km', 'learningAgreements.title'))
  await expect(home.getByTestId('la-sign-receiving')).toHaveCount(0)
  await home.getByTestId('la-sign-sending').click()
  await expect(home.getByTestId('la-notice')).toHaveText(t('km', 'learningAgreements.signedNotice'))
  await openAgreement(host, 'zh', applicationId)
  await expect(host.getByTestId('la-line-MEC310')).toContainText('ប្រព័ន្ធមេកាត្រូនិច')
  await host.getByTestId('la-sign-receiving').click()
  await expect(host.getByTestId('la-state-signed')).toHaveText(t('zh', 'learningAgreements.states.signed'))

  // The mobility starts: Nanning accepts, the student confirms and completes the checklist, the home office sees her off.
  await takeStep(host, applicationId, 'accept')
  await takeStep(student, applicationId, 'confirm')
  for (const key of CHECKLIST_KEYS) {
    const done = await student.request.put(`/api/mobility/applications/${applicationId}/checklist/${key}`, { data: { status: 'done' } })
    expect(done.status(), await done.text()).toBe(200)
  }
  await takeStep(home, applicationId, 'depart')

  // During the mobility Nanning cancels machine vision: the student proposes a change. The home office saves the draft
  // first, so the student's save on the older revision is refused (409), in Khmer; she swaps the course again.
  await openAgreement(student, 'km', applicationId)
  await student.getByTestId('la-new-version').click()
  await expect(student.getByTestId('la-state-draft')).toBeVisible()
  interface Component { side: string; code: string; title: Record<string, string>; credits: string; credit_label: string; recognition_group: string | null }
  type Reply = { learning_agreement: { id: string; versions: { number: number; revision: number; components: Component[] }[] } }
  const { learning_agreement: la } = await (await home.request.get(`/api/learning-agreements?applicationId=${applicationId}`)).json() as Reply
  const draft = la.versions[0]!
  const components = draft.components.map(c => ({
    side: c.side, code: c.code, title: c.title, credits: Number(c.credits), creditLabel: c.credit_label, term: 'Spring 2027', recognitionGroup: c.recognition_group,
  }))
  expect((await home.request.put(`/api/learning-agreements/${la.id}/draft`, { data: { version: draft.number, revision: draft.revision, components } })).status()).toBe(200)
  const swapped = student.getByTestId('la-edit-host').getByTestId('la-edit-line').nth(HOST_LINES.findIndex(l => l.code === SWAP.from))
  await fillLine(swapped, SWAP.to)
  await student.getByTestId('la-save').click()
  await expect(student.getByTestId('la-error')).toHaveText(t('km', 'learningAgreements.errors.staleVersion', { version: 2 }))
  await fillLine(student.getByTestId('la-edit-host').getByTestId('la-edit-line').nth(HOST_LINES.findIndex(l => l.code === SWAP.from)), SWAP.to)
  await student.getByTestId('la-propose').click()
  await expect(student.getByTestId('la-state-proposed')).toBeVisible()
  await expect(student.getByTestId('la-diff-removed')).toContainText(SWAP.from)
  await expect(student.getByTestId('la-diff-added')).toContainText(SWAP.to.code)
  await student.getByTestId('la-sign-student').click()
  await expect(student.getByTestId('la-notice')).toBeVisible()
  for (const [page, locale, party] of [[home, 'km', 'sending'], [host, 'zh', 'receiving']] as const) {
    await openAgreement(page, locale, applicationId)
    await page.getByTestId(`la-sign-${party}`).click()
    await expect(page.getByTestId('la-notice')).toBeVisible()
  }
  await openAgreement(student, 'km', applicationId)
  await expect(student.getByTestId('la-version')).toHaveText(t('km', 'learningAgreements.version', { number: 2 }))
  await expect(student.getByTestId('la-state-signed')).toBeVisible()

  // Nanning (zh) enters a passed result for every course of the signed version and issues the transcript.
  await openAgreement(host, 'zh', applicationId)
  const transcript = host.getByTestId('recognition-panel')
  await expect(transcript).toBeVisible()
  for (const line of [...HOST_LINES.filter(l => l.code !== SWAP.from), SWAP.to]) await input(host.locator('body'), `result-grade-${line.code}`).fill('80–89')
  await host.getByTestId('transcript-save').click()
  await expect(host.getByTestId('recognition-notice')).toHaveText(t('zh', 'recognition.saved'))
  await host.getByTestId('transcript-issue').click()
  await expect(host.getByTestId('transcript-issued')).toBeVisible()

  // The Phnom Penh office recognizes four courses, each with its conversion trail, and refuses technical drawing
  // with a justification written in Khmer.
  await openAgreement(home, 'km', applicationId)
  for (const line of HOME_LINES.filter(l => l.code !== REFUSED)) {
    // The grade through the office's own table for Nanning's marks (server/domain/demo/credits.ts): 80–89 becomes B+.
    await home.getByTestId(`decision-grade-${line.code}`).selectOption({ label: `${t('km', 'recognition.fixedTable')} Nanning 0–100 → Mekong A–F` })
    await home.getByTestId(`decide-${line.code}`).click()
    await expect(home.getByTestId(`decision-state-${line.code}`)).toHaveText(t('km', 'recognition.states.recognized'))
    await expect(home.getByTestId(`decision-trail-${line.code}`)).toBeVisible()
  }
  // Nanning's 3 credits × 32 h = 96 h; Mekong counts 45 h a credit: 2.13, rounded to the nearest half, 2.
  await expect(home.getByTestId('decision-trail-MEC310')).toContainText('96')
  await expect(home.getByTestId('decision-MEC310')).toContainText(t('km', 'recognition.convertedGrade', { grade: 'B+' }))
  await home.getByTestId(`decision-outcome-${REFUSED}`).selectOption('not_recognized')
  // A refusal without its justification is told beside the field, by its Khmer label, and the field is focused.
  const justification = input(home.getByTestId(`decision-${REFUSED}`), `decision-justification-input-${REFUSED}`)
  await home.getByTestId(`decide-${REFUSED}`).click()
  await expect(justification).toBeFocused()
  await expect(await errorBeside(home, justification)).toHaveText(t('km', 'forms.issues.required'))
  await expect(home.getByTestId(`decision-${REFUSED}`).getByTestId('form-errors')).toContainText(t('km', 'recognition.justification'))
  await justification.fill(JUSTIFICATION)
  await home.getByTestId(`decision-${REFUSED}`).locator('select').last().selectOption('km')
  await home.getByTestId(`decide-${REFUSED}`).click()
  await expect(home.getByTestId(`decision-state-${REFUSED}`)).toHaveText(t('km', 'recognition.states.refused'))

  // The student reads it in Khmer on her phone: four courses recognized with their trails, the refusal's reason.
  await openAgreement(student, 'km', applicationId)
  for (const line of HOME_LINES.filter(l => l.code !== REFUSED)) await expect(student.getByTestId(`decision-trail-${line.code}`)).toBeVisible()
  await expect(student.getByTestId(`decision-justification-${REFUSED}`)).toContainText(JUSTIFICATION)
  await expect(student.getByTestId('recognition-totals')).toBeVisible()
  // She appeals the refusal once, with a comment; the appeal button is gone after.
  await input(student.getByTestId(`decision-${REFUSED}`), `appeal-comment-${REFUSED}`).fill('សូមពិនិត្យម្តងទៀត៖ ខ្ញុំបានរៀនគំនូរ CAD ៦៤ ម៉ោង')
  await student.getByTestId(`appeal-${REFUSED}`).click()
  await expect(student.getByTestId(`decision-state-${REFUSED}`)).toHaveText(t('km', 'recognition.states.appealed'))
  await expect(student.getByTestId(`appeal-${REFUSED}`)).toHaveCount(0)
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await student.screenshot({ path: 'test-results/screenshots/recognition-km-390.png', fullPage: true })

  // The next Phnom Penh student drafts with the same Nanning robotics course and is offered the precedent.
  const next = await personIn(browser, NEXT_STUDENT, 'km')
  const nextId = await nextApplication(next, home)
  await gotoHydrated(next, `/km/mobility/learning-agreement/${nextId}`)
  await next.getByTestId('la-create').click()
  await addLines(next, 'host', [HOST_LINES[0]!])
  await addLines(next, 'home', [HOME_LINES[0]!])
  // Read in Lao before saving: the typed lines are kept.
  await switchLanguage(next, 'lo')
  await expect(next.locator('h1[data-testid="la-title"]')).toHaveText(t('lo', 'learningAgreements.title'))
  await expect(input(next.getByTestId('la-edit-host'), 'la-code')).toHaveValue(HOST_LINES[0]!.code)
  await expect(input(next.getByTestId('la-edit-home'), 'la-code')).toHaveValue(HOME_LINES[0]!.code)
  await expect(input(next.getByTestId('la-edit-home'), 'la-group')).toHaveValue(HOME_LINES[0]!.group)
  await next.getByTestId('la-save').click()
  await expect(next.getByTestId('la-precedent-ROB2101')).toContainText('MEC310')
})
