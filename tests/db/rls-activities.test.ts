import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { activityIn, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, probeAs, rowsChanged } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let setup: OrganiserSetup, sec: Actor, student: Actor, outsider: Actor, otherOffice: Actor
let draft: string, published: string
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  setup = await organiserSetup(db)
  sec = await createSecretariat(db)
  student = await personWithRole(db, 'student', setup.organiser, 'student')
  outsider = await createPerson(db, 'outsider')
  otherOffice = setup.partners[0]!.office
  draft = await activityIn(db, setup, 'draft')
  published = await activityIn(db, setup, 'published')
})
afterAll(() => handle.close())

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const changed = rowsChanged
const seen = async (actor: Actor | null, table: 'activities' | 'activity_sessions' | 'activity_organisers' | 'activity_invitees', ids: string[]) => {
  const column = table === 'activities' ? 'id' : 'activity_id'
  return new Set((await asUser(db, actor, tx => tx.selectFrom(table).select(`${column} as id` as 'id').where(column, 'in', ids).execute())).map(r => r.id))
}

describe('activities: who reads what', () => {
  it('a draft is read by its organisers and the secretariat only; a published activity by everyone, signed in or not', async () => {
    for (const table of ['activities', 'activity_sessions', 'activity_organisers', 'activity_invitees'] as const) {
      for (const actor of [setup.office, sec]) expect(await seen(actor, table, [draft, published]), `${table} as organiser/secretariat`).toEqual(new Set([draft, published]))
      for (const actor of [null, student, outsider, otherOffice]) expect(await seen(actor, table, [draft, published]), `${table} as others`).toEqual(new Set([published]))
    }
  })

  it('the step record is the organisers\' and the secretariat\'s; it is never written by a person', async () => {
    const events = async (actor: Actor | null) => (await asUser(db, actor, tx => tx.selectFrom('activity_events').select('id').where('activity_id', '=', published).execute())).length
    expect(await events(setup.office)).toBe(1)
    expect(await events(sec)).toBe(1)
    expect(await events(otherOffice)).toBe(0)
    expect(await events(null)).toBe(0)
    await expect(probe(setup.office, tx => tx.insertInto('activity_events').values({ activity_id: published, action: 'publish', from_state: 'draft', to_state: 'published' }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('activities: who writes what', () => {
  const row = (createdBy: string) => ({ kind: 'seminar' as const, title: JSON.stringify({ en: 'Probe' }), summary: '{}', description: '{}', audience: '{}',
    fee_note: '{}', time_zone: 'Asia/Bangkok', created_by: createdBy, venue_id: null, online_url: null, capacity: null, registration_opens_at: null,
    registration_closes_at: null, plan_item_id: null, cancel_reason: null })

  it('staff of an institution and the secretariat create drafts as themselves; a student, a person of no institution and an anonymous visitor cannot', async () => {
    for (const actor of [setup.office, sec]) await probe(actor, tx => tx.insertInto('activities').values(row(actor.id)).execute())
    for (const actor of [student, outsider]) await expect(probe(actor, tx => tx.insertInto('activities').values(row(actor.id)).execute())).rejects.toThrow(RLS_VIOLATION)
    await expect(probe(setup.office, tx => tx.insertInto('activities').values(row(sec.id)).execute())).rejects.toThrow(/row-level security|of the person who creates it/)
    await expect(probe(null, tx => tx.insertInto('activities').values(row(setup.office.id)).execute())).rejects.toThrow(/permission denied|row-level security|of the person who creates it/)
  })

  it('a new activity starts as a draft: inserting one already published is refused', async () => {
    await expect(probe(setup.office, tx => tx.insertInto('activities').values({ ...row(setup.office.id), state: 'published' }).execute())).rejects.toThrow(/starts as a draft/)
  })

  it('organisers and the secretariat edit an activity; another office, a student and an outsider change nothing', async () => {
    for (const actor of [setup.office, sec]) {
      expect(changed(await probe(actor, tx => tx.updateTable('activities').set({ capacity: 12 }).where('id', '=', published).executeTakeFirst()))).toBe(1)
    }
    for (const actor of [otherOffice, student, outsider]) {
      expect(changed(await probe(actor, tx => tx.updateTable('activities').set({ capacity: 12 }).where('id', '=', published).executeTakeFirst()))).toBe(0)
    }
  })

  it('who created an activity and its plan item are not changed through the table', async () => {
    await expect(probe(setup.office, tx => tx.updateTable('activities').set({ created_by: sec.id }).where('id', '=', published).execute())).rejects.toThrow(PERMISSION_DENIED)
  })

  it('only a draft is deleted, and only by its organisers', async () => {
    expect(changed(await probe(setup.office, tx => tx.deleteFrom('activities').where('id', '=', draft).executeTakeFirst()))).toBe(1)
    expect(changed(await probe(setup.office, tx => tx.deleteFrom('activities').where('id', '=', published).executeTakeFirst()))).toBe(0)
    expect(changed(await probe(otherOffice, tx => tx.deleteFrom('activities').where('id', '=', draft).executeTakeFirst()))).toBe(0)
  })

  it('organisers add and remove co-organisers and invitees; others cannot', async () => {
    const enterprise = await createInstitutionRow(db)
    for (const table of ['activity_organisers', 'activity_invitees'] as const) {
      const link = { activity_id: published, institution_id: enterprise }
      await probe(setup.office, tx => tx.insertInto(table).values(link).execute())
      await expect(probe(otherOffice, tx => tx.insertInto(table).values(link).execute())).rejects.toThrow(RLS_VIOLATION)
      expect(changed(await probe(otherOffice, tx => tx.deleteFrom(table).where('activity_id', '=', published).executeTakeFirst()))).toBe(0)
    }
  })

  it('organisers add, move and delete sessions; others cannot; the sessions of a cancelled activity stay as they were', async () => {
    const session = (activityId: string) => ({ activity_id: activityId, title: '{}', starts_at: new Date('2027-04-01T01:00Z'), ends_at: new Date('2027-04-01T03:00Z'), time_zone: 'Asia/Shanghai' })
    await probe(setup.office, tx => tx.insertInto('activity_sessions').values(session(published)).execute())
    await expect(probe(otherOffice, tx => tx.insertInto('activity_sessions').values(session(published)).execute())).rejects.toThrow(RLS_VIOLATION)
    const one = await asUser(db, setup.office, tx => tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', published).executeTakeFirstOrThrow())
    expect(changed(await probe(otherOffice, tx => tx.updateTable('activity_sessions').set({ ends_at: new Date('2027-03-15T06:00Z') }).where('id', '=', one.id).executeTakeFirst()))).toBe(0)
    expect(changed(await probe(setup.office, tx => tx.updateTable('activity_sessions').set({ ends_at: new Date('2027-03-15T06:00Z') }).where('id', '=', one.id).executeTakeFirst()))).toBe(1)
    await expect(probe(setup.office, tx => tx.updateTable('activity_sessions').set({ activity_id: draft }).where('id', '=', one.id).execute())).rejects.toThrow(PERMISSION_DENIED)
    const held = await activityIn(db, setup, 'held')
    await expect(probe(setup.office, tx => tx.insertInto('activity_sessions').values(session(held)).execute())).rejects.toThrow(/cancelled or finished/)
  })

  it('a session\'s room is one of the organisers\' venues: a room of another institution\'s venue is refused', async () => {
    const elsewhere = await asService(db, 'test fixture', async (tx) => {
      const venue = await tx.insertInto('venues').values({ institution_id: setup.partners[1]!.id, name: JSON.stringify({ en: 'Vientiane hall' }), city: '{}', country: 'LA', time_zone: 'Asia/Vientiane' })
        .returning('id').executeTakeFirstOrThrow()
      return tx.insertInto('rooms').values({ venue_id: venue.id, name: JSON.stringify({ en: 'Hall' }), capacity: null }).returning('id').executeTakeFirstOrThrow()
    })
    const session = { activity_id: published, title: '{}', starts_at: new Date('2027-04-02T01:00Z'), ends_at: new Date('2027-04-02T03:00Z'), time_zone: 'Asia/Shanghai' }
    await expect(probe(setup.office, tx => tx.insertInto('activity_sessions').values({ ...session, room_id: elsewhere.id }).execute())).rejects.toThrow(/room/)
    await probe(setup.office, tx => tx.insertInto('activity_sessions').values({ ...session, room_id: setup.roomIds[1] }).execute())
  })
})

describe('venues and rooms', () => {
  const venue = (institutionId: string) => ({ institution_id: institutionId, name: JSON.stringify({ en: 'Probe venue' }), city: '{}', country: 'TH', time_zone: 'Asia/Bangkok' })

  it('everyone reads them; an institution\'s staff and the secretariat create them for it; others cannot', async () => {
    expect((await asUser(db, null, tx => tx.selectFrom('venues').select('id').where('id', '=', setup.venueId).execute())).length).toBe(1)
    expect((await asUser(db, null, tx => tx.selectFrom('rooms').select('id').where('venue_id', '=', setup.venueId).execute())).length).toBe(2)
    await probe(setup.office, tx => tx.insertInto('venues').values(venue(setup.organiser)).execute())
    await probe(sec, tx => tx.insertInto('venues').values(venue(setup.organiser)).execute())
    for (const actor of [otherOffice, student, outsider]) await expect(probe(actor, tx => tx.insertInto('venues').values(venue(setup.organiser)).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it('a venue\'s zone must be a real IANA zone', async () => {
    await expect(probe(setup.office, tx => tx.insertInto('venues').values({ ...venue(setup.organiser), time_zone: 'Mars/Olympus' }).execute())).rejects.toThrow(/check/)
  })

  it('rooms are added and renamed by the venue\'s staff, not by others', async () => {
    await probe(setup.office, tx => tx.insertInto('rooms').values({ venue_id: setup.venueId, name: JSON.stringify({ en: 'Room C' }), capacity: 10 }).execute())
    await expect(probe(otherOffice, tx => tx.insertInto('rooms').values({ venue_id: setup.venueId, name: JSON.stringify({ en: 'Room C' }), capacity: 10 }).execute())).rejects.toThrow(RLS_VIOLATION)
    expect(changed(await probe(otherOffice, tx => tx.updateTable('rooms').set({ capacity: 1 }).where('id', '=', setup.roomIds[0]).executeTakeFirst()))).toBe(0)
    expect(changed(await probe(otherOffice, tx => tx.deleteFrom('venues').where('id', '=', setup.venueId).executeTakeFirst()))).toBe(0)
  })
})
