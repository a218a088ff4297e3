import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { getActivity } from '../../server/domain/calendar/activities'
import { addSessions, cancelSession, moveSession, seriesStarts } from '../../server/domain/calendar/sessions'
import { registerForActivity } from '../../server/domain/calendar/registrations'
import { takeActivityStep } from '../../server/domain/calendar/steps'
import { wallClockOf } from '../../shared/dates'
import { formatZonedInstant } from '../../shared/notices'
import { seriesInputSchema } from '../../shared/schemas/calendar'
import { activityIn, draftActivity, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { loadLocaleFiles } from './agreement-fixtures'
import { freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'

let handle: DatabaseHandle
let setup: OrganiserSetup
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  setup = await organiserSetup(handle.db)
})
afterAll(() => handle.close())

const series = (over: Record<string, unknown>) => seriesInputSchema.parse({
  firstStartsAtLocal: '2027-03-01T09:00', durationMinutes: 180, timeZone: 'Asia/Shanghai', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5', ...over,
})

describe('a weekly series', () => {
  it('makes one session per occurrence, at the same wall-clock time, minus the days left out', async () => {
    const id = await draftActivity(handle.db, setup)
    await asUser(handle.db, setup.office, tx => addSessions(tx, setup.office, id, { sessions: [], series: series({ exceptions: ['2027-03-08'] }) }))
    const page = await asUser(handle.db, setup.office, tx => getActivity(tx, id))
    expect(page.sessions.map(s => wallClockOf(s.starts_at, s.time_zone))).toEqual(['2027-03-01T09:00', '2027-03-03T09:00', '2027-03-10T09:00', '2027-03-15T09:00'])
    expect(page.sessions.every(s => s.ends_at.getTime() - s.starts_at.getTime() === 180 * 60_000)).toBe(true)
    expect(new Set(page.sessions.map(s => s.series_id)).size).toBe(1)
  })

  it('keeps 09:00 local across a daylight-saving change (a partner in Paris, last Sunday of March)', () => {
    const starts = seriesStarts(series({ firstStartsAtLocal: '2027-03-22T09:00', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', timeZone: 'Europe/Paris' }))
    expect(starts).toEqual(['2027-03-22T09:00', '2027-03-29T09:00', '2027-04-05T09:00'])
  })

  it('refuses a rule without an end, an unreadable rule and a session that ends before it starts, with 422', async () => {
    const id = await draftActivity(handle.db, setup)
    const add = (input: Parameters<typeof addSessions>[3]) => asUser(handle.db, setup.office, tx => addSessions(tx, setup.office, id, input))
    await expect(add({ sessions: [], series: series({ rrule: 'FREQ=WEEKLY;BYDAY=MO' }) })).rejects.toMatchObject({ statusCode: 422, message: 'calendar.errors.ruleWithoutEnd' })
    await expect(add({ sessions: [], series: series({ rrule: 'FREQ=WEEKLY;BYDAY=XX;COUNT=2' }) })).rejects.toMatchObject({ statusCode: 422 })
    await expect(add({ sessions: [{ title: {}, startsAtLocal: '2027-03-01T12:00', endsAtLocal: '2027-03-01T09:00', timeZone: 'Asia/Shanghai', roomId: null, onlineUrl: null }], series: null }))
      .rejects.toMatchObject({ statusCode: 422, message: 'calendar.errors.endsBeforeStart' })
    await expect(add({ sessions: [{ title: {}, startsAtLocal: '2027-02-30T09:00', endsAtLocal: '2027-02-30T10:00', timeZone: 'Asia/Shanghai', roomId: null, onlineUrl: null }], series: null }))
      .rejects.toMatchObject({ statusCode: 422, message: 'calendar.errors.invalidTime' })
    expect((await asUser(handle.db, setup.office, tx => getActivity(tx, id))).sessions).toEqual([])
  })
})

describe('moving and cancelling a session', () => {
  it('moves a session, remembering where it was, and refuses a move from an older sequence', async () => {
    const id = await activityIn(handle.db, setup, 'published')
    const [session] = (await asUser(handle.db, setup.office, tx => getActivity(tx, id))).sessions
    const move = { title: {}, startsAtLocal: '2027-03-16T14:00', endsAtLocal: '2027-03-16T17:00', timeZone: 'Asia/Shanghai', roomId: null, onlineUrl: null, sequence: 0 }
    const moved = await asUser(handle.db, setup.office, tx => moveSession(tx, setup.office, session!.id, move))
    expect(moved.sequence).toBe(1)
    const after = (await asUser(handle.db, setup.office, tx => getActivity(tx, id))).sessions[0]!
    expect(wallClockOf(after.starts_at, 'Asia/Shanghai')).toBe('2027-03-16T14:00')
    expect(wallClockOf(after.moved_from_starts_at!, 'Asia/Shanghai')).toBe('2027-03-15T09:00')
    await expect(asUser(handle.db, setup.office, tx => moveSession(tx, setup.office, session!.id, move))).rejects.toMatchObject({ statusCode: 409 })
  })

  it('another institution\'s office cannot move or cancel it (403)', async () => {
    const id = await activityIn(handle.db, setup, 'published')
    const [session] = (await asUser(handle.db, setup.office, tx => getActivity(tx, id))).sessions
    const other = setup.partners[0]!.office
    await expect(asUser(handle.db, other, tx => cancelSession(tx, other, session!.id))).rejects.toMatchObject({ statusCode: 403 })
  })
})

describe('registrants hear of changes in their own language', () => {
  it('a Thai student registered for a moved session gets a notice and a Thai mail with the old and the new time; a cancellation gives the reason', async () => {
    const id = await activityIn(handle.db, setup, 'registration_open')
    const student = await personWithRole(handle.db, 'thai-student', setup.partners[0]!.id, 'student')
    await asService(handle.db, 'test: a Thai reader', tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', student.id).execute())
    await asUser(handle.db, student, tx => registerForActivity(tx, student, id, { answers: {} }))
    const [session] = (await asUser(handle.db, setup.office, tx => getActivity(tx, id))).sessions
    await asUser(handle.db, setup.office, tx => moveSession(tx, setup.office, session!.id, {
      title: {}, startsAtLocal: '2027-03-16T14:00', endsAtLocal: '2027-03-16T17:00', timeZone: 'Asia/Shanghai', roomId: null, onlineUrl: null, sequence: 0,
    }))
    await asUser(handle.db, setup.office, tx => takeActivityStep(tx, setup.office, id, 'cancel', 'ผู้สอนเดินทางไม่ได้'))
    const mails = await asService(handle.db, 'test check', tx => tx.selectFrom('mail_outbox').select(['subject', 'body']).where('to_user_id', '=', student.id).orderBy('created_at').execute())
    expect(mails).toHaveLength(2)
    const was = formatZonedInstant({ at: session!.starts_at.toISOString(), zone: 'Asia/Shanghai' }, 'th')
    const now = formatZonedInstant({ at: new Date('2027-03-16T06:00Z').toISOString(), zone: 'Asia/Shanghai' }, 'th')
    expect(mails[0]!.body).toContain(was)
    expect(mails[0]!.body).toContain(now)
    expect(mails[0]!.body).toMatch(/[\u0E00-\u0E7F]{4}/)
    expect(mails[1]!.body).toContain('ผู้สอนเดินทางไม่ได้')
    const notices = await asUser(handle.db, student, tx => tx.selectFrom('notifications').select('kind').where('user_id', '=', student.id).execute())
    expect(notices.map(n => n.kind).sort()).toEqual(['calendar.activityCancelled', 'calendar.sessionMoved'])
  })
})
