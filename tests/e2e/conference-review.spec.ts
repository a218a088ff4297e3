import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT, gotoHydrated, personIn, t } from './helpers'

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
})
