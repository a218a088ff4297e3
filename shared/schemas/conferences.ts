import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { COMMON_LANGUAGES } from '../languages'
import { ACCEPTED_TYPES, DECISION_OUTCOMES, REVIEW_MODES, SCORE_MAX, SCORE_MIN, SUBMISSION_TYPES } from '../conferences/vocabulary'
import { SUBMISSION_TRANSITIONS } from '../conferences/lifecycle'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { email, localDateTime, nameText, text } from './primitives'

const uuid = z.string().uuid()
const instant = z.iso.datetime({ offset: true })
const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const language = z.string().refine(code => COMMON_LANGUAGES.includes(code), { message: 'unknown_language' })
const country = z.string().regex(/^[A-Z]{2}$/)
const requiredName = (max: number) => localizedNameSchema(max).refine(v => Object.keys(v).length > 0, { message: 'required' })
const criterion = z.string().regex(/^[a-z_]{1,40}$/)
const keyword = nameText(60)

export const conferenceIdParam = uuid

/** The academic side of an activity of kind 'conference': the call's settings. The deadline is wall-clock time in the activity's zone. */
export const conferenceSettingsSchema = z.object({
  callText: localizedTextSchema(20000).default({}),
  submissionLanguages: z.array(localeCode).max(LOCALE_CODES.length).default([]),
  submissionTypes: z.array(z.enum(SUBMISSION_TYPES)).min(1).max(SUBMISSION_TYPES.length).default(['talk', 'poster']),
  wordLimit: z.number().int().min(50).max(5000).default(300),
  submissionDeadlineLocal: localDateTime.nullable().default(null),
  reviewMode: z.enum(REVIEW_MODES).default('anonymised_then_open'),
  identitiesRevealedAt: instant.nullable().default(null),
  reviewCriteria: z.array(criterion).min(1).max(12).default(['relevance', 'originality', 'clarity', 'overall']),
  coauthorLookbackYears: z.number().int().min(0).max(30).default(3),
  chairIds: z.array(uuid).max(20).default([]),
})
export type ConferenceSettingsInput = z.output<typeof conferenceSettingsSchema>

export const trackSchema = z.object({
  name: requiredName(200),
  topics: z.array(keyword).max(30).default([]),
  position: z.number().int().min(0).max(1000).default(0),
})
export type TrackInput = z.output<typeof trackSchema>

/**
 * An author as the list shows them: a person picked from the directory or an email to invite, with an institution (a member,
 * or its name) and a country. With `personId` the email and the invitation's language are the person's own (the server reads
 * them from their account and ignores `email` and `locale` here).
 */
export const authorSchema = z.object({
  personId: uuid.nullable().default(null),
  email: email.nullable().default(null),
  displayName: nameText(200),
  institutionId: uuid.nullable().default(null),
  institutionName: nameText(300).nullable().default(null),
  country,
  position: z.number().int().min(1).max(100).default(1),
  isPresenter: z.boolean().default(false),
  /** The language an emailed invitation is written in (a person of the portal hears in their own). */
  locale: localeCode.default('en'),
}).refine(a => a.personId || a.email, { message: 'person_or_email', path: ['email'] })
  .refine(a => a.institutionId || a.institutionName, { message: 'institution_required', path: ['institutionName'] })
export type AuthorInput = z.output<typeof authorSchema>

/** What an author types to find a co-author in the directory: a part of a name, or a whole email address. */
export const directorySearchQuery = z.object({ q: z.string().trim().min(2).max(100) })

const submissionContent = {
  trackId: uuid.nullable().default(null),
  type: z.enum(SUBMISSION_TYPES),
  title: requiredName(500),
  // The word limit is the call's (checked by the service with shared/conferences/words.ts); 40 000 characters is the most any call takes.
  abstract: localizedTextSchema(40000).default({}),
  keywords: z.array(keyword).max(12).default([]),
  presentationLanguage: language,
  fileId: uuid.nullable().default(null),
}

/** A new submission: its content and the submitter's own line in the author list. */
export const submissionCreateSchema = z.object({
  ...submissionContent,
  submitter: z.object({
    displayName: nameText(200),
    institutionId: uuid.nullable().default(null),
    institutionName: nameText(300).nullable().default(null),
    country,
    isPresenter: z.boolean().default(true),
  }).refine(a => a.institutionId || a.institutionName, { message: 'institution_required', path: ['institutionName'] }),
})
export type SubmissionCreateInput = z.output<typeof submissionCreateSchema>

export const submissionUpdateSchema = z.object(submissionContent)
export type SubmissionUpdateInput = z.output<typeof submissionUpdateSchema>

/** Steps an author or a chair takes by name; accept/reject go through a decision, camera-ready through its upload. */
export const submissionStepSchema = z.object({
  action: z.enum(['submit', 'withdraw', 'start_review', 'unschedule'] as const)
    .refine(a => SUBMISSION_TRANSITIONS.some(t => t.action === a)),
})

export const reviewerInviteSchema = z.object({
  personId: uuid.nullable().default(null),
  email: email.nullable().default(null),
  trackIds: z.array(uuid).max(50).default([]),
  topics: z.array(keyword).max(30).default([]),
  /** The language an emailed invitation is written in (a person of the portal hears in their own). */
  locale: localeCode.default('en'),
}).refine(r => Boolean(r.personId) !== Boolean(r.email), { message: 'person_or_email', path: ['personId'] })
export type ReviewerInviteInput = z.output<typeof reviewerInviteSchema>

export const reviewerAnswerSchema = z.object({
  accept: z.boolean(),
  trackIds: z.array(uuid).max(50).optional(),
  topics: z.array(keyword).max(30).optional(),
})
export type ReviewerAnswerInput = z.output<typeof reviewerAnswerSchema>

/** A declared conflict of interest: with one person, one institution or one submission. */
export const conflictDeclareSchema = z.object({
  reviewerId: uuid,
  personId: uuid.nullable().default(null),
  institutionId: uuid.nullable().default(null),
  submissionId: uuid.nullable().default(null),
  reason: text(1000).nullable().default(null),
}).refine(c => [c.personId, c.institutionId, c.submissionId].filter(Boolean).length === 1, { message: 'one_subject', path: ['personId'] })
export type ConflictDeclareInput = z.output<typeof conflictDeclareSchema>

export const coauthorshipSchema = z.object({
  coauthorId: uuid,
  year: z.number().int().min(1950).max(2100),
})
export type CoauthorshipInput = z.output<typeof coauthorshipSchema>

export const assignSchema = z.object({
  submissionId: uuid,
  reviewerId: uuid,
  dueAt: instant.nullable().default(null),
})
export type AssignInput = z.output<typeof assignSchema>

/** A review: a score per criterion of the conference, comments to authors and to the chair; submit makes it final. */
export const reviewSchema = z.object({
  scores: z.record(criterion, z.number().int().min(SCORE_MIN).max(SCORE_MAX)),
  commentToAuthors: text(20000).default(''),
  commentToChair: text(20000).default(''),
  submit: z.boolean().default(false),
})
export type ReviewInput = z.output<typeof reviewSchema>

export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  acceptedType: z.enum(ACCEPTED_TYPES).nullable().default(null),
  noteToAuthors: text(20000).default(''),
}).refine(d => (d.outcome === 'reject') === (d.acceptedType === null), { message: 'type_with_acceptance', path: ['acceptedType'] })
export type DecisionInput = z.output<typeof decisionSchema>

/** A session of the programme, at wall-clock times in the conference's (the venue's) zone. */
export const programmeSessionSchema = z.object({
  roomId: uuid.nullable().default(null),
  trackId: uuid.nullable().default(null),
  title: localizedNameSchema(300).default({}),
  startsAtLocal: localDateTime,
  endsAtLocal: localDateTime,
  language,
  interpretationLanguages: z.array(language).max(10).default([]),
  chairIds: z.array(uuid).max(10).default([]),
})
export type ProgrammeSessionInput = z.output<typeof programmeSessionSchema>

export const programmeSlotSchema = z.object({
  sessionId: uuid,
  submissionId: uuid,
  position: z.number().int().min(1).max(100).default(1),
  startsAtLocal: localDateTime.nullable().default(null),
  endsAtLocal: localDateTime.nullable().default(null),
}).refine(s => (s.startsAtLocal === null) === (s.endsAtLocal === null), { message: 'both_or_neither', path: ['endsAtLocal'] })
export type ProgrammeSlotInput = z.output<typeof programmeSlotSchema>
