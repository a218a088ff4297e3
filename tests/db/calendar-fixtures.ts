import type { Actor } from '../../server/db/as-user'
import { asService, asUser } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { createActivity } from '../../server/domain/calendar/activities'
import { addSessions } from '../../server/domain/calendar/sessions'
import { takeActivityStep } from '../../server/domain/calendar/steps'
import { activityInputSchema, type ActivityInput } from '../../shared/schemas/calendar'
import type { ActivityState } from '../../shared/calendar/vocabulary'
import { createInstitutionRow } from './helpers'
import { personWithRole } from './rls-fixtures'

export interface OrganiserSetup {
  /** The organising institution (a Chinese college in Nanning), its office and a venue with two rooms there. */
  organiser: string
  office: Actor
  venueId: string
  roomIds: [string, string]
  /** Invited partners: Thai, Lao and Burmese institutions, each with an office. */
  partners: { id: string; country: string; office: Actor }[]
}

export async function organiserSetup(db: Db): Promise<OrganiserSetup> {
  const organiser = await createInstitutionRow(db)
  await asService(db, 'test fixture', tx => tx.updateTable('institutions').set({ country: 'CN' }).where('id', '=', organiser).execute())
  const office = await personWithRole(db, 'nanning-office', organiser, 'office_staff')
  const venue = await asService(db, 'test fixture', tx => tx.insertInto('venues').values({
    institution_id: organiser, name: JSON.stringify({ en: 'Training centre', zh: '培训中心' }), city: JSON.stringify({ en: 'Nanning', zh: '南宁' }),
    country: 'CN', time_zone: 'Asia/Shanghai',
  }).returning('id').executeTakeFirstOrThrow())
  const rooms = await asService(db, 'test fixture', tx => tx.insertInto('rooms').values([
    { venue_id: venue.id, name: JSON.stringify({ en: 'Room A', zh: 'A 室' }), capacity: 40 },
    { venue_id: venue.id, name: JSON.stringify({ en: 'Room B', zh: 'B 室' }), capacity: 20 },
  ]).returning('id').execute())
  const partners = []
  for (const country of ['TH', 'LA', 'MM']) {
    const id = await createInstitutionRow(db)
    await asService(db, 'test fixture', tx => tx.updateTable('institutions').set({ country }).where('id', '=', id).execute())
    partners.push({ id, country, office: await personWithRole(db, `office-${country.toLowerCase()}`, id, 'office_staff') })
  }
  return { organiser, office, venueId: venue.id, roomIds: [rooms[0]!.id, rooms[1]!.id], partners }
}

export function activityInput(setup: OrganiserSetup, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return activityInputSchema.parse({
    kind: 'training', title: { en: 'Cross-cultural training week', zh: '跨文化培训周' }, summary: { en: 'Five days of working across cultures' },
    timeZone: 'Asia/Shanghai', venueId: setup.venueId, organiserIds: [setup.organiser], inviteeIds: setup.partners.map(p => p.id),
    capacity: 30, ...overrides,
  })
}

export async function draftActivity(db: Db, setup: OrganiserSetup, overrides: Partial<ActivityInput> = {}): Promise<string> {
  return asUser(db, setup.office, tx => createActivity(tx, setup.office, activityInput(setup, overrides)))
}

/** A draft with one session on 2027-03-15 09:00–12:00 in Nanning, taken along the lifecycle to `state`. */
export async function activityIn(db: Db, setup: OrganiserSetup, state: ActivityState, overrides: Partial<ActivityInput> = {}): Promise<string> {
  const id = await draftActivity(db, setup, overrides)
  await asUser(db, setup.office, tx => addSessions(tx, setup.office, id, {
    sessions: [{ title: {}, startsAtLocal: '2027-03-15T09:00', endsAtLocal: '2027-03-15T12:00', timeZone: 'Asia/Shanghai', roomId: setup.roomIds[0], onlineUrl: null }],
    series: null,
  }))
  const path: Partial<Record<ActivityState, ('publish' | 'open_registration' | 'close_registration' | 'mark_held' | 'mark_evaluated' | 'cancel')[]>> = {
    draft: [], published: ['publish'], registration_open: ['publish', 'open_registration'],
    closed: ['publish', 'open_registration', 'close_registration'], held: ['publish', 'open_registration', 'close_registration', 'mark_held'],
    evaluated: ['publish', 'open_registration', 'close_registration', 'mark_held', 'mark_evaluated'], cancelled: ['cancel'],
  }
  for (const action of path[state] ?? []) {
    await asUser(db, setup.office, tx => takeActivityStep(tx, setup.office, id, action, action === 'cancel' ? 'The trainers cannot travel' : undefined))
  }
  return id
}
