import type { Actor } from '../../server/db/as-user'
import { asService, asUser } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { createApplication, saveApplication } from '../../server/domain/mobility/applications'
import { createCall, createProgram } from '../../server/domain/mobility/programs'
import { personWithRole } from './rls-fixtures'
import { createInstitutionRow } from './helpers'

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
    startsOn: '2027-02-15', endsOn: '2027-07-15', places: 10,
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
  preferredCourses: 'Industrial robotics; PLC programming', languageCertificates: [], motivation: 'I want to learn robotics in China.',
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
