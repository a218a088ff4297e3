import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { createConference } from '../../server/domain/conferences/conferences'
import { createSubmission, addCoauthor, takeSubmissionStep } from '../../server/domain/conferences/submissions'
import { answerReviewerInvitation, inviteReviewer } from '../../server/domain/conferences/reviews'
import { addSessions } from '../../server/domain/calendar/sessions'
import { authorSchema, conferenceSettingsSchema, reviewerInviteSchema, submissionCreateSchema, type ConferenceSettingsInput, type SubmissionCreateInput } from '../../shared/schemas/conferences'
import { createInstitutionRow, createPerson } from './helpers'
import { activityIn, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { personWithRole } from './rls-fixtures'

export interface ConferenceWorld {
  setup: OrganiserSetup
  /** The organiser's office: it manages the activity, so it chairs the conference. */
  chair: Actor
  activityId: string
  conferenceId: string
  /** A Thai college (the organiser's invited partner), its teacher who submits, and a colleague who reviews. */
  thaiCollege: string
  thaiAuthor: Actor
  thaiColleague: Actor
  /** A Vietnamese university and its teacher, the co-author. */
  vnUniversity: string
  vnCoauthor: Actor
  /** A Chinese reviewer of another university, in no conflict. */
  zhReviewer: Actor
  outsider: Actor
}

async function institutionIn(db: Db, country: string): Promise<string> {
  const id = await createInstitutionRow(db)
  await asService(db, 'test fixture', tx => tx.updateTable('institutions').set({ country }).where('id', '=', id).execute())
  return id
}

export function settings(overrides: Partial<ConferenceSettingsInput> = {}): ConferenceSettingsInput {
  return conferenceSettingsSchema.parse({
    callText: { en: 'Call for abstracts: vocational education across borders', zh: '征稿：跨境职业教育' },
    submissionTypes: ['talk', 'poster', 'workshop'], wordLimit: 300, submissionDeadlineLocal: '2099-01-31T23:59', ...overrides,
  })
}

/**
 * A conference on 2027-03-15 and 16 in Nanning (the calendar fixtures' venue), published, with an open call, a Thai
 * author and her colleague, a Vietnamese co-author and a Chinese reviewer.
 */
export async function conferenceWorld(db: Db, overrides: Partial<ConferenceSettingsInput> = {}): Promise<ConferenceWorld> {
  const setup = await organiserSetup(db)
  const activityId = await activityIn(db, setup, 'published', { kind: 'conference', title: { en: 'China–ASEAN vocational education conference', zh: '中国—东盟职业教育学术会议' } })
  await asUser(db, setup.office, tx => addSessions(tx, setup.office, activityId, {
    sessions: [{ title: {}, startsAtLocal: '2027-03-16T09:00', endsAtLocal: '2027-03-16T17:00', timeZone: 'Asia/Shanghai', roomId: setup.roomIds[0], onlineUrl: null }],
    series: null,
  }))
  const conferenceId = await asUser(db, setup.office, tx => createConference(tx, setup.office, activityId, settings(overrides)))
  const thaiCollege = setup.partners[0]!.id
  const vnUniversity = await institutionIn(db, 'VN')
  const zhUniversity = await institutionIn(db, 'CN')
  return {
    setup, chair: setup.office, activityId, conferenceId, thaiCollege,
    thaiAuthor: await personWithRole(db, 'thai-author', thaiCollege, 'teacher'),
    thaiColleague: await personWithRole(db, 'thai-colleague', thaiCollege, 'teacher'),
    vnUniversity, vnCoauthor: await personWithRole(db, 'vn-coauthor', vnUniversity, 'teacher'),
    zhReviewer: await personWithRole(db, 'zh-reviewer', zhUniversity, 'teacher'),
    outsider: await createPerson(db, 'outsider'),
  }
}

export function submissionInput(w: ConferenceWorld, overrides: Partial<SubmissionCreateInput> = {}): SubmissionCreateInput {
  return submissionCreateSchema.parse({
    type: 'talk', title: { th: 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา', en: 'Cross-border internships in vocational education' },
    abstract: { en: 'We report on two years of internships of Thai students at enterprises in Guangxi and what they learned.' },
    keywords: ['internships', 'vocational education'], presentationLanguage: 'en',
    submitter: { displayName: 'Malee Srisuk', institutionId: w.thaiCollege, country: 'TH' }, ...overrides,
  })
}

/** The Thai author's submission with the Vietnamese co-author, taken to `state` (draft, submitted). */
export async function submissionBy(db: Db, w: ConferenceWorld, state: 'draft' | 'submitted' = 'submitted', overrides: Partial<SubmissionCreateInput> = {}) {
  const id = await asUser(db, w.thaiAuthor, tx => createSubmission(tx, w.thaiAuthor, w.conferenceId, submissionInput(w, overrides)))
  await asUser(db, w.thaiAuthor, tx => addCoauthor(tx, id, authorSchema.parse({
    personId: w.vnCoauthor.id, displayName: 'Nguyễn Văn An', institutionId: w.vnUniversity, country: 'VN', position: 2,
  })))
  if (state === 'submitted') await asUser(db, w.thaiAuthor, tx => takeSubmissionStep(tx, id, 'submit'))
  return id
}

/** A reviewer of the conference who accepted, with topics. Returns the reviewer row's id. */
export async function acceptedReviewer(db: Db, w: ConferenceWorld, person: Actor, topics: string[] = ['internships']): Promise<string> {
  const { id } = await asUser(db, w.chair, tx => inviteReviewer(tx, w.chair, w.conferenceId, reviewerInviteSchema.parse({ personId: person.id, topics })))
  await asUser(db, person, tx => answerReviewerInvitation(tx, person, id, { accept: true }))
  return id
}

/** Moves the call's deadline (the service path: the tests' way to let the clock pass it). */
export async function setDeadline(db: Db, conferenceId: string, deadline: Date | string) {
  await asService(db, 'test fixture', tx => tx.updateTable('conferences').set({ submission_deadline: deadline }).where('id', '=', conferenceId).execute())
}
