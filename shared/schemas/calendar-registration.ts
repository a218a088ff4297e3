import { z } from 'zod'
import { text } from './primitives'

const uuid = z.string().uuid()

/** Answers to an activity's questions (activities.questions); only the asked ones are kept. */
export const registrationAnswersSchema = z.object({
  dietary: text(500).optional(),
  visa_letter: z.boolean().optional(),
  accessibility: text(1000).optional(),
}).strict()
export type RegistrationAnswers = z.output<typeof registrationAnswersSchema>

/**
 * A registration: for oneself (no personIds), or by an office for people of its institution (personIds).
 * institutionId names the institution the places count against, when the person belongs to several.
 */
export const registrationInputSchema = z.object({
  personIds: z.array(uuid).min(1).max(200).optional(),
  institutionId: uuid.optional(),
  answers: registrationAnswersSchema.default({}),
})
export type RegistrationInput = z.output<typeof registrationInputSchema>

export const quotasInputSchema = z.object({
  quotas: z.array(z.object({ institutionId: uuid, places: z.number().int().min(0).max(100000) })).max(200),
})
export type QuotasInput = z.output<typeof quotasInputSchema>

/** A check-in at a session: the registration's code (typed, or read from its QR) or its id (picked from the list). */
export const checkinInputSchema = z.object({
  sessionId: uuid,
  code: z.string().trim().regex(/^[A-Za-z0-9]{8,32}$/).optional(),
  registrationId: uuid.optional(),
}).refine(v => (v.code === undefined) !== (v.registrationId === undefined), { message: 'code_or_registration', path: ['code'] })
