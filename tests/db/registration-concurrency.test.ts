import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { asUser } from '../../server/db/as-user'
import { takeRegistrationStep } from '../../server/domain/calendar/registrations'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { openActivity, peopleOf, register, registerSelf, registrationsOf, setQuotas } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const count = <T>(rows: T[], test: (row: T) => boolean) => rows.filter(test).length

describe('many people registering at the same moment', () => {
  it('500 registrations for 100 places: exactly 100 confirmed and 400 waitlisted in one line, each partner within its quota', async () => {
    // Partners 0 and 1 hold quotas of 30 and 20; partners 2, 3 and 4 share the other 50 places.
    const act = await openActivity(db, { capacity: 100, partners: 5 })
    await setQuotas(db, act.activityId, { [act.partners[0]!]: 30, [act.partners[1]!]: 20 })
    const people = (await Promise.all(act.partners.map(p => peopleOf(db, p, 100)))).flat()
    const results = await Promise.allSettled(people.map(p => registerSelf(db, p, act.activityId)))
    expect(results.filter(r => r.status === 'rejected')).toEqual([])
    const replies = results.map(r => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof registerSelf>>>).value)
    expect(count(replies, r => r.state === 'confirmed')).toBe(100)
    expect(count(replies, r => r.state === 'waitlisted')).toBe(400)
    // Each waitlisted person was told a place in one line: 1 to 400, no two the same.
    expect(replies.filter(r => r.state === 'waitlisted').map(r => r.position).sort((a, b) => a! - b!))
      .toEqual(Array.from({ length: 400 }, (_, i) => i + 1))

    const rows = await registrationsOf(db, act.activityId)
    expect(rows).toHaveLength(500)
    const confirmedOf = (inst: string) => count(rows, r => r.institution_id === inst && r.state === 'confirmed')
    expect(confirmedOf(act.partners[0]!)).toBe(30)
    expect(confirmedOf(act.partners[1]!)).toBe(20)
    expect(confirmedOf(act.partners[2]!) + confirmedOf(act.partners[3]!) + confirmedOf(act.partners[4]!)).toBe(50)
  }, 240_000)

  it('a person who registers in two tabs at once is registered once; the other tab is told they already are', async () => {
    const act = await openActivity(db, { capacity: 5 })
    const [student] = await peopleOf(db, act.partners[0]!, 1)
    const results = await Promise.allSettled([0, 1].map(() => registerSelf(db, student!, act.activityId)))
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter(r => r.status === 'rejected').map(r => (r as PromiseRejectedResult).reason))
      .toEqual([expect.objectContaining({ statusCode: 409, data: expect.objectContaining({ key: 'calendar.registration.errors.alreadyRegistered' }) })])
    expect(await registrationsOf(db, act.activityId)).toHaveLength(1)
  })

  it('cancellations and new registrations racing for freed places never confirm more than the capacity', async () => {
    const act = await openActivity(db, { capacity: 10 })
    const first = await peopleOf(db, act.partners[0]!, 10, 'student', 'first')
    const firstRegs = await Promise.all(first.map(p => registerSelf(db, p, act.activityId)))
    const late = await peopleOf(db, act.partners[1]!, 20, 'student', 'late')
    await Promise.all([
      ...late.map(p => registerSelf(db, p, act.activityId)),
      ...first.slice(0, 5).map((p, i) => asUser(db, p, tx => takeRegistrationStep(tx, p, firstRegs[i]!.id, 'cancel'))),
    ])
    const rows = await registrationsOf(db, act.activityId)
    expect(count(rows, r => r.state === 'confirmed' || r.state === 'offered')).toBe(10)
    expect(count(rows, r => r.state === 'cancelled')).toBe(5)
    // Whoever was waiting when a place freed got it as an offer; nobody jumped the line.
    expect(count(rows, r => r.state === 'offered') + count(rows, r => r.state === 'confirmed' && r.institution_id === act.partners[1])).toBe(5)
  }, 120_000)
})

describe('a group registration by an office', () => {
  it('registers its people in one go, places first and waitlist after', async () => {
    const act = await openActivity(db, { capacity: 3 })
    const students = await peopleOf(db, act.partners[0]!, 5)
    const reply = await register(db, act.offices[0]!, act.activityId, { personIds: students.map(s => s.id), institutionId: act.partners[0]! })
    expect(reply.registrations.map(r => r.state)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
    expect(reply.registrations.map(r => r.position)).toEqual([null, null, null, 1, 2])
  })
})
