import { asService, type Actor } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { createBodyRow, createMeetingRow, seat } from './governance-fixtures'
import { createInstitutionRow, createPerson } from './helpers'
import { createSecretariat, personWithRole } from './rls-fixtures'

/**
 * A community for the plan: the secretariat; two member institutions with an office each and a student
 * at the first; a member of the executive committee (a teacher at the second institution) and a member of
 * the council only; an outsider who belongs nowhere. One meeting of each body.
 */
export async function planCommunity(db: Db) {
  const sec = await createSecretariat(db)
  const north = await createInstitutionRow(db)
  const south = await createInstitutionRow(db)
  const northOffice = await personWithRole(db, 'north-office', north, 'office_staff')
  const southOffice = await personWithRole(db, 'south-office', south, 'partner_staff')
  const student = await personWithRole(db, 'student', north, 'student')
  const committee = await createBodyRow(db, 'executive_committee', { en: 'Executive committee', zh: '执行委员会' })
  const council = await createBodyRow(db, 'council')
  const chair = await personWithRole(db, 'chair', south, 'teacher')
  await seat(db, committee, chair, south)
  const councillor = await personWithRole(db, 'councillor', south, 'teacher')
  await seat(db, council, councillor, south)
  const formerMember = await personWithRole(db, 'former', south, 'teacher')
  await seat(db, committee, formerMember, south, { start: '2020-01-01', end: '2021-12-31' })
  const outsider = await createPerson(db, 'outsider')
  return {
    sec, north, south, northOffice, southOffice, student, chair, councillor, formerMember, outsider,
    committeeMeeting: await createMeetingRow(db, committee), councilMeeting: await createMeetingRow(db, council),
  }
}
export type PlanCommunity = Awaited<ReturnType<typeof planCommunity>>

/** A plan row in a state, written on the service path (fixtures only). */
export async function planRow(db: Db, academicYear: string, createdBy: Actor, state: 'draft' | 'submitted' | 'approved' = 'draft') {
  return (await asService(db, 'test fixture', tx => tx.insertInto('activity_plans').values({
    academic_year: academicYear, created_by: createdBy.id, state, ...(state === 'approved' ? { approved_at: new Date(), approved_by: createdBy.id } : {}),
  }).returning('id').executeTakeFirstOrThrow())).id
}

export async function itemRow(db: Db, planId: string, organiser: string, proposer: Actor, month = '2026-10-01') {
  return (await asService(db, 'test fixture', tx => tx.insertInto('activity_plan_items').values({
    plan_id: planId, kind: 'training', title: JSON.stringify({ en: 'PLC training', zh: 'PLC 培训', th: 'การฝึกอบรม PLC' }), audience: '{}',
    month, organiser_institution_id: organiser, budget_line: '{}', budget_amount: null, currency: null, expected_participants: 30,
    proposed_by: proposer.id,
  }).returning('id').executeTakeFirstOrThrow())).id
}

export function itemValues(planId: string, organiser: string, proposer: Actor, month = '2026-11-01') {
  return {
    plan_id: planId, kind: 'seminar' as const, title: JSON.stringify({ en: 'Probe seminar' }), audience: '{}', month,
    organiser_institution_id: organiser, budget_line: '{}', budget_amount: null, currency: null, expected_participants: null, proposed_by: proposer.id,
  }
}
