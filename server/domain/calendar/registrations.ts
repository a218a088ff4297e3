import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { STAFF_ROLES, type MemberRole } from '../../../shared/roles'
import { ACTIVE_REGISTRATION_STATES, PLACE_HOLDING_REGISTRATION_STATES, REGISTRATION_TRANSITIONS, type RegistrationAction } from '../../../shared/calendar/registration-lifecycle'
import type { RegistrationAnswers, RegistrationInput } from '../../../shared/schemas/calendar-registration'
import { notify } from '../notifications/notify'
import { fillPlaces, hasFreePlace, lockActivityForPlaces, type LockedActivity } from './places'

/** The activity as the person sees it (RLS): 404 when it is not visible to them. */
async function visibleActivity(tx: Tx, activityId: string) {
  const row = await tx.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()
  if (!row) fail(404, 'calendar.registration.errors.activityNotFound')
  return row
}

/** Registration is open: the activity's state says so and now is inside its window. */
function refuseClosedWindow(activity: LockedActivity, now: Date) {
  const opens = activity.registration_opens_at
  const closes = activity.registration_closes_at
  if (activity.state !== 'registration_open' || (opens && now < opens) || (closes && now >= closes)) {
    fail(409, 'calendar.registration.errors.windowClosed')
  }
}

interface Membership { user_id: string; institution_id: string; role: MemberRole }

/** Memberships that make a person eligible: a role the activity accepts, at an institution it accepts. */
function eligibleMemberships(activity: LockedActivity, memberships: Membership[]): Membership[] {
  const roles = activity.eligible_roles as readonly string[]
  const institutions = activity.eligible_institution_ids
  return memberships.filter(m => (roles.length === 0 || roles.includes(m.role))
    && (institutions.length === 0 || institutions.includes(m.institution_id)))
}

/** Only the questions the activity asks are kept. */
function askedAnswers(activity: LockedActivity, answers: RegistrationAnswers): Record<string, string | boolean> {
  const asked = activity.questions as readonly string[]
  return Object.fromEntries(Object.entries(answers).filter(([key, value]) => asked.includes(key) && value !== undefined && value !== ''))
}

/**
 * Registers the actor, or — with personIds — people of an institution the actor's office belongs to. Each gets a
 * place while one is free for their institution (confirmed), else a place in the waitlist. The activity row is
 * locked first (for update), so however many register at once, no more places are confirmed than exist.
 */
export async function registerForActivity(tx: Tx, actor: Actor, activityId: string, input: RegistrationInput) {
  await visibleActivity(tx, activityId)
  const group = input.personIds !== undefined
  if (group) {
    if (!input.institutionId) fail(422, 'calendar.registration.errors.institutionRequired', { field: 'institutionId' })
    const staff = await tx.selectFrom('memberships').select('role').where('user_id', '=', actor.id)
      .where('institution_id', '=', input.institutionId).where('role', 'in', STAFF_ROLES).executeTakeFirst()
    if (!staff) fail(403, 'calendar.registration.errors.notYourInstitution')
  }
  const personIds = [...new Set(input.personIds ?? [actor.id])]
  return elevated(tx, 'register for an activity', async (svc) => {
    const activity = await lockActivityForPlaces(svc, activityId)
    if (!activity) fail(404, 'calendar.registration.errors.activityNotFound')
    refuseClosedWindow(activity, new Date())
    let memberships = await svc.selectFrom('memberships').select(['user_id', 'institution_id', 'role'])
      .where('user_id', 'in', personIds).orderBy('created_at').execute() as Membership[]
    if (input.institutionId) memberships = memberships.filter(m => m.institution_id === input.institutionId)
    const answers = askedAnswers(activity, input.answers)
    const made: { id: string; person_id: string; state: string; position: number | null }[] = []
    for (const personId of personIds) {
      const own = memberships.filter(m => m.user_id === personId)
      if (own.length === 0) fail(group ? 422 : 403, group ? 'calendar.registration.errors.notMemberOfInstitution' : 'calendar.registration.errors.notMember')
      const membership = eligibleMemberships(activity, own)[0]
      if (!membership) fail(403, 'calendar.registration.errors.notEligible')
      const existing = await svc.selectFrom('registrations').select(['id', 'state']).where('activity_id', '=', activityId)
        .where('person_id', '=', personId).executeTakeFirst()
      if (existing && (ACTIVE_REGISTRATION_STATES as readonly string[]).includes(existing.state)) {
        fail(409, 'calendar.registration.errors.alreadyRegistered')
      }
      const state = await hasFreePlace(svc, activityId, membership.institution_id) ? 'confirmed' : 'waitlisted'
      const values = {
        institution_id: membership.institution_id, state, registered_by: actor.id, offered_at: null, offer_expires_at: null,
        cancelled_at: null, position: sql<string>`nextval('public.registration_position_seq')`, updated_at: sql<Date>`now()`,
      } as const
      const row = existing
        ? await svc.updateTable('registrations').set(values).where('id', '=', existing.id).returning(['id', 'state']).executeTakeFirstOrThrow()
        : await svc.insertInto('registrations').values({ ...values, activity_id: activityId, person_id: personId })
            .returning(['id', 'state']).executeTakeFirstOrThrow()
      await svc.insertInto('registration_answers').values({ registration_id: row.id, answers: JSON.stringify(answers) })
        .onConflict(oc => oc.column('registration_id').doUpdateSet({ answers: JSON.stringify(answers), updated_at: sql<Date>`now()` })).execute()
      made.push({ id: row.id, person_id: personId, state: row.state, position: state === 'waitlisted' ? await waitlistPosition(svc, row.id) : null })
    }
    if (group) {
      await notify(svc, { users: personIds }, { kind: 'calendarRegistered', link: '/calendar/mine', params: { activity: activity.title } })
    }
    return { registrations: made }
  })
}

/** 1 for the first in line: registrations of the activity waiting (or offered) before this one. */
export async function waitlistPosition(tx: Tx, registrationId: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from public.registrations w join public.registrations r on r.activity_id = w.activity_id
    where r.id = ${registrationId}::uuid and w.state = 'waitlisted' and w.position <= r.position`.execute(tx)
  return Number(rows[0]!.n)
}

/** Which sides the actor takes on a registration: the person, their institution's office, an organiser. */
async function sidesOn(tx: Tx, actor: Actor, reg: { person_id: string; institution_id: string; activity_id: string }) {
  const { rows } = await sql<{ office: boolean; organiser: boolean }>`
    select private.is_staff_of(${reg.institution_id}::uuid) as office, private.can_manage_activity(${reg.activity_id}::uuid) as organiser`.execute(tx)
  const sides: ('person' | 'office' | 'organiser')[] = []
  if (reg.person_id === actor.id) sides.push('person')
  if (rows[0]!.office) sides.push('office')
  if (rows[0]!.organiser) sides.push('organiser')
  return sides
}

export { sidesOn as registrationSidesOf }

/**
 * Cancels a registration, or accepts or declines an offer. A place given up goes at once to the next in line
 * (people of the same partner first); the person is told when someone else acted for them.
 */
export async function takeRegistrationStep(tx: Tx, actor: Actor, registrationId: string, action: Extract<RegistrationAction, 'cancel' | 'accept' | 'decline'>) {
  const seen = await tx.selectFrom('registrations').select(['id', 'person_id', 'institution_id', 'activity_id', 'state'])
    .where('id', '=', registrationId).executeTakeFirst()
  if (!seen) fail(404, 'calendar.registration.errors.notFound')
  const step = REGISTRATION_TRANSITIONS.find(t => t.action === action)!
  const sides = await sidesOn(tx, actor, seen)
  if (!step.by.some(side => (sides as string[]).includes(side))) fail(403, 'calendar.registration.errors.notYourStep')
  return elevated(tx, `registration ${action}`, async (svc) => {
    const activity = (await lockActivityForPlaces(svc, seen.activity_id))!
    const reg = await svc.selectFrom('registrations').select(['state', 'offer_expires_at']).where('id', '=', registrationId).executeTakeFirstOrThrow()
    if (!step.from.includes(reg.state)) fail(409, 'calendar.registration.errors.stepNotAllowed', {}, { action, state: reg.state })
    if (action === 'accept' && reg.offer_expires_at && reg.offer_expires_at <= new Date()) fail(409, 'calendar.registration.errors.offerExpired')
    const row = await svc.updateTable('registrations')
      .set({ state: step.to, offer_expires_at: null, updated_at: sql<Date>`now()`, ...action === 'cancel' ? { cancelled_at: sql<Date>`now()` } : {} })
      .where('id', '=', registrationId).returning(['id', 'state']).executeTakeFirstOrThrow()
    const heldPlace = PLACE_HOLDING_REGISTRATION_STATES.includes(reg.state)
    if (heldPlace && step.to !== 'confirmed') await fillPlaces(svc, activity, seen.institution_id)
    if (!sides.includes('person')) {
      await notify(svc, { users: [seen.person_id] }, {
        kind: 'calendarRegistrationChanged', link: '/calendar/mine', params: { activity: activity.title, state: { key: `calendar.registration.states.${step.to}` } },
      })
    }
    return row
  })
}
