import { randomUUID } from 'node:crypto'

/** Who sends a sample: the person most likely to get past the route's checks, so the fuzz reaches the database. */
export type FuzzActor = 'anon' | 'newcomer' | 'secretariat' | 'thai' | 'office' | 'student' | 'abroad'

/** Ids found in the demo community (and a few made in setup) that fill path parameters and bodies. */
export interface FuzzIds {
  newcomer: string
  thaiInstitution: string
  nanningInstitution: string
  redRiver: string
  activeAgreement: string
  draftAgreement: string
  council: string
  meeting: string
  decision?: string
  program: string
  call: string
  draftApplication?: string
  abroadApplication: string
  incident?: string
  joinRequest?: string
}

export interface BodySample {
  /** "METHOD /api/pattern" as apiRoutes() names it. */
  route: string
  as: FuzzActor
  /** Values for the path parameters; any not named is a random uuid. */
  params?: (ids: FuzzIds) => Record<string, string | undefined>
  body: (ids: FuzzIds) => Record<string, unknown>
}

const slug = () => `fuzz-${randomUUID().slice(0, 12)}`
const meeting = { title: { en: 'Fuzz meeting', th: 'การประชุม' }, startsAtLocal: '2027-03-02T14:00', timeZone: 'Asia/Bangkok', durationMinutes: 90, location: { en: 'Room 1' }, agenda: { en: 'Agenda' } }
const content = (ids: FuzzIds) => ({
  goals: { en: 'Goals', th: 'เป้าหมาย' }, scope: { en: 'Scope' }, ipTerms: {}, benefitSharing: {}, disputeResolution: {},
  parties: [{ institutionId: ids.thaiInstitution, divisionOfLabour: { en: 'Teach' }, resources: [{ kind: 'money', amount: 1000.5, unit: 'THB', description: { en: 'Grant' } }] }],
  startsOn: '2026-09-01', endsOn: '2030-08-31', autoRenew: false,
  conditions: [{ id: 'c1', type: 'student_study', sendingInstitutionId: ids.thaiInstitution, receivingInstitutionId: ids.nanningInstitution, placesPerYear: 3, monthsPerPlace: 5, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B1' }],
})
const institution = () => ({ slug: slug(), kind: 'vocational_college', country: 'KH', city: { en: 'Siem Reap' }, name: { en: 'Fuzz College', km: 'មហាវិទ្យាល័យ' }, description: { en: 'About' }, website: 'https://fuzz.example' })

/** A valid body per route with a JSON body; the fuzz breaks one field at a time. Routes missing here still get BAD_BODIES. */
export const BODY_SAMPLES: BodySample[] = [
  { route: 'POST /api/auth/signup', as: 'anon', body: () => ({ email: `${slug()}@fuzz.example`, password: 'fuzz-password-1', displayName: 'Fuzz Person', locale: 'th' }) },
  { route: 'POST /api/auth/login', as: 'anon', body: () => ({ email: 'nobody@fuzz.example', password: 'fuzz-password-1' }) },
  { route: 'POST /api/credentials/check', as: 'anon', body: () => ({ credential: '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"]}' }) },
  { route: 'POST /api/certificates/verify', as: 'anon', body: () => ({ publicId: 'ab'.repeat(20), file: { kind: 'credential', text: '{"@context":["https://www.w3.org/ns/credentials/v2"]}' } }) },
  { route: 'POST /api/certificates', as: 'office', body: ids => ({ action: 'save', template: {
    ownerInstitutionId: ids.nanningInstitution, languages: ['zh', 'th'], title: { zh: '证书', th: 'ประกาศนียบัตร' }, hours: 12, serialScheme: 'FZ-{YYYY}-{SEQ:3}',
    shownFields: ['latin_name', 'hours'], issuers: [{ institutionId: ids.nanningInstitution, signatoryName: { zh: '李华' }, signatoryTitle: { en: 'Dean' }, logoFileId: null }],
  } }) },
  { route: 'POST /api/certificates/[id]', as: 'office', body: () => ({ action: 'revoke', reason: 'Issued in error.', language: 'en' }) },
  { route: 'POST /api/auth/password', as: 'newcomer', body: () => ({ currentPassword: 'not-the-password-1', newPassword: 'fuzz-password-2' }) },
  { route: 'POST /api/auth/password-reset', as: 'anon', body: () => ({ email: 'nobody@fuzz.example', locale: 'km' }) },
  { route: 'POST /api/auth/password-reset/confirm', as: 'anon', body: () => ({ token: 'x'.repeat(40), password: 'fuzz-password-1' }) },
  { route: 'PATCH /api/profile', as: 'newcomer', body: () => ({ displayName: 'Fuzz', preferredLocale: 'lo', timeZone: 'Asia/Vientiane', thaiBuddhistCalendar: false, avatarFileId: null }) },
  { route: 'POST /api/institutions', as: 'secretariat', body: institution },
  { route: 'PATCH /api/institutions/[slug]', as: 'thai', params: ids => ({ slug: ids.thaiInstitution }), body: () => ({ name: { en: 'Chao Phraya Technical College', th: 'วิทยาลัยเทคนิคเจ้าพระยา' }, city: { en: 'Bangkok' }, website: 'https://cp.example' }) },
  { route: 'PATCH /api/institutions/[slug]/standing', as: 'secretariat', params: ids => ({ slug: ids.redRiver }), body: () => ({ membershipStatus: 'member', memberUntil: '2030-12-31' }) },
  { route: 'POST /api/admin/memberships', as: 'secretariat', body: ids => ({ userId: ids.newcomer, institutionId: ids.redRiver, role: 'teacher' }) },
  { route: 'POST /api/agreements', as: 'thai', body: ids => ({ kind: 'bilateral', title: { en: 'Fuzz agreement' }, parties: [{ institutionId: ids.thaiInstitution, signatoryName: 'Somchai', signatoryTitle: { en: 'Director' } }, { institutionId: ids.nanningInstitution, signatoryName: '李华' }], content: content(ids) }) },
  { route: 'PUT /api/agreements/[id]/content', as: 'thai', params: ids => ({ id: ids.draftAgreement }), body: ids => ({ baseVersion: 1, title: { en: 'Fuzz agreement' }, content: content(ids) }) },
  { route: 'POST /api/agreements/[id]/approvals', as: 'thai', params: ids => ({ id: ids.draftAgreement }), body: ids => ({ version: 1, institutionId: ids.thaiInstitution }) },
  { route: 'POST /api/agreements/[id]/signatures', as: 'thai', params: ids => ({ id: ids.draftAgreement }), body: ids => ({ version: 1, institutionId: ids.thaiInstitution, signatoryName: 'Somchai', fileId: null }) },
  { route: 'POST /api/agreements/[id]/transitions', as: 'thai', params: ids => ({ id: ids.activeAgreement }), body: () => ({ action: 'reopen', reason: 'Fuzz' }) },
  { route: 'POST /api/agreements/[id]/ledger', as: 'thai', params: ids => ({ id: ids.activeAgreement }), body: ids => ({ institutionId: ids.thaiInstitution, entryDate: '2026-10-01', amount: 1250.75, currency: 'THB', category: 'travel', note: { en: 'Bus' }, fileId: null }) },
  { route: 'POST /api/governance/bodies', as: 'secretariat', body: () => ({ kind: 'working_group', name: { en: 'Fuzz group' }, mandate: { en: 'Mandate' } }) },
  { route: 'POST /api/governance/bodies/[id]/members', as: 'secretariat', params: ids => ({ id: ids.council }), body: ids => ({ userId: ids.newcomer, institutionId: ids.redRiver, position: { en: 'Member' }, termStart: '2026-01-01', termEnd: '2028-12-31' }) },
  { route: 'POST /api/governance/bodies/[id]/meetings', as: 'office', params: ids => ({ id: ids.council }), body: () => meeting },
  { route: 'PATCH /api/governance/meetings/[id]', as: 'office', params: ids => ({ id: ids.meeting }), body: () => ({ ...meeting, minutes: { en: 'Minutes' } }) },
  { route: 'POST /api/governance/meetings/[id]/decisions', as: 'office', params: ids => ({ id: ids.meeting }), body: () => ({ text: { en: 'Decided' }, ownerId: null, dueOn: '2027-06-30' }) },
  { route: 'PATCH /api/governance/decisions/[id]', as: 'office', params: ids => ({ id: ids.decision }), body: () => ({ text: { en: 'Decided' }, status: 'open', dueOn: '2027-06-30' }) },
  { route: 'POST /api/governance/meetings/[id]/files', as: 'office', params: ids => ({ id: ids.meeting }), body: () => ({ fileId: randomUUID() }) },
  { route: 'POST /api/calendar/holidays', as: 'secretariat', body: () => ({ country: 'LA', day: '2027-10-15', kind: 'public', name: { lo: 'ບຸນອອກພັນສາ', en: 'Boun Ok Phansa' }, source: 'Fuzz notice' }) },
  { route: 'POST /api/calendar/periods', as: 'office', body: ids => ({ institutionId: ids.nanningInstitution, kind: 'exam', startsOn: '2027-01-11', endsOn: '2027-01-22', name: { en: 'Exams' } }) },
  { route: 'POST /api/join-requests', as: 'newcomer', body: () => ({ ...institution(), motivation: { en: 'Internships' } }) },
  { route: 'POST /api/join-requests/[id]/decision', as: 'secretariat', params: ids => ({ id: ids.joinRequest }), body: () => ({ decision: 'reject', reason: 'Fuzz' }) },
  { route: 'POST /api/mobility/programs', as: 'office', body: ids => ({ type: 'short_term_study', title: { en: 'Fuzz program' }, description: { en: 'About' }, hostInstitutionId: ids.nanningInstitution, sendingInstitutionIds: [ids.redRiver], agreementId: null, conditionId: null, startsOn: '2027-03-01', endsOn: '2027-06-30', places: 5, eligibility: { levels: ['eqf_5'], iscedCodes: ['0714'], language: 'en', languageLevel: 'B1' }, requiredDocuments: [{ key: 'cv', required: true, instructions: { en: 'A CV' } }], costs: { en: 'None' }, funding: {} }) },
  { route: 'POST /api/mobility/calls', as: 'office', body: ids => ({ programId: ids.program, title: { en: 'Fuzz call' }, opensAtLocal: '2027-01-01T09:00', closesAtLocal: '2027-02-01T17:00', timeZone: 'Asia/Shanghai', academicYear: '2026/2027', places: [{ sendingInstitutionId: ids.redRiver, places: 2 }] }) },
  { route: 'POST /api/mobility/applications', as: 'student', body: ids => ({ callId: ids.call, homeInstitutionId: ids.redRiver }) },
  { route: 'PUT /api/mobility/applications/[id]', as: 'student', params: ids => ({ id: ids.draftApplication }), body: () => ({ revision: 1, form: { latinName: 'Nguyen Thi Lan', nativeName: 'Nguyễn Thị Lan', emergencyContact: { name: 'Mother', phone: '+84 912 345 678', relation: 'mother' }, preferredCourses: 'PLC', studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'en', level: 'B2', issuer: 'IELTS' }], motivation: 'Learn', teachingPlan: '', teachingHours: null }, private: { passportNumber: 'C1234567', passportExpiry: '2030-01-01', nationality: 'VN' } }) },
  { route: 'POST /api/mobility/applications/[id]/steps', as: 'student', params: ids => ({ id: ids.draftApplication }), body: () => ({ action: 'submit', revision: 999, text: 'Fuzz' }) },
  { route: 'POST /api/mobility/applications/[id]/score', as: 'office', params: ids => ({ id: ids.abroadApplication }), body: () => ({ revision: 999, score: 85.5 }) },
  { route: 'PUT /api/mobility/applications/[id]/checklist/[key]', as: 'abroad', params: ids => ({ id: ids.abroadApplication, key: 'insurance' }), body: () => ({ status: 'done', fileId: null, note: 'Fuzz' }) },
  { route: 'PUT /api/mobility/applications/[id]/documents/[key]', as: 'student', params: ids => ({ id: ids.draftApplication, key: 'cv' }), body: () => ({ fileId: randomUUID() }) },
  { route: 'POST /api/mobility/applications/[id]/incidents', as: 'abroad', params: ids => ({ id: ids.abroadApplication }), body: () => ({ type: 'health', severity: 'low', description: 'A cold', occurredAtLocal: '2026-12-01T10:00', timeZone: 'Asia/Shanghai' }) },
  { route: 'POST /api/mobility/incidents/[id]/notes', as: 'abroad', params: ids => ({ id: ids.incident }), body: () => ({ text: 'Better now' }) },
  { route: 'PUT /api/translations', as: 'thai', body: ids => ({ kind: 'institution', id: ids.thaiInstitution, field: 'city', locale: 'km', text: 'បាងកក' }) },
  { route: 'POST /api/notifications/read', as: 'newcomer', body: () => ({ ids: [randomUUID()], all: false }) },
  { route: 'POST /api/evaluation/forms', as: 'office', body: ids => ({ institutionId: ids.nanningInstitution, definition: evaluationForm() }) },
]

/** A small evaluation form (a Likert, a choice with "other", a date) whose every leaf the fuzz replaces in turn. */
function evaluationForm() {
  return {
    schema: 'portal.evaluation-form/1', title: { en: 'Fuzz form', zh: '测试表' }, purpose: 'reaction', level: 1,
    sections: [{
      id: 's1', title: { en: 'Section' }, questions: [
        { id: 'q1', type: 'likert', required: true, points: 5, text: { en: 'Useful?' }, labels: ['1', '2', '3', '4', '5'].map(n => ({ en: n })) },
        { id: 'q2', type: 'single', required: false, other: true, text: { en: 'Which?' }, options: [{ id: 'a', label: { en: 'A' } }], showIf: { question: 'q1', in: [4, 5] } },
        { id: 'q3', type: 'date', required: false, text: { en: 'When?' }, min: '2026-01-01' },
      ],
    }],
  }
}
