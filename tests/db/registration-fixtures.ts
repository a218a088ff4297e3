import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { registerForActivity } from '../../server/domain/calendar/registrations'
import type { RegistrationQuestion } from '../../shared/calendar/vocabulary'
import type { MemberRole } from '../../shared/roles'
import type { RegistrationInput } from '../../shared/schemas/calendar-registration'
import { createInstitutionRow } from './helpers'
import { personWithRole } from './rls-fixtures'

export interface ActivitySetup {
  activityId: string
  organiserInstitution: string
  /** Office staff of the organising institution: an organiser of the activity. */
  organiser: Actor
  /** Invited partner institutions, each with an office. */
  partners: string[]
  offices: Actor[]
}

export interface ActivityOptions {
  capacity?: number | null
  partners?: number
  questions?: RegistrationQuestion[]
  offerHours?: number
  eligibleRoles?: MemberRole[]
  eligibleInstitutionIds?: (partners: string[]) => string[]
  state?: 'draft' | 'published' | 'registration_open' | 'closed'
  /** Days from now to the first session. */
  firstSessionInDays?: number
}

/** An activity open for registration, organised by one institution, with invited partners and one session ahead. */
export async function openActivity(db: Db, options: ActivityOptions = {}): Promise<ActivitySetup> {
  const organiserInstitution = await createInstitutionRow(db)
  const organiser = await personWithRole(db, 'organiser', organiserInstitution, 'office_staff')
  const partners: string[] = []
  const offices: Actor[] = []
  for (let i = 0; i < (options.partners ?? 2); i++) {
    const id = await createInstitutionRow(db)
    partners.push(id)
    offices.push(await personWithRole(db, `office${i}`, id, 'office_staff'))
  }
  const activityId = await asService(db, 'test fixture', async (tx) => {
    const row = await tx.insertInto('activities').values({
      kind: 'training', state: options.state ?? 'registration_open', title: JSON.stringify({ en: 'Cross-cultural training', th: 'การอบรมข้ามวัฒนธรรม' }),
      time_zone: 'Asia/Bangkok', capacity: options.capacity === undefined ? 10 : options.capacity, created_by: organiser.id,
      offer_hours: options.offerHours ?? 48, questions: options.questions ?? [], eligible_roles: options.eligibleRoles ?? [],
      eligible_institution_ids: options.eligibleInstitutionIds?.(partners) ?? [],
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: row.id, institution_id: organiserInstitution }).execute()
    if (partners.length) await tx.insertInto('activity_invitees').values(partners.map(p => ({ activity_id: row.id, institution_id: p }))).execute()
    const days = options.firstSessionInDays ?? 30
    await tx.insertInto('activity_sessions').values({
      activity_id: row.id, time_zone: 'Asia/Bangkok',
      starts_at: sql<Date>`now() + ${days} * interval '1 day'`, ends_at: sql<Date>`now() + ${days} * interval '1 day' + interval '3 hours'`,
    } as never).execute()
    return row.id
  })
  return { activityId, organiserInstitution, organiser, partners, offices }
}

/** `n` people with `role` at an institution, made a few at a time. */
export async function peopleOf(db: Db, institutionId: string, n: number, role: MemberRole = 'student', name = 'student'): Promise<Actor[]> {
  const made: Actor[] = []
  for (let i = 0; i < n; i += 25) {
    made.push(...await Promise.all(Array.from({ length: Math.min(25, n - i) }, (_, j) => personWithRole(db, `${name}${i + j}`, institutionId, role))))
  }
  return made
}

export const register = (db: Db, actor: Actor, activityId: string, input: Partial<RegistrationInput> = {}) =>
  asUser(db, actor, tx => registerForActivity(tx, actor, activityId, { answers: {}, ...input }))

/** The one registration a person registering themself got. */
export const registerSelf = async (db: Db, actor: Actor, activityId: string, input: Partial<RegistrationInput> = {}) =>
  (await register(db, actor, activityId, input)).registrations[0]!

export const setQuotas = (db: Db, activityId: string, quotas: Record<string, number>) => asService(db, 'test fixture', tx =>
  tx.insertInto('activity_quotas').values(Object.entries(quotas).map(([institution_id, places]) => ({ activity_id: activityId, institution_id, places }))).execute())

/** Registrations of an activity as they really are (service), by person. */
export async function registrationsOf(db: Db, activityId: string) {
  const rows = await asService(db, 'test check', tx => tx.selectFrom('registrations')
    .select(['id', 'person_id', 'institution_id', 'state', 'offer_expires_at', 'offered_at']).where('activity_id', '=', activityId).execute())
  return rows
}

export async function stateOf(db: Db, registrationId: string) {
  return (await asService(db, 'test check', tx => tx.selectFrom('registrations').select('state').where('id', '=', registrationId).executeTakeFirstOrThrow())).state
}

/** Notices a person got, by kind. */
export async function noticesOf(db: Db, person: Actor) {
  return asService(db, 'test check', tx => tx.selectFrom('notifications').select(['kind', 'params', 'link']).where('user_id', '=', person.id)
    .orderBy('created_at').execute())
}
