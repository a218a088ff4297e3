import nodeIcal, { type VEvent } from 'node-ical'
import { expect, test, type Page } from '@playwright/test'
import { DEMO_CONFERENCE_TITLES } from '../../server/domain/demo/conference-title'
import { DEMO, gotoHydrated, languageName, personIn, t, waitForMail } from './helpers'
import { PDF } from './mobility-helpers'

/**
 * Issue 17's story, on the demo conference in Nanning (its call open, three reviewers who accepted): a Thai teacher
 * writes an abstract in Thai and English with a Vietnamese co-author, who confirms from the mail in Vietnamese; the
 * chair's suggestions leave out her Thai colleague (same college), who gets 404 on the submission; a Chinese reviewer
 * reviews it anonymised; the chair accepts it as a talk; the author uploads the camera-ready copy; the chair places it
 * in a session and publishes the programme, read signed out in Burmese and Khmer; the author's iCal holds the talk at
 * 10:00 in Nanning, 09:00 in Bangkok.
 */
const AUTHOR = 'teacher.thai@demo.example'
const COAUTHOR = 'teacher.hanoi@demo.example'
const ZH_REVIEWER = 'teacher.nanning@demo.example'
const TITLE = { th: 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา: บทเรียนจากกว่างซี', en: 'Cross-border internships in vocational education: lessons from Guangxi' }
const ABSTRACT = {
  th: 'เราศึกษานักศึกษาอาชีวะไทยสี่สิบคนที่ฝึกงานในสถานประกอบการที่กว่างซีเป็นเวลาหกเดือน และวัดทักษะก่อนและหลังการฝึกงาน',
  en: 'We followed forty Thai vocational students through six-month internships at enterprises in Guangxi and measured their skills before and after.',
}
const dayIn = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at)
const timeIn = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)

test.describe('an abstract becomes a talk (issue 17)', () => {
  test.describe.configure({ timeout: 300_000 })

  test('Thai author, Vietnamese co-author, conflict-free anonymised review in zh, a talk in the programme read in my and km, the author\'s iCal', async ({ browser }) => {
    // ---- The Thai teacher finds the call and writes her abstract in Thai and English.
    const author = await personIn(browser, AUTHOR, 'th')
    await gotoHydrated(author, '/th/conferences')
    await author.getByRole('link', { name: DEMO_CONFERENCE_TITLES.th! }).click()
    await expect(author).toHaveURL(/\/th\/conferences\/[0-9a-f-]{36}$/)
    const conferenceId = author.url().split('/').pop()!
    await expect(author.getByTestId('call-text')).toContainText('300')
    await author.getByTestId('start-submission').click()
    await expect(author).toHaveURL(/\/submit$/)
    await author.getByTestId('title-input').fill(TITLE.th)
    await author.getByTestId('abstract-input').fill(ABSTRACT.th)
    await expect(author.getByTestId('word-count')).toHaveAttribute('data-words', /^[1-9]\d*$/)
    await author.getByTestId('language-tab-en').click()
    await author.getByTestId('title-input').fill(TITLE.en)
    await author.getByTestId('abstract-input').fill(ABSTRACT.en)
    await expect(author.getByTestId('word-count')).toHaveAttribute('data-words', '21')
    await author.getByTestId('type-select').selectOption('talk')
    await author.getByTestId('track-select').selectOption({ label: 'การบูรณาการอุตสาหกรรมกับการศึกษา' })
    await author.getByTestId('presentation-language').selectOption('th')
    await author.getByTestId('keywords-input').fill('internships, vocational education')
    await expect(author.getByTestId('submitter-name')).toHaveValue('มาลี ศรีสุข')
    await author.getByTestId('save-draft').click()
    await expect(author).toHaveURL(/\/th\/conferences\/submissions\/[0-9a-f-]{36}$/)
    const submissionId = author.url().split('/').pop()!

    // Her Vietnamese co-author, invited by email; the invitation goes out in his language, not hers.
    await author.getByTestId('coauthor-name').fill('Lê Văn Hùng')
    await author.getByTestId('coauthor-email').fill(COAUTHOR)
    await author.getByTestId('coauthor-institution').fill('Red River Technical University')
    await author.getByTestId('coauthor-country').selectOption('VN')
    await author.getByTestId('coauthor-invite').click()
    await expect(author.getByTestId('author-row')).toHaveCount(2)
    await author.getByTestId('submit').click()
    await expect(author.getByTestId('submission-state')).toHaveText(t('th', 'conferences.review.states.submitted'))

    const invitation = await waitForMail(COAUTHOR, 20_000, 'conferences.coauthorInvited')
    expect(invitation.locale).toBe('vi')
    const link = new URL(invitation.body.match(/https?:\/\/\S+\/conferences\/mine\?invite=[\w%-]+/)![0])
    expect(link.pathname).toBe('/vi/conferences/mine')
    const coauthor = await personIn(browser, COAUTHOR, 'vi')
    await gotoHydrated(coauthor, `${link.pathname}${link.search}`)
    await coauthor.getByTestId('accept-invitation').click()
    await expect(coauthor).toHaveURL(new RegExp(`/vi/conferences/submissions/${submissionId}$`))
    await expect(coauthor.getByTestId('author-row').filter({ hasText: 'Lê Văn Hùng' }).getByTestId('author-confirmation'))
      .toHaveText(t('vi', 'conferences.authors.authors.confirmed'))

    // ---- The chair (Nanning, zh): her Thai colleague is not offered, and why; the Chinese teacher is, first by topic.
    const chair = await personIn(browser, DEMO.office, 'zh')
    await gotoHydrated(chair, `/zh/conferences/${conferenceId}/manage`)
    const row = chair.getByTestId('board-submission').filter({ hasText: TITLE.en })
    await row.getByTestId('open-submission').click()
    await expect(row.getByTestId('excluded-reviewer')).toHaveCount(1)
    await expect(row.getByTestId('excluded-reviewer')).toContainText('สมชาย ใจดี')
    await expect(row.getByTestId('excluded-reviewer')).toContainText(t('zh', 'conferences.review.conflictKinds.institution'))
    await expect(row.getByTestId('suggested-reviewer').first()).toContainText('赵老师 Zhao Laoshi')
    await expect(row.getByTestId('suggested-reviewer').filter({ hasText: 'สมชาย ใจดี' })).toHaveCount(0)
    await row.getByTestId('suggested-reviewer').first().getByTestId('assign').click()
    await expect(row.getByTestId('assigned-reviewer')).toContainText('赵老师 Zhao Laoshi')
    // Assigning the colleague anyway (a hand-made request) is refused, in the chair's language.
    const suggestions = await (await chair.request.get(`/api/conferences/${conferenceId}/suggestions/${submissionId}`)).json() as { excluded: { reviewerId: string }[] }
    const forced = await chair.request.post(`/api/conferences/${conferenceId}/assignments`, {
      data: { submissionId, reviewerId: suggestions.excluded[0]!.reviewerId }, headers: { 'x-locale': 'zh' },
    })
    expect(forced.status()).toBe(409)
    expect((await forced.json() as { message: string }).message).toBe(t('zh', 'conferences.errors.conflictOfInterest'))

    // ---- The colleague at the author's college: nothing to review, and the submission's address is a 404.
    const colleague = await personIn(browser, DEMO.partnerThai, 'th')
    const page404 = await colleague.goto(`/th/conferences/submissions/${submissionId}`)
    expect(page404?.status()).toBe(404)
    expect((await colleague.request.get(`/api/conferences/submissions/${submissionId}`)).status()).toBe(404)
    await gotoHydrated(colleague, '/th/conferences/reviews')
    await expect(colleague.getByTestId('review-assignment')).toHaveCount(0)

    // ---- The Chinese reviewer reviews it anonymised: no author, co-author or institution anywhere on the page.
    const reviewer = await personIn(browser, ZH_REVIEWER, 'zh')
    await gotoHydrated(reviewer, '/zh/conferences/reviews')
    await reviewer.getByTestId('review-assignment').filter({ hasText: TITLE.en }).getByTestId('open-review').click()
    await expect(reviewer.getByTestId('anonymised-notice')).toBeVisible()
    await expect(reviewer.getByTestId('review-submission')).toContainText(ABSTRACT.en)
    await expect(reviewer.getByTestId('review-authors')).toHaveCount(0)
    const shown = await reviewer.locator('main').innerText()
    for (const hidden of ['มาลี', 'ศรีสุข', 'Lê Văn Hùng', 'Chao Phraya', 'Red River', 'เจ้าพระยา']) expect(shown).not.toContain(hidden)
    const assignmentId = reviewer.url().split('/').pop()!
    const reviewJson = await (await reviewer.request.get(`/api/conferences/reviews/${assignmentId}`)).text()
    for (const hidden of ['มาลี', 'Lê Văn Hùng', 'Red River Technical University']) expect(reviewJson).not.toContain(hidden)
    for (const c of ['relevance', 'originality', 'clarity', 'overall']) await reviewer.getByTestId(`score-${c}-4`).check()
    await reviewer.getByTestId('comment-authors').fill('研究设计清楚，建议补充企业导师的评价。')
    await reviewer.getByTestId('comment-chair').fill('推荐作为分会场报告。')
    await reviewer.getByTestId('submit-review').click()
    await expect(reviewer.getByTestId('review-final')).toBeVisible()

    // ---- The chair reads the review and accepts it as a talk; the author hears in Thai, with the reviewer's comment.
    await chair.reload()
    await row.getByTestId('open-submission').click()
    await expect(row.getByTestId('chair-review')).toContainText('推荐作为分会场报告。')
    await row.getByTestId('decision-outcome').selectOption('accept')
    await row.getByTestId('decision-type').selectOption('talk')
    await row.getByTestId('decide').click()
    await expect(row.getByTestId('decision')).toBeVisible()
    const decision = await waitForMail(AUTHOR, 20_000, 'conferences.decision')
    expect(decision.locale).toBe('th')
    expect(decision.body).toContain('研究设计清楚')
    await gotoHydrated(author, `/th/conferences/submissions/${submissionId}`)
    await expect(author.getByTestId('decision-review')).toContainText('研究设计清楚')
    await author.getByTestId('camera-ready-input').setInputFiles({ name: 'camera-ready.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect(author.getByTestId('camera-ready-present')).toBeVisible()

    // ---- The programme: a session at 10:00 on the first day in Nanning, in Thai with Chinese and English interpretation.
    const listed = await (await chair.request.get('/api/conferences')).json() as { id: string; starts_at: string }[]
    const firstDay = dayIn(new Date(listed.find(c => c.id === conferenceId)!.starts_at), 'Asia/Shanghai')
    const editor = await (await chair.request.get(`/api/conferences/${conferenceId}/programme/editor`)).json() as { rooms: { id: string }[] }
    const session = await chair.request.post(`/api/conferences/${conferenceId}/programme/sessions`, {
      data: {
        roomId: editor.rooms[0]!.id, title: { zh: '产教融合（一）', en: 'Industry–education integration I', th: 'การบูรณาการอุตสาหกรรมกับการศึกษา 1' },
        startsAtLocal: `${firstDay}T10:00`, endsAtLocal: `${firstDay}T11:30`, language: 'th', interpretationLanguages: ['zh', 'en'],
      },
    })
    expect(session.status(), await session.text()).toBeLessThan(300)
    await gotoHydrated(chair, `/zh/conferences/${conferenceId}/manage/programme`)
    // The talk is chosen in the session (the timetable also takes a dragged talk; headless Chromium started no drag here).
    await expect(chair.getByTestId('unplaced-talk').filter({ hasText: TITLE.en })).toBeVisible()
    await chair.getByTestId('assign-select').first().click()
    await chair.getByRole('option', { name: TITLE.en }).click()
    await chair.getByTestId('assign-talk').first().click()
    await expect(chair.getByTestId('editor-talk')).toContainText(TITLE.en)
    await expect(chair.getByTestId('no-conflicts')).toBeVisible()
    await chair.getByTestId('publish-programme').click()
    await expect(chair.getByTestId('publish-state')).not.toHaveText(t('zh', 'conferences.programme.manage.notPublished'))

    const talkStart = new Date(`${firstDay}T02:00:00.000Z`)
    // ---- Read signed out, in Burmese and in Khmer: the talk, its Thai session language, interpretation and speakers.
    const visitor = await (await browser.newContext()).newPage()
    for (const locale of ['my', 'km'] as const) {
      await gotoHydrated(visitor, `/${locale}/conferences/${conferenceId}/programme`)
      await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'conferences.programme.title'))
      await expect(visitor.locator('main')).toContainText(DEMO_CONFERENCE_TITLES[locale]!)
      const talk = visitor.getByTestId('programme-talk').filter({ hasText: TITLE.en })
      await expect(talk).toHaveCount(1)
      await expect(talk.getByTestId('speaker-link').first()).toHaveText('มาลี ศรีสุข')
      await expect(visitor.getByTestId('session-language')).toContainText(languageName(locale, 'th'))
      await expect(visitor.getByTestId('session-interpretation')).toContainText(languageName(locale, 'zh'))
      // Burmese and Khmer write their own digits: the instant is read from the <time> element.
      await expect(visitor.getByTestId('programme-session').filter({ has: talk }).getByTestId('time-there').first())
        .toHaveAttribute('datetime', talkStart.toISOString())
    }

    // ---- The author: her talk on her agenda, at 10:00 in Nanning and 09:00 her time in Bangkok, and so in her calendar.
    await gotoHydrated(author, `/th/conferences/${conferenceId}/programme`)
    const mine = author.getByTestId('programme-talk').filter({ hasText: TITLE.th })
    await expect(mine.getByTestId('own-talk')).toHaveText(t('th', 'conferences.programme.agenda.ownTalk'))
    const itsSession = author.getByTestId('programme-session').filter({ has: mine })
    await expect(itsSession.getByTestId('time-there').first()).toContainText('10:00')
    await expect(itsSession.getByTestId('time-viewer').first()).toHaveAttribute('data-zone', 'Asia/Bangkok')
    await expect(itsSession.getByTestId('time-viewer').first()).toContainText('09:00')
    const ics = await author.request.get(`/api/conferences/${conferenceId}/programme/agenda.ics`)
    expect(ics.status()).toBe(200)
    const text = await ics.text()
    expect(text).toMatch(new RegExp(`DTSTART;TZID=Asia/Shanghai:${firstDay.replaceAll('-', '')}T100000`))
    const events = Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')
    expect(events).toHaveLength(1)
    const start = new Date(events[0]!.start)
    expect([timeIn(start, 'Asia/Bangkok'), timeIn(start, 'Asia/Shanghai')]).toEqual(['09:00', '10:00'])
    expect(String(events[0]!.summary)).toContain(TITLE.th)
    await screenshotProgramme(visitor)
  })
})

async function screenshotProgramme(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: 'test-results/screenshots/conference-programme-km.png', fullPage: true })
}
