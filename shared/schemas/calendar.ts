import { z } from 'zod'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { ACTIVITY_KINDS, REGISTRATION_QUESTIONS, VENUE_MODES } from '../calendar/vocabulary'
import { ACTIVITY_TRANSITIONS } from '../calendar/lifecycle'
import { MEMBER_ROLES } from '../roles'
import { COMMON_LANGUAGES } from '../languages'
import { localDateTime, text } from './primitives'
import { timeZone } from './platform'

const uuid = z.string().uuid()
const requiredName = (max: number) => localizedNameSchema(max).refine(v => Object.keys(v).length > 0)
const httpsUrl = z.string().trim().max(500).regex(/^https:\/\/[^\s]+$/)

export const activityInputSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: requiredName(300),
  summary: localizedTextSchema(1000).default({}),
  description: localizedTextSchema(20000).default({}),
  audience: localizedTextSchema(1000).default({}),
  workingLanguages: z.array(z.string().refine(code => COMMON_LANGUAGES.includes(code))).max(12).default([]),
  interpretation: z.boolean().default(false),
  mode: z.enum(VENUE_MODES).default('physical'),
  venueId: uuid.nullable().default(null),
  onlineUrl: httpsUrl.nullable().default(null),
  timeZone,
  capacity: z.number().int().min(1).max(100000).nullable().default(null),
  registrationOpensAtLocal: localDateTime.nullable().default(null),
  registrationClosesAtLocal: localDateTime.nullable().default(null),
  eligibleRoles: z.array(z.enum(MEMBER_ROLES)).max(MEMBER_ROLES.length).default([]),
  eligibleInstitutionIds: z.array(uuid).max(200).default([]),
  offerHours: z.number().int().min(1).max(720).default(48),
  reminderDays: z.array(z.number().int().min(1).max(60)).max(5).default([7, 1]),
  feeNote: localizedTextSchema(500).default({}),
  questions: z.array(z.enum(REGISTRATION_QUESTIONS)).max(REGISTRATION_QUESTIONS.length).default([]),
  organiserIds: z.array(uuid).min(1).max(20),
  inviteeIds: z.array(uuid).max(100).default([]),
  planItemId: uuid.nullable().default(null),
})
export type ActivityInput = z.infer<typeof activityInputSchema>

/** An edit names the revision it was made from, so two organisers do not overwrite each other. */
export const activityUpdateSchema = activityInputSchema.omit({ planItemId: true }).extend({ revision: z.number().int().min(1) })
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>

export const activityStepSchema = z.object({
  action: z.enum(ACTIVITY_TRANSITIONS.map(t => t.action) as [string, ...string[]]).transform(a => a as (typeof ACTIVITY_TRANSITIONS)[number]['action']),
  reason: text(2000).optional(),
})

/** One session, in the wall-clock time of its zone (the venue's, or the activity's for online sessions). */
export const sessionInputSchema = z.object({
  title: localizedTextSchema(300).default({}),
  startsAtLocal: localDateTime,
  endsAtLocal: localDateTime,
  timeZone,
  roomId: uuid.nullable().default(null),
  onlineUrl: httpsUrl.nullable().default(null),
})
export type SessionInput = z.infer<typeof sessionInputSchema>

/** A series: the first session and an RFC 5545 rule (weekly on Mon/Wed, five times), minus exception days. */
export const seriesInputSchema = z.object({
  title: localizedTextSchema(300).default({}),
  firstStartsAtLocal: localDateTime,
  durationMinutes: z.number().int().min(5).max(1440),
  timeZone,
  rrule: z.string().trim().max(500).regex(/^(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/),
  exceptions: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(100).default([]),
  roomId: uuid.nullable().default(null),
  onlineUrl: httpsUrl.nullable().default(null),
})
export type SeriesInput = z.infer<typeof seriesInputSchema>

export const sessionsInputSchema = z.object({
  sessions: z.array(sessionInputSchema).max(200).default([]),
  series: seriesInputSchema.nullable().default(null),
})

export const sessionMoveSchema = sessionInputSchema.extend({ sequence: z.number().int().min(0) })
export const sessionCancelSchema = z.object({ reason: text(2000).optional() })

export const venueInputSchema = z.object({
  institutionId: uuid,
  name: requiredName(300),
  address: text(500).default(''),
  city: localizedNameSchema(200).default({}),
  country: z.string().regex(/^[A-Z]{2}$/),
  timeZone,
  rooms: z.array(z.object({ name: requiredName(200), capacity: z.number().int().min(1).max(100000).nullable().default(null) })).max(100).default([]),
})
export type VenueInput = z.infer<typeof venueInputSchema>

export const activityListQuerySchema = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  organiser: uuid.optional(),
  scope: z.enum(['public', 'mine']).default('public'),
})
