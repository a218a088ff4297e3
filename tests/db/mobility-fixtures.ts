import type { Actor } from '../../server/db/as-user'
import { asService, asUser } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { createApplication, saveApplication } from '../../server/domain/mobility/applications'
import { createCall, createProgram } from '../../server/domain/mobility/programs'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { transitionByParty } from '../../server/domain/agreements/transitions'
import { CHECKLIST_KEYS, type ApplicationState } from '../../shared/mobility/vocabulary'
import { personWithRole } from './rls-fixtures'
import { createInstitutionRow } from './helpers'
import { contentFor, draftAgreement, partiesWithStaff } from './agreement-fixtures'

export interface Exchange {
  home: string
  host: string
  homeOffice: Actor
  hostOffice: Actor
  callId: string
  programId: string
}

/** A host and a home institution, each with an office, a semester-exchange program and a call open now with `places` for the home. */
export async function openExchange(db: Db, places = 3, requiredDocuments = [{ key: 'transcript', required: true, instructions: { en: 'Transcript of records' } }]): Promise<Exchange> {
  const home = await createInstitutionRow(db)
  const host = await createInstitutionRow(db)
  const homeOffice = await personWithRole(db, 'home-office', home, 'office_staff')
  const hostOffice = await personWithRole(db, 'host-office', host, 'office_staff')
  const programId = await asUser(db, hostOffice, tx => createProgram(tx, hostOffice, {
    type: 'semester_exchange', title: { en: 'Semester in mechatronics', zh: '机电一体化学期交流' }, description: {},
    hostInstitutionId: host, sendingInstitutionIds: [home], agreementId: null, conditionId: null,
    startsOn: '2027-02-15', endsOn: '2027-07-15', places: Math.max(10, places),
    eligibility: { levels: [], iscedCodes: [], language: null, languageLevel: null },
    requiredDocuments, costs: {}, funding: {},
  }))
  const now = new Date()
  const local = (d: Date) => d.toISOString().slice(0, 16)
  const callId = await asUser(db, homeOffice, tx => createCall(tx, homeOffice, {
    programId, title: { en: 'Spring 2027 exchange call' }, opensAtLocal: local(new Date(now.getTime() - 86_400_000)),
    closesAtLocal: local(new Date(now.getTime() + 30 * 86_400_000)), timeZone: 'UTC', academicYear: '2026/2027',
    places: [{ sendingInstitutionId: home, places }],
  }))
  return { home, host, homeOffice, hostOffice, callId, programId }
}

export const COMPLETE_FORM = {
  latinName: 'Nguyen Thi Lan', nativeName: 'Nguyễn Thị Lan',
  emergencyContact: { name: 'Nguyen Van Binh', phone: '+84 912 345 678', relation: 'father' },
  preferredCourses: 'Industrial robotics; PLC programming', studyLevel: null, fieldOfStudy: null, languageCertificates: [], motivation: 'I want to learn robotics in China.',
  teachingPlan: '', teachingHours: null,
}

/** A student of the home institution with a complete draft (form, passport, required transcript) ready to submit. */
export async function completeDraft(db: Db, ex: Exchange, name = 'student'): Promise<{ student: Actor; id: string; revision: number }> {
  const student = await personWithRole(db, name, ex.home, 'student')
  const id = await asUser(db, student, tx => createApplication(tx, student, { callId: ex.callId, homeInstitutionId: ex.home }))
  const { revision } = await asUser(db, student, tx => saveApplication(tx, student, id, {
    revision: 1, form: COMPLETE_FORM, private: { passportNumber: 'C1234567', passportExpiry: '2030-01-01', nationality: 'VN' },
  }))
  const file = await asService(db, 'test fixture', tx => tx.insertInto('files').values({
    owner_id: student.id, storage_key: `${student.id}/${id}`, filename: 'transcript.pdf', content_type: 'application/pdf', size_bytes: 10, sha256: 'b'.repeat(64),
  }).returning('id').executeTakeFirstOrThrow())
  await asUser(db, student, tx => tx.insertInto('application_documents').values({ application_id: id, document_key: 'transcript', file_id: file.id }).execute())
  return { student, id, revision }
}

// ---------------------------------------------------------------- lifecycle, RLS and concurrency suites

/** An application's state and revision as they really are (read bypassing RLS). */
export async function applicationRow(db: Db, id: string) {
  return asService(db, 'test check', tx => tx.selectFrom('applications').select(['state', 'revision', 'score', 'applicant_id'])
    .where('id', '=', id).executeTakeFirstOrThrow())
}

/** Puts an application straight into a state; the state guard lets only the service role skip the lifecycle. */
export async function putInState(db: Db, id: string, state: ApplicationState): Promise<number> {
  const row = await asService(db, 'test: put application in a state', tx => tx.updateTable('applications').set({ state })
    .where('id', '=', id).returning('revision').executeTakeFirstOrThrow())
  return row.revision
}

/** Marks every item of an application's pre-departure checklist done, so departure is not blocked. */
export async function checklistDone(db: Db, id: string): Promise<void> {
  await asService(db, 'test fixture', tx => tx.insertInto('checklist_items')
    .values(CHECKLIST_KEYS.map(key => ({ application_id: id, item_key: key, status: 'done' as const, file_id: null, note: null }))).execute())
}

/** A new student's complete application put straight into `state` (a confirmed one with its checklist done). */
export async function applicationIn(db: Db, ex: Exchange, state: ApplicationState, name = 'student') {
  const draft = await completeDraft(db, ex, name)
  const revision = state === 'draft' ? draft.revision : await putInState(db, draft.id, state)
  if (state === 'confirmed') await checklistDone(db, draft.id)
  return { ...draft, revision }
}

/** A call of `programId`, open from yesterday for a month, created by `actor`. */
export async function openCall(db: Db, actor: Actor, programId: string, places: { sendingInstitutionId: string; places: number }[], academicYear = '2026/2027') {
  const local = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 16)
  return asUser(db, actor, tx => createCall(tx, actor, {
    programId, title: { en: 'Exchange call' }, opensAtLocal: local(-86_400_000), closesAtLocal: local(30 * 86_400_000),
    timeZone: 'UTC', academicYear, places,
  }))
}

export interface AgreementExchange extends Omit<Exchange, 'callId'> { agreementId: string }

/**
 * An agreement negotiated, approved and signed by both parties (so active) whose condition c1 sends
 * `placesPerYear` students a year from home to host, each party with an office, and a program under c1.
 */
export async function exchangeUnderAgreement(db: Db, placesPerYear: number): Promise<AgreementExchange> {
  const setup = await partiesWithStaff(db, 2)
  const [home, host] = setup.institutionIds as [string, string]
  const base = contentFor(setup.institutionIds).conditions[0]!
  const agreementId = await draftAgreement(db, setup, { conditions: [{ ...base, placesPerYear }] })
  await asUser(db, setup.staff[0]!, tx => transitionByParty(tx, setup.staff[0]!, agreementId, 'open_negotiation'))
  for (const [i, person] of setup.staff.entries()) {
    await asUser(db, person, tx => approveVersion(tx, person, agreementId, { version: 1, institutionId: setup.institutionIds[i]! }))
  }
  for (const [i, person] of setup.staff.entries()) {
    await asUser(db, person, tx => signVersion(tx, person, agreementId, { version: 1, institutionId: setup.institutionIds[i]!, signatoryName: `Signer ${i}`, fileId: null }))
  }
  const homeOffice = await personWithRole(db, 'home-office', home, 'office_staff')
  const hostOffice = await personWithRole(db, 'host-office', host, 'office_staff')
  const programId = await asUser(db, hostOffice, tx => createProgram(tx, hostOffice, {
    type: 'semester_exchange', title: { en: 'Mechatronics under the agreement' }, description: {},
    hostInstitutionId: host, sendingInstitutionIds: [home], agreementId, conditionId: 'c1',
    startsOn: '2027-02-15', endsOn: '2027-07-15', places: Math.max(10, placesPerYear * 2),
    eligibility: { levels: [], iscedCodes: [], language: null, languageLevel: null },
    requiredDocuments: [{ key: 'transcript', required: true, instructions: {} }], costs: {}, funding: {},
  }))
  return { agreementId, home, host, homeOffice, hostOffice, programId }
}
