import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { OFFER_EXPIRY_JOB } from '../../server/domain/calendar/places'
import { takeRegistrationStep } from '../../server/domain/calendar/registrations'
import { claimJobs, newWorkerId } from '../../server/jobs/queue'
import { jobHandlers } from '../../server/jobs/registry'
import { JobWorker } from '../../server/jobs/worker'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { noticesOf, openActivity, peopleOf, registerSelf, stateOf } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await sleep(50)
  }
}
const jobsOf = (registrationId: string) => asService(db, 'test check', tx => tx.selectFrom('jobs').select(['id', 'state', 'run_at', 'attempts'])
  .where('kind', '=', OFFER_EXPIRY_JOB).where(sql<boolean>`payload ->> 'registrationId' = ${registrationId}`).execute())
/** The offer's deadline has passed: as if offer_hours went by (the job is due, the offer out of time). */
const deadlinePasses = (registrationId: string) => asService(db, 'test fixture', async (tx) => {
  await tx.updateTable('registrations').set({ offer_expires_at: sql<Date>`now() - interval '1 second'` }).where('id', '=', registrationId).execute()
  await tx.updateTable('jobs').set({ run_at: sql<Date>`now() - interval '1 second'` })
    .where('kind', '=', OFFER_EXPIRY_JOB).where(sql<boolean>`payload ->> 'registrationId' = ${registrationId}`).execute()
})
/** The registry's handler of offer expiry alone, so a worker here takes no other test's jobs. */
const offerHandlers = () => ({ [OFFER_EXPIRY_JOB]: jobHandlers()[OFFER_EXPIRY_JOB]! })
const kinds = async (person: Actor) => (await noticesOf(db, person)).map(n => n.kind)

/** Capacity 1: the first confirmed, three waiting; the first cancels, so the second is offered the place. */
async function offerToSecond() {
  const act = await openActivity(db, { capacity: 1, offerHours: 48 })
  const people = await peopleOf(db, act.partners[0]!, 4)
  const regs: string[] = []
  for (const p of people) regs.push((await registerSelf(db, p, act.activityId)).id)
  await asUser(db, people[0]!, tx => takeRegistrationStep(tx, people[0]!, regs[0]!, 'cancel'))
  return { act, people, regs }
}

describe('an offer not answered in time', () => {
  it('has a job due at its deadline (offer_hours later), which expires it and offers the place to the next in line', async () => {
    const { people, regs } = await offerToSecond()
    const [job] = await jobsOf(regs[1]!)
    const offer = await asService(db, 'test check', tx => tx.selectFrom('registrations').select(['offered_at', 'offer_expires_at'])
      .where('id', '=', regs[1]!).executeTakeFirstOrThrow())
    expect(offer.offer_expires_at!.getTime() - offer.offered_at!.getTime()).toBe(48 * 3600 * 1000)
    expect(job).toMatchObject({ state: 'pending', run_at: offer.offer_expires_at })

    await deadlinePasses(regs[1]!)
    const worker = new JobWorker(db, offerHandlers(), { pollMs: 50 })
    worker.start()
    try {
      await until(async () => (await stateOf(db, regs[2]!)) === 'offered')
    }
    finally { await worker.stop() }
    expect(await stateOf(db, regs[1]!)).toBe('expired')
    expect(await stateOf(db, regs[3]!)).toBe('waitlisted')
    expect(await kinds(people[1]!)).toEqual(['calendarOffer', 'calendarOfferExpired'])
    expect(await kinds(people[2]!)).toEqual(['calendarOffer'])
    expect(await jobsOf(regs[2]!)).toEqual([expect.objectContaining({ state: 'pending' })])
  })

  it('expires exactly once across a restart: a worker that died after the work leaves nothing for the next to repeat', async () => {
    const { people, regs } = await offerToSecond()
    await deadlinePasses(regs[1]!)
    // The first server claims the job, does the work, and dies before it can mark the job done.
    const dead = newWorkerId('dead')
    const [claimed] = await claimJobs(db, dead, [OFFER_EXPIRY_JOB], 10)
    expect(claimed).toMatchObject({ kind: OFFER_EXPIRY_JOB, payload: { registrationId: regs[1] } })
    await jobHandlers()[OFFER_EXPIRY_JOB]!(claimed!.payload, { db, job: claimed! })
    // Its lease runs out; the restarted server takes the job again.
    await asService(db, 'test fixture', tx => tx.updateTable('jobs').set({ locked_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', claimed!.id).execute())
    const restarted = new JobWorker(db, offerHandlers(), { pollMs: 50 })
    restarted.start()
    try {
      await until(async () => (await jobsOf(regs[1]!))[0]!.state === 'done')
    }
    finally { await restarted.stop() }
    expect((await jobsOf(regs[1]!))[0]).toMatchObject({ state: 'done', attempts: 2 })
    expect(await Promise.all(regs.map(id => stateOf(db, id)))).toEqual(['cancelled', 'expired', 'offered', 'waitlisted'])
    expect(await kinds(people[1]!)).toEqual(['calendarOffer', 'calendarOfferExpired'])
    expect(await kinds(people[2]!)).toEqual(['calendarOffer'])
    expect(await jobsOf(regs[2]!)).toHaveLength(1)
  })

  it('does nothing when the offer was accepted before its deadline', async () => {
    const { people, regs } = await offerToSecond()
    await asUser(db, people[1]!, tx => takeRegistrationStep(tx, people[1]!, regs[1]!, 'accept'))
    await asService(db, 'test fixture', tx => tx.updateTable('jobs').set({ run_at: sql<Date>`now()` })
      .where('kind', '=', OFFER_EXPIRY_JOB).where(sql<boolean>`payload ->> 'registrationId' = ${regs[1]!}`).execute())
    const worker = new JobWorker(db, offerHandlers(), { pollMs: 50 })
    worker.start()
    try {
      await until(async () => (await jobsOf(regs[1]!))[0]!.state === 'done')
    }
    finally { await worker.stop() }
    expect(await Promise.all(regs.map(id => stateOf(db, id)))).toEqual(['cancelled', 'confirmed', 'waitlisted', 'waitlisted'])
    expect(await kinds(people[1]!)).toEqual(['calendarOffer'])
  })
})
