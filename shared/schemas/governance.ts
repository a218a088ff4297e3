import { z } from 'zod'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { BODY_KINDS, DECISION_STATUSES, INSTITUTION_MEMBERSHIP_STATUSES, JOIN_REQUEST_STATUSES } from '../governance/vocabulary'
import { isoDate, localDateTime, text } from './primitives'
import { institutionInputSchema, timeZone } from './platform'

const uuid = z.string().uuid()
const required = (max: number) => localizedTextSchema(max).refine(v => Object.keys(v).length > 0)
const requiredName = (max: number) => localizedNameSchema(max).refine(v => Object.keys(v).length > 0)

export const bodyInputSchema = z.object({
  kind: z.enum(BODY_KINDS),
  name: requiredName(300),
  mandate: localizedTextSchema(5000).default({}),
})

export const bodyMemberInputSchema = z.object({
  userId: uuid,
  institutionId: uuid,
  position: requiredName(200),
  termStart: isoDate,
  termEnd: isoDate.nullable().default(null),
}).refine(m => !m.termEnd || m.termEnd >= m.termStart, { path: ['termEnd'] })

/** A meeting's start is a wall-clock time in the meeting's own time zone, e.g. 2026-12-03T09:30 in Asia/Bangkok. */
export const meetingInputSchema = z.object({
  title: requiredName(300),
  startsAtLocal: localDateTime,
  timeZone,
  durationMinutes: z.number().int().min(5).max(1440).default(120),
  location: localizedTextSchema(300).default({}),
  agenda: localizedTextSchema(20000).default({}),
})
export const meetingPatchSchema = z.object({
  title: requiredName(300).optional(),
  startsAtLocal: localDateTime.optional(),
  timeZone: timeZone.optional(),
  durationMinutes: z.number().int().min(5).max(1440).optional(),
  location: localizedTextSchema(300).optional(),
  agenda: localizedTextSchema(20000).optional(),
  minutes: localizedTextSchema(50000).optional(),
})

export const decisionInputSchema = z.object({
  text: required(5000),
  ownerId: uuid.nullable().default(null),
  dueOn: isoDate.nullable().default(null),
})
export const decisionPatchSchema = z.object({
  text: required(5000).optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  ownerId: uuid.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
})

export const meetingFileSchema = z.object({ fileId: uuid })

export const joinRequestInputSchema = institutionInputSchema.omit({ logoFileId: true }).extend({
  motivation: localizedTextSchema(5000).default({}),
})
export const joinDecisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: text(2000).optional(),
}).refine(d => d.decision === 'approve' || Boolean(d.reason), { path: ['reason'] })

export const institutionStandingSchema = z.object({
  membershipStatus: z.enum(INSTITUTION_MEMBERSHIP_STATUSES),
  memberUntil: isoDate.nullable().default(null),
})

export const notificationsReadSchema = z.object({
  ids: z.array(uuid).max(500).optional(),
  all: z.boolean().optional(),
}).refine(r => r.all || (r.ids && r.ids.length > 0), { path: ['ids'] })

export type BodyInput = z.infer<typeof bodyInputSchema>
export type BodyMemberInput = z.infer<typeof bodyMemberInputSchema>
export type MeetingInput = z.infer<typeof meetingInputSchema>
export type MeetingPatch = z.infer<typeof meetingPatchSchema>
export type DecisionInput = z.infer<typeof decisionInputSchema>
export type DecisionPatch = z.infer<typeof decisionPatchSchema>
export type JoinRequestInput = z.infer<typeof joinRequestInputSchema>

export const joinRequestFilterSchema = z.object({
  status: z.enum([...JOIN_REQUEST_STATUSES, 'all']).default('pending'),
})
export type JoinDecision = z.infer<typeof joinDecisionSchema>
export type InstitutionStanding = z.infer<typeof institutionStandingSchema>
