import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listCalendarEvents } from '../../server/domain/calendar/events'
import { registerForActivity, takeRegistrationStep } from '../../server/domain/calendar/registrations'
import { calendarEventsQuery } from '../../shared/schemas/calendar-events'
import { activityIn, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { createPerson, freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'

// The fixtures' sessions are on 2027-03-15 09:00–12:00 in Nanning (01:00–04:00 UTC).
const MARCH = { from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' }
let handle: DatabaseHandle
let setup: OrganiserSetup
let draft: string, published: string, seminar: string
let stranger: Actor

const list = (actor: Actor | null, filters: Record<string, string> = {}) =>
  asUser(handle.db, actor, tx => listCalendarEvents(tx, actor, calendarEventsQuery.parse({ ...MARCH, ...filters })))
const activityIds = (events: { href: string }[]) => events.map(e => e.href.replace('/activities/', '')).sort()

beforeAll(async () => {
  handle = await freshDatabase()
  setup = await organiserSetup(handle.db)
  draft = await activityIn(handle.db, setup, 'draft', { title: { en: 'Unannounced training' } })
  published = await activityIn(handle.db, setup, 'registration_open', { title: { en: 'Open training' }, workingLanguages: ['en', 'th'] })
  seminar = await activityIn(handle.db, setup, 'published', { kind: 'seminar', title: { en: 'Seminar on credit recognition', th: 'สัมมนาการเทียบโอนหน่วยกิต' }, workingLanguages: ['zh'] })
  stranger = await createPerson(handle.db, 'stranger')
}, 120_000)
afterAll(() => handle.close())

describe('the calendar\'s activity sessions', () => {
  it('never shows a draft to the public or to a signed-in stranger, and shows published ones to both', async () => {
    const expected = [published, seminar].sort()
    expect(activityIds(await list(null))).toEqual(expected)
    expect(activityIds(await list(stranger))).toEqual(expected)
  })

  it('shows the organiser their draft too, as theirs', async () => {
    const events = await list(setup.office)
    expect(activityIds(events)).toEqual([draft, published, seminar].sort())
    expect(events.every(e => e.mine)).toBe(true)
    expect(activityIds(await list(setup.office, { mine: 'true' }))).toEqual([draft, published, seminar].sort())
    expect(await list(stranger, { mine: 'true' })).toEqual([])
    expect(await list(null, { mine: 'true' })).toEqual([])
  })

  it('makes an activity a registrant\'s own while they hold or await a place, and no longer once they cancel', async () => {
    const student = await personWithRole(handle.db, 'calendar-registrant', setup.partners[0]!.id, 'student')
    expect(await list(student, { mine: 'true' })).toEqual([])
    const { registrations: [registration] } = await asUser(handle.db, student, tx => registerForActivity(tx, student, published, { answers: {} }))
    const mine = await list(student, { mine: 'true' })
    expect(activityIds(mine)).toEqual([published])
    expect((await list(student)).find(e => e.href === `/activities/${seminar}`)?.mine).toBe(false)
    await asUser(handle.db, student, tx => takeRegistrationStep(tx, student, registration!.id, 'cancel'))
    expect(await list(student, { mine: 'true' })).toEqual([])
  })

  it('gives each session its times, zone, kind, organisers, countries and languages', async () => {
    const event = (await list(null)).find(e => e.href === `/activities/${seminar}`)!
    expect(event).toMatchObject({
      kind: 'session', activityKind: 'seminar', startsAt: '2027-03-15T01:00:00.000Z', endsAt: '2027-03-15T04:00:00.000Z',
      timeZone: 'Asia/Shanghai', organiserIds: [setup.organiser], countries: ['CN'], languages: ['zh'], mine: false,
    })
    expect(event.title.th).toBe('สัมมนาการเทียบโอนหน่วยกิต')
  })

  it('filters by kind, language, country and organiser', async () => {
    expect(activityIds(await list(null, { kind: 'seminar' }))).toEqual([seminar])
    expect(activityIds(await list(null, { kind: 'training,seminar' }))).toEqual([published, seminar].sort())
    expect(await list(null, { kind: 'meeting' })).toEqual([])
    expect(activityIds(await list(null, { language: 'th' }))).toEqual([published])
    expect(activityIds(await list(null, { country: 'CN' }))).toEqual([published, seminar].sort())
    expect(await list(null, { country: 'TH' })).toEqual([])
    expect(activityIds(await list(null, { organiser: setup.organiser }))).toEqual([published, seminar].sort())
    expect(await list(null, { organiser: setup.partners[0]!.id })).toEqual([])
  })

  it('shows nothing outside the range asked for', async () => {
    const april = calendarEventsQuery.parse({ from: '2027-04-01T00:00:00Z', to: '2027-05-01T00:00:00Z' })
    expect(await asUser(handle.db, null, tx => listCalendarEvents(tx, null, april))).toEqual([])
    // A range ending as the session starts leaves it out; one ending a minute into it takes it in.
    const before = calendarEventsQuery.parse({ from: '2027-03-14T00:00:00Z', to: '2027-03-15T01:00:00Z' })
    expect(await asUser(handle.db, null, tx => listCalendarEvents(tx, null, before))).toEqual([])
    const into = calendarEventsQuery.parse({ from: '2027-03-14T00:00:00Z', to: '2027-03-15T01:01:00Z' })
    expect(await asUser(handle.db, null, tx => listCalendarEvents(tx, null, into))).toHaveLength(2)
  })
})

describe('the events query', () => {
  it('refuses a range longer than 45 days, one that ends before it starts, and unknown kinds', () => {
    expect(calendarEventsQuery.safeParse({ from: '2027-03-01T00:00:00Z', to: '2027-05-01T00:00:00Z' }).success).toBe(false)
    expect(calendarEventsQuery.safeParse({ from: '2027-03-02T00:00:00Z', to: '2027-03-01T00:00:00Z' }).success).toBe(false)
    expect(calendarEventsQuery.safeParse({ ...MARCH, kind: 'party' }).success).toBe(false)
    expect(calendarEventsQuery.safeParse({ ...MARCH, from: '2027-03-01' }).success).toBe(false)
  })
})
