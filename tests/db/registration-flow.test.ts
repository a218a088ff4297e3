import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { listActivityRegistrations, myRegistrations, setActivityQuotas } from '../../server/domain/calendar/registration-lists'
import { takeRegistrationStep } from '../../server/domain/calendar/registrations'
import { sendRegistrationReminders } from '../../server/domain/calendar/reminders'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { personWithRole } from './rls-fixtures'
import { zoneCity } from '../../shared/time-zones'
import { noticesOf, openActivity, peopleOf, register, registerSelf, setQuotas, stateOf, type ActivitySetup } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const refused = (statusCode: number, key: string) => ({ statusCode, data: expect.objectContaining({ key: `calendar.registration.errors.${key}` }) })
const step = (actor: Actor, id: string, action: 'cancel' | 'accept' | 'decline') => asUser(db, actor, tx => takeRegistrationStep(tx, actor, id, action))
const setActivity = (id: string, values: Record<string, unknown>) => asService(db, 'test fixture', tx => tx.updateTable('activities').set(values as never).where('id', '=', id).execute())
const mailsTo = (person: Actor) => asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['template', 'locale', 'subject', 'body'])
  .where('to_user_id', '=', person.id).orderBy('created_at').execute())

describe('registering oneself', () => {
  let act: ActivitySetup
  beforeAll(async () => { act = await openActivity(db, { capacity: 2, questions: ['dietary', 'visa_letter'] }) })

  it('confirms while places remain, then waitlists with a position; the answers asked for are kept, others dropped', async () => {
    const [a, b, c, d] = await peopleOf(db, act.partners[0]!, 4)
    expect(await registerSelf(db, a!, act.activityId, { answers: { dietary: 'Halal', visa_letter: true, accessibility: 'Ramp' } }))
      .toMatchObject({ state: 'confirmed', position: null })
    expect(await registerSelf(db, b!, act.activityId)).toMatchObject({ state: 'confirmed' })
    expect(await registerSelf(db, c!, act.activityId)).toMatchObject({ state: 'waitlisted', position: 1 })
    expect(await registerSelf(db, d!, act.activityId)).toMatchObject({ state: 'waitlisted', position: 2 })
    const mine = await asUser(db, a!, tx => myRegistrations(tx, a!))
    expect(mine).toEqual([expect.objectContaining({ activity_id: act.activityId, state: 'confirmed', waitlist_position: null, checkin_code: expect.stringMatching(/^[A-Z0-9]{16}$/) })])
    const list = await asUser(db, act.organiser, tx => listActivityRegistrations(tx, act.activityId))
    expect(list.registrations.find(r => r.person_id === a!.id)?.answers).toEqual({ dietary: 'Halal', visa_letter: true })
    expect(list.registrations.map(r => r.state)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
    await expect(registerSelf(db, a!, act.activityId)).rejects.toMatchObject(refused(409, 'alreadyRegistered'))
  })

  it('is refused outside the registration window, and for a state that is not open', async () => {
    const closed = await openActivity(db, { state: 'published' })
    const [s] = await peopleOf(db, closed.partners[0]!, 1)
    await expect(registerSelf(db, s!, closed.activityId)).rejects.toMatchObject(refused(409, 'windowClosed'))
    await setActivity(closed.activityId, { state: 'registration_open', registration_closes_at: sql`now() - interval '1 minute'` })
    await expect(registerSelf(db, s!, closed.activityId)).rejects.toMatchObject(refused(409, 'windowClosed'))
    await setActivity(closed.activityId, { registration_opens_at: sql`now() + interval '1 day'`, registration_closes_at: null })
    await expect(registerSelf(db, s!, closed.activityId)).rejects.toMatchObject(refused(409, 'windowClosed'))
    await setActivity(closed.activityId, { registration_opens_at: sql`now() - interval '1 day'` })
    await expect(registerSelf(db, s!, closed.activityId)).resolves.toMatchObject({ state: 'confirmed' })
  })

  it('is refused to a role or institution the activity is not for, and to someone outside the community', async () => {
    const forTeachers = await openActivity(db, { eligibleRoles: ['teacher'], eligibleInstitutionIds: p => [p[0]!] })
    const [student] = await peopleOf(db, forTeachers.partners[0]!, 1)
    const [otherTeacher] = await peopleOf(db, forTeachers.partners[1]!, 1, 'teacher')
    const [teacher] = await peopleOf(db, forTeachers.partners[0]!, 1, 'teacher')
    const outsider = await createPerson(db, 'outsider')
    await expect(registerSelf(db, student!, forTeachers.activityId)).rejects.toMatchObject(refused(403, 'notEligible'))
    await expect(registerSelf(db, otherTeacher!, forTeachers.activityId)).rejects.toMatchObject(refused(403, 'notEligible'))
    await expect(registerSelf(db, outsider, forTeachers.activityId)).rejects.toMatchObject(refused(403, 'notMember'))
    await expect(registerSelf(db, teacher!, forTeachers.activityId)).resolves.toMatchObject({ state: 'confirmed' })
  })

  it('is refused (404) for an activity still in draft, which the person cannot see', async () => {
    const draft = await openActivity(db, { state: 'draft' })
    const [s] = await peopleOf(db, draft.partners[0]!, 1)
    await expect(registerSelf(db, s!, draft.activityId)).rejects.toMatchObject(refused(404, 'activityNotFound'))
  })
})

describe('a group registration by an office', () => {
  it('registers its own people, tells them, and cannot register people of another institution or for another office', async () => {
    const act = await openActivity(db, { capacity: 10 })
    const students = await peopleOf(db, act.partners[0]!, 2)
    const [foreign] = await peopleOf(db, act.partners[1]!, 1)
    const reply = await register(db, act.offices[0]!, act.activityId, { personIds: students.map(s => s.id), institutionId: act.partners[0]! })
    expect(reply.registrations.map(r => r.state)).toEqual(['confirmed', 'confirmed'])
    expect((await noticesOf(db, students[0]!)).map(n => n.kind)).toEqual(['calendarRegistered'])
    expect(await noticesOf(db, act.offices[0]!)).toEqual([])
    await expect(register(db, act.offices[0]!, act.activityId, { personIds: [foreign!.id], institutionId: act.partners[0]! }))
      .rejects.toMatchObject(refused(422, 'notMemberOfInstitution'))
    await expect(register(db, act.offices[0]!, act.activityId, { personIds: [foreign!.id], institutionId: act.partners[1]! }))
      .rejects.toMatchObject(refused(403, 'notYourInstitution'))
    await expect(register(db, students[1]!, act.activityId, { personIds: [foreign!.id], institutionId: act.partners[1]! }))
      .rejects.toMatchObject(refused(403, 'notYourInstitution'))
    // The office sees its own people's registrations, without their answers; not the other partner's.
    const [other] = await peopleOf(db, act.partners[1]!, 1)
    await registerSelf(db, other!, act.activityId)
    const seen = await asUser(db, act.offices[0]!, tx => listActivityRegistrations(tx, act.activityId))
    expect(seen.can_manage).toBe(false)
    expect(seen.registrations.map(r => r.person_id).sort()).toEqual(students.map(s => s.id).sort())
    expect(seen.registrations.every(r => r.answers === null)).toBe(true)
  })
})

describe('a place that frees', () => {
  it('goes to the next in line of the same partner first, as an offer with a deadline, told in the person\'s language', async () => {
    // Capacity 3: partner 0 and partner 1 hold one place each, partner 2 (no quota) shares the third.
    const act = await openActivity(db, { capacity: 3, partners: 3, offerHours: 24 })
    await setQuotas(db, act.activityId, { [act.partners[0]!]: 1, [act.partners[1]!]: 1 })
    const [a1, a2] = await peopleOf(db, act.partners[0]!, 2, 'student', 'a')
    const [b1, b2] = await peopleOf(db, act.partners[1]!, 2, 'student', 'b')
    const [c1, c2] = await peopleOf(db, act.partners[2]!, 2, 'student', 'c')
    await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', b2!.id).execute())
    const regs = new Map<Actor, string>()
    for (const p of [a1!, b1!, c1!, a2!, c2!, b2!]) regs.set(p, (await registerSelf(db, p, act.activityId)).id)
    expect(await Promise.all([a1, b1, c1, a2, c2, b2].map(p => stateOf(db, regs.get(p!)!))))
      .toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted'])

    await step(b1!, regs.get(b1!)!, 'cancel')
    // b2 waited behind a2 and c2, but the freed place is partner 1's.
    expect(await stateOf(db, regs.get(b2!)!)).toBe('offered')
    expect(await stateOf(db, regs.get(a2!)!)).toBe('waitlisted')
    const offer = await asService(db, 'test check', tx => tx.selectFrom('registrations')
      .select(sql<number>`extract(epoch from offer_expires_at - offered_at)`.as('seconds')).where('id', '=', regs.get(b2!)!).executeTakeFirstOrThrow())
    expect(Number(offer.seconds)).toBe(24 * 3600)
    expect((await noticesOf(db, b2!)).map(n => n.kind)).toEqual(['calendarOffer'])
    const [mail] = await mailsTo(b2!)
    expect(mail).toMatchObject({ template: 'calendarOffer', locale: 'th' })
    expect(mail!.subject).toContain('การอบรมข้ามวัฒนธรรม')
    // The deadline is kept as an instant and its zone, and the Thai mail names the city in Thai, not a zone id.
    const [notice] = await noticesOf(db, b2!)
    expect((notice!.params as { deadline: unknown }).deadline).toMatchObject({ zone: 'Asia/Bangkok', at: expect.any(String) })
    expect(mail!.body).toContain(`(${zoneCity('Asia/Bangkok', 'th')})`)
    expect(mail!.body).not.toContain('Asia/Bangkok')

    await step(c1!, regs.get(c1!)!, 'cancel')
    expect(await stateOf(db, regs.get(c2!)!)).toBe('offered')
    expect(await stateOf(db, regs.get(a2!)!)).toBe('waitlisted')
  })

  it('an offer accepted is a confirmed place; declined, it goes to the next in line; the offered person alone (or their office) answers it', async () => {
    const act = await openActivity(db, { capacity: 1 })
    const [p1, p2, p3, p4] = await peopleOf(db, act.partners[0]!, 4)
    const ids = []
    for (const p of [p1!, p2!, p3!, p4!]) ids.push((await registerSelf(db, p, act.activityId)).id)
    await step(p1!, ids[0]!, 'cancel')
    expect(await stateOf(db, ids[1]!)).toBe('offered')
    await expect(step(act.organiser, ids[1]!, 'accept')).rejects.toMatchObject(refused(403, 'notYourStep'))
    await expect(step(p3!, ids[1]!, 'accept')).rejects.toMatchObject(refused(404, 'notFound'))
    await expect(step(p3!, ids[2]!, 'accept')).rejects.toMatchObject(refused(409, 'stepNotAllowed'))
    await step(p2!, ids[1]!, 'decline')
    expect(await stateOf(db, ids[1]!)).toBe('declined')
    expect(await stateOf(db, ids[2]!)).toBe('offered')
    await step(act.offices[0]!, ids[2]!, 'accept')
    expect(await stateOf(db, ids[2]!)).toBe('confirmed')
    expect((await noticesOf(db, p3!)).map(n => n.kind)).toEqual(['calendarOffer', 'calendarRegistrationChanged'])
    expect(await stateOf(db, ids[3]!)).toBe('waitlisted')
    // An organiser cancels a confirmed place; the person is told; the waitlist moves.
    await step(act.organiser, ids[2]!, 'cancel')
    expect(await stateOf(db, ids[3]!)).toBe('offered')
    // Someone who cancelled may register again, at the end of the line.
    expect(await registerSelf(db, p1!, act.activityId)).toMatchObject({ state: 'waitlisted', position: 1 })
  })

  it('an offer past its deadline can no longer be accepted', async () => {
    const act = await openActivity(db, { capacity: 1 })
    const [p1, p2] = await peopleOf(db, act.partners[0]!, 2)
    const r1 = await registerSelf(db, p1!, act.activityId)
    const r2 = await registerSelf(db, p2!, act.activityId)
    await step(p1!, r1.id, 'cancel')
    await asService(db, 'test fixture', tx => tx.updateTable('registrations').set({ offer_expires_at: sql<Date>`now() - interval '1 second'` }).where('id', '=', r2.id).execute())
    await expect(step(p2!, r2.id, 'accept')).rejects.toMatchObject(refused(409, 'offerExpired'))
  })
})

describe('quotas set by the organisers', () => {
  it('are refused beyond the capacity, for an institution not invited, and to anyone but an organiser; a raised quota offers places', async () => {
    const act = await openActivity(db, { capacity: 4 })
    const stranger = await createInstitutionRow(db)
    const set = (actor: Actor, quotas: { institutionId: string; places: number }[]) =>
      asUser(db, actor, tx => setActivityQuotas(tx, act.activityId, { quotas }))
    await expect(set(act.organiser, [{ institutionId: act.partners[0]!, places: 5 }])).rejects.toMatchObject(refused(409, 'quotasBeyondCapacity'))
    await expect(set(act.organiser, [{ institutionId: stranger, places: 1 }])).rejects.toMatchObject(refused(422, 'quotaNotPartner'))
    await expect(set(act.offices[0]!, [{ institutionId: act.partners[0]!, places: 1 }])).rejects.toMatchObject(refused(403, 'notOrganiser'))
    await set(act.organiser, [{ institutionId: act.partners[0]!, places: 1 }, { institutionId: act.partners[1]!, places: 3 }])
    const [a1, a2] = await peopleOf(db, act.partners[0]!, 2)
    await registerSelf(db, a1!, act.activityId)
    const waiting = await registerSelf(db, a2!, act.activityId)
    expect(waiting.state).toBe('waitlisted')
    expect(await set(act.organiser, [{ institutionId: act.partners[0]!, places: 2 }, { institutionId: act.partners[1]!, places: 2 }]))
      .toMatchObject({ offered: 1 })
    expect(await stateOf(db, waiting.id)).toBe('offered')
  })
})

describe('reminders before the first session', () => {
  it('go 7 days and 1 day before to confirmed people only, once each, however often the job runs', async () => {
    const act = await openActivity(db, { capacity: 1, firstSessionInDays: 5 })
    const [p1, p2] = await peopleOf(db, act.partners[0]!, 2)
    await registerSelf(db, p1!, act.activityId)
    await registerSelf(db, p2!, act.activityId)
    expect(await sendRegistrationReminders(db)).toBeGreaterThanOrEqual(1)
    expect(await sendRegistrationReminders(db)).toBe(0)
    const reminders = async (p: Actor) => (await noticesOf(db, p)).filter(n => n.kind === 'calendarReminder')
    expect(await reminders(p1!)).toHaveLength(1)
    expect(await reminders(p2!)).toEqual([])
    await asService(db, 'test fixture', tx => tx.updateTable('activity_sessions')
      .set({ starts_at: sql<Date>`now() + interval '12 hours'`, ends_at: sql<Date>`now() + interval '14 hours'` }).where('activity_id', '=', act.activityId).execute())
    await sendRegistrationReminders(db)
    await sendRegistrationReminders(db)
    expect(await reminders(p1!)).toHaveLength(2)
    const [mail] = (await mailsTo(p1!)).filter(m => m.template === 'calendarReminder')
    expect(mail!.subject).toContain('Cross-cultural training')
    expect(mail!.body).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  })

  it('a person who registers the day before gets one reminder, not two', async () => {
    const act = await openActivity(db, { firstSessionInDays: 0.5 })
    const late = await personWithRole(db, 'late', act.partners[0]!, 'student')
    await registerSelf(db, late, act.activityId)
    await sendRegistrationReminders(db)
    expect((await noticesOf(db, late)).filter(n => n.kind === 'calendarReminder')).toHaveLength(1)
  })
})
