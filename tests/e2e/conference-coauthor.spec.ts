import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT, gotoHydrated, personIn, t } from './helpers'

/**
 * A Nanning teacher, reading in Thai, adds a co-author from the directory: types a part of the name, picks the Malaysian
 * reviewer, the form fills itself (no email shown, the invitation in her own language) and the list names her. A Khmer
 * reader sees the conference's title with the language it fell back to.
 */
test.describe('conference co-author picker', () => {
  test.describe.configure({ timeout: 180_000 })

  test('the author picks a co-author from the directory in Thai; a second pick of her is not offered', async ({ browser }) => {
    const office = await personIn(browser, 'office.nanning@demo.example', 'th')
    const institutions = (await (await office.request.get('/api/institutions')).json() as { items: { id: string; slug: string }[] }).items
    const nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
    const created = await office.request.post('/api/calendar/activities', {
      data: { kind: 'conference', title: { en: 'Vocational teaching across borders', th: 'การสอนอาชีวศึกษาข้ามพรมแดน' },
        timeZone: 'Asia/Shanghai', mode: 'online', onlineUrl: 'https://meet.example/conf', organiserIds: [nanning] },
    })
    expect(created.status(), await created.text()).toBeLessThan(300)
    const { id: activityId } = await created.json() as { id: string }
    const opened = await office.request.post(`/api/conferences/for-activity/${activityId}`, { data: { submissionDeadlineLocal: '2099-01-31T23:59' } })
    expect(opened.status(), await opened.text()).toBeLessThan(300)
    const { id: conferenceId } = await opened.json() as { id: string }
    const published = await office.request.post(`/api/calendar/activities/${activityId}/steps`, { data: { action: 'publish' } })
    expect(published.status(), await published.text()).toBeLessThan(300)

    const teacher = await personIn(browser, 'teacher.nanning@demo.example', 'th')
    const submitted = await teacher.request.post(`/api/conferences/${conferenceId}/submissions`, {
      data: { type: 'talk', title: { th: 'การฝึกงานข้ามพรมแดน' }, abstract: { th: 'รายงานผลการฝึกงานของนักศึกษา' }, keywords: [], presentationLanguage: 'th',
        submitter: { displayName: '赵老师 Zhao Laoshi', institutionId: nanning, country: 'CN' } },
    })
    expect(submitted.status(), await submitted.text()).toBeLessThan(300)
    const { id: submissionId } = await submitted.json() as { id: string }

    await gotoHydrated(teacher, `/th/conferences/submissions/${submissionId}`)
    await teacher.getByTestId('coauthor-search').fill('Siti')
    const candidate = teacher.getByTestId('coauthor-candidate').filter({ hasText: 'Siti Aminah' })
    await expect(candidate).toBeVisible()
    await candidate.getByTestId('coauthor-pick').click()
    await expect(teacher.getByTestId('coauthor-picked')).toContainText(t('th', 'conferences.authors.authors.picker.picked'))
    await expect(teacher.getByTestId('coauthor-name')).toHaveValue('Siti Aminah')
    await expect(teacher.getByTestId('coauthor-email')).toHaveCount(0)
    await expect(teacher.getByTestId('coauthor-institution-picked')).not.toBeEmpty()
    await expect(teacher.getByTestId('coauthor-locale')).toHaveValue('ms')
    await expect(teacher.getByTestId('coauthor-locale')).toBeDisabled()
    await teacher.getByTestId('coauthor-invite').click()
    await expect(teacher.getByTestId('notice')).toHaveText(t('th', 'conferences.authors.authors.invited'))
    await expect(teacher.getByTestId('author-row').filter({ hasText: 'Siti Aminah' })).toHaveCount(1)

    // She is on the list now: the directory marks her instead of offering her again.
    await teacher.getByTestId('coauthor-search').fill('Siti')
    await expect(teacher.getByTestId('coauthor-already')).toHaveText(t('th', 'conferences.authors.authors.picker.already'))
    await expect(teacher.getByTestId('coauthor-pick')).toHaveCount(0)
    const dir = join(ROOT, 'test-results', 'screenshots')
    await mkdir(dir, { recursive: true })
    await teacher.setViewportSize({ width: 1280, height: 1000 })
    await teacher.screenshot({ path: join(dir, 'conference-coauthor-picker-th.png'), fullPage: true })

    // The title has no Khmer text: a Khmer reader sees the English one, marked as such.
    await gotoHydrated(teacher, `/km/conferences/${conferenceId}`)
    await expect(teacher.getByTestId('conference-title')).toHaveText(/Vocational teaching across borders\s*\(English\)/)
  })
})
