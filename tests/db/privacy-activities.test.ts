import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { submitResponse } from '../../server/domain/evaluation/responses'
import { eraseAccount } from '../../server/domain/privacy/erase'
import { collectPersonalData } from '../../server/domain/privacy/export'
import type { FileStore } from '../../server/storage/file-store'
import { evaluationSetup, type EvaluationSetup } from './evaluation-fixtures'
import { freshDatabase } from './helpers'

const NO_FILES: FileStore = { put: async () => {}, putFile: async () => {}, get: async () => null, delete: async () => {} }
const DIET = 'Halal, no peanuts (allergy)'
const COMMENT = 'Thank you, Ms Sokha Chan from Phnom Penh'

let handle: DatabaseHandle
let s: EvaluationSetup
beforeAll(async () => {
  handle = await freshDatabase()
  s = await evaluationSetup(handle.db, { students: 1 })
  const student = s.students[0]!
  await asService(handle.db, 'test fixture', async (tx) => {
    const registration = await tx.selectFrom('registrations').select('id').where('person_id', '=', student.id).executeTakeFirstOrThrow()
    await tx.updateTable('registration_answers').set({ answers: JSON.stringify({ dietary: DIET }) }).where('registration_id', '=', registration.id).execute()
    const session = await tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', s.activityId).executeTakeFirstOrThrow()
    await tx.insertInto('attendance').values({ registration_id: registration.id, session_id: session.id } as never).execute()
  })
  await asUser(handle.db, student, tx => submitResponse(tx, student, s.instanceId, { answers: { useful: 4, recommend: 9, comment: COMMENT }, locale: 'km' }))
}, 120_000)
afterAll(() => handle.close())

describe('a person\'s activities and evaluations in their data', () => {
  it('the archive holds their registration with its answers and attended session, and their named evaluation answers', async () => {
    const student = s.students[0]!
    const data = await asUser(handle.db, student, tx => collectPersonalData(tx, NO_FILES, student))
    const [registration] = data.areas.activities as { activity_id: string; state: string; answers: { dietary: string }; attended_sessions: unknown[] }[]
    expect(registration).toMatchObject({ activity_id: s.activityId, state: 'confirmed', answers: { dietary: DIET } })
    expect(registration!.attended_sessions).toHaveLength(1)
    type Answer = { question: string; number: number | null; text: string | null }
    const evaluations = data.areas.evaluations as { responses: { instance_id: string; locale: string; answers: Answer[] }[] }
    const [response] = evaluations.responses
    expect(response).toMatchObject({ instance_id: s.instanceId, locale: 'km' })
    expect(response!.answers).toEqual(expect.arrayContaining([
      expect.objectContaining({ question: 'useful', number: 4 }), expect.objectContaining({ question: 'comment', text: COMMENT }),
    ]))
  })

  it('erasing the account removes the registration answers and the free text, and keeps attendance and scores for the organisers', async () => {
    const student = s.students[0]!
    await asService(handle.db, 'erase account', tx => eraseAccount(tx, NO_FILES, student.id))
    const left = await asService(handle.db, 'test check', async tx => ({
      answers: await tx.selectFrom('registration_answers as ra').innerJoin('registrations as r', 'r.id', 'ra.registration_id')
        .select('ra.answers').where('r.person_id', '=', student.id).execute(),
      attendance: await tx.selectFrom('attendance as t').innerJoin('registrations as r', 'r.id', 't.registration_id')
        .select('t.session_id').where('r.person_id', '=', student.id).execute(),
      evaluation: await tx.selectFrom('evaluation_answers as a').innerJoin('evaluation_responses as r', 'r.id', 'a.response_id')
        .select(['a.question_id', 'a.number_value', 'a.text_value']).where('r.person_id', '=', student.id).execute(),
    }))
    expect(left.answers).toEqual([])
    expect(left.attendance).toHaveLength(1)
    expect(left.evaluation.find(a => a.question_id === 'useful')?.number_value).toBe(4)
    expect(left.evaluation.every(a => a.text_value === null)).toBe(true)
    // Nothing of what they wrote is left anywhere but in the erased rows' audit trail, which the erasure scrubs.
    const hits = await asService(handle.db, 'test check', async tx => (await sql<{ n: number }>`select count(*)::int as n from public.audit_log
      where strpos(coalesce(before::text, '') || coalesce(after::text, ''), ${DIET}) > 0
         or strpos(coalesce(before::text, '') || coalesce(after::text, ''), ${COMMENT}) > 0`.execute(tx)).rows[0]!.n)
    expect(hits).toBe(0)
  })
})
