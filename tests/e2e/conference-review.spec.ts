import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT, errorBeside, gotoHydrated, personIn, t } from './helpers'

/**
 * The review side's own pages (the whole issue's e2e comes later): the Nanning office opens the call on a conference
 * activity from its page, sets the call in Thai, and the chair's board and the reviewer queue read in th and km.
 */
test.describe('conference review pages', () => {
  test.describe.configure({ timeout: 180_000 })

  test('the organiser opens the call from the activity page; the board and the reviewer queue in th and km', async ({ browser }) => {
    const office = await personIn(browser, 'office.nanning@demo.example', 'th')
    const institutions = (await (await office.request.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }).items
    const nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
    const created = await office.request.post('/api/calendar/activities', {
      data: { kind: 'conference', title: { en: 'China–ASEAN vocational education conference', th: 'การประชุมวิชาการอาชีวศึกษาจีน–อาเซียน' },
        timeZone: 'Asia/Shanghai', mode: 'online', onlineUrl: 'https://meet.example/conf', organiserIds: [nanning] },
    })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const { id: activityId } = await created.json() as { id: string }

    await gotoHydrated(office, `/th/activities/${activityId}`)
    await office.getByTestId('open-conference-call').click()
    await expect(office).toHaveURL(/\/th\/conferences\/[0-9a-f-]{36}\/manage$/)
    await expect(office.getByRole('heading', { level: 1 })).toHaveText(t('th', 'conferences.review.board.title'))
    await expect(office.getByTestId('no-submissions')).toHaveText(t('th', 'conferences.review.board.noSubmissions'))
    await office.getByTestId('word-limit').fill('250')
    await office.getByTestId('deadline').fill('2099-01-31T23:59')
    await office.getByTestId('save-settings').click()
    await expect(office.getByRole('status')).toHaveText(t('th', 'conferences.review.settings.saved'))
    await office.reload()
    await expect(office.getByTestId('word-limit')).toHaveValue('250')
    await expect(office.getByTestId('deadline')).toHaveValue('2099-01-31T23:59')

    const dir = join(ROOT, 'test-results', 'screenshots')
    await mkdir(dir, { recursive: true })
    await office.setViewportSize({ width: 1280, height: 900 })
    await office.screenshot({ path: join(dir, 'conference-board-th.png'), fullPage: true })
    await gotoHydrated(office, office.url().replace('/th/', '/km/'))
    await expect(office.getByRole('heading', { level: 1 })).toHaveText(t('km', 'conferences.review.board.title'))
    await office.screenshot({ path: join(dir, 'conference-board-km.png'), fullPage: true })
    await gotoHydrated(office, office.url().replace(/manage$/, 'manage/reviewers'))
    await office.screenshot({ path: join(dir, 'conference-reviewers-km.png'), fullPage: true })
    await gotoHydrated(office, '/km/conferences/reviews')
    await expect(office.getByTestId('no-assignments')).toHaveText(t('km', 'conferences.review.queue.empty'))
    await office.screenshot({ path: join(dir, 'conference-queue-km.png'), fullPage: true })
  })

  test('a reviewer declares a conflict with an assigned abstract and an institution; the chair sees and removes one (th)', async ({ browser }) => {
    const office = await personIn(browser, 'office.nanning@demo.example', 'th')
    const author = await personIn(browser, 'partner.thai@demo.example', 'th')
    const reviewer = await personIn(browser, 'teacher.nanning@demo.example', 'th')
    const api = async (page: typeof office, method: 'post' | 'get', path: string, data?: unknown) => {
      const reply = await page.request[method](path, { data })
      expect(reply.status(), `${method} ${path}: ${await reply.text()}`).toBeLessThan(300)
      return reply.json()
    }
    const institutions = (await api(office, 'get', '/api/institutions')).items as { id: string; slug: string }[]
    const nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
    const thai = institutions.find(i => i.slug === 'chao-phraya-technical')!.id
    const { id: activityId } = await api(office, 'post', '/api/calendar/activities', {
      kind: 'conference', title: { en: 'Declarations conference', th: 'การประชุมเรื่องการแจ้งผลประโยชน์ทับซ้อน' },
      timeZone: 'Asia/Shanghai', mode: 'online', onlineUrl: 'https://meet.example/conf', organiserIds: [nanning],
    })
    const { id: conferenceId } = await api(office, 'post', `/api/conferences/for-activity/${activityId}`, {
      callText: { en: 'Call for abstracts' }, submissionDeadlineLocal: '2099-01-31T23:59',
    })
    // Published, so that the call is open to authors of other institutions.
    await api(office, 'post', `/api/calendar/activities/${activityId}/steps`, { action: 'publish' })
    const { id: submissionId } = await api(author, 'post', `/api/conferences/${conferenceId}/submissions`, {
      type: 'talk', title: { th: 'ครูพี่เลี้ยงในสถานประกอบการ', en: 'Workplace mentors' }, abstract: { en: 'Mentors of Thai interns.' },
      keywords: ['mentors'], presentationLanguage: 'th', submitter: { displayName: 'สมชาย ใจดี', institutionId: thai, country: 'TH' },
    })
    await api(author, 'post', `/api/conferences/submissions/${submissionId}/step`, { action: 'submit' })
    const [teacher] = await api(office, 'get', `/api/conferences/${conferenceId}/reviewers/candidates?q=Zhao`) as { id: string }[]
    const { id: reviewerId } = await api(office, 'post', `/api/conferences/${conferenceId}/reviewers`, { personId: teacher!.id })
    await api(reviewer, 'post', `/api/conferences/reviews/invitations/${reviewerId}`, { accept: true })
    const { id: assignmentId } = await api(office, 'post', `/api/conferences/${conferenceId}/assignments`, { submissionId, reviewerId })

    await gotoHydrated(reviewer, `/th/conferences/reviews/${assignmentId}`)
    await reviewer.getByTestId('open-submission-conflict').click()
    await reviewer.getByTestId('submission-conflict-reason').fill('รู้จักผู้เขียน')
    await reviewer.getByTestId('declare-submission-conflict').click()
    await expect(reviewer).toHaveURL(/\/th\/conferences\/reviews\?declared=conflict$/)
    await expect(reviewer.getByTestId('conflict-declared-notice')).toContainText(t('th', 'conferences.review.queue.conflictNotice'))
    await expect(reviewer.getByTestId('no-assignments')).toBeVisible()
    // Teacher Zhao also reviews for the demo conference: this conference's panel, opened.
    const panel = reviewer.locator(`[data-testid="conference-declarations"][data-conference="${conferenceId}"]`)
    if (await panel.getAttribute('open') === null) await panel.locator('summary').click()
    await expect(panel.getByTestId('declared-conflict')).toHaveText(new RegExp(t('th', 'conferences.review.declarations.withSubmission')))
    await panel.getByTestId('conflict-subject-institution').check()
    await panel.getByTestId('conflict-institution').selectOption(thai)
    await panel.getByTestId('declare-conflict-button').click()
    await expect(panel.getByTestId('declared-conflict')).toHaveCount(2)
    await expect(panel.locator('[data-testid="declared-conflict"][data-subject="institution"]')).toBeVisible()
    const dir = join(ROOT, 'test-results', 'screenshots')
    await mkdir(dir, { recursive: true })
    await reviewer.screenshot({ path: join(dir, 'conference-declarations-th.png'), fullPage: true })

    await gotoHydrated(office, `/th/conferences/${conferenceId}/manage/reviewers`)
    const conflicts = office.getByTestId('reviewer-conflicts')
    await expect(conflicts).toHaveAttribute('data-count', '2')
    await conflicts.locator('summary').click()
    await conflicts.locator('[data-testid="reviewer-conflict"][data-subject="institution"]').getByTestId('remove-conflict').click()
    await expect(conflicts).toHaveAttribute('data-count', '1')
    await expect(conflicts.getByTestId('reviewer-conflict')).toContainText('ครูพี่เลี้ยงในสถานประกอบการ')
    // Declaring for the reviewer with nobody picked: said beside the person search, by its Thai label, which is focused.
    await conflicts.getByTestId('declare-for-reviewer').click()
    await conflicts.getByTestId('chair-declare-conflict-button').click()
    const search = conflicts.getByTestId('chair-conflict-person').getByTestId('person-search').locator('input').or(
      conflicts.getByTestId('chair-conflict-person').locator('input[data-testid="person-search"]')).first()
    await expect(search).toBeFocused()
    await expect(await errorBeside(office, search)).toHaveText(t('th', 'forms.issues.required'))
    await expect(conflicts.getByTestId('form-errors')).toContainText(t('th', 'conferences.review.declarations.searchPerson'))
    await office.screenshot({ path: join(dir, 'conference-reviewer-conflicts-th.png'), fullPage: true })
  })
})
