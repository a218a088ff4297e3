import { z } from 'zod'
import { localDateTime } from './primitives'
import { timeZone } from './platform'

const uuid = z.string().uuid()

/**
 * A proposed session to check: its start and end as instants (`startsAt`/`endsAt`, ISO with an offset) or, as the
 * session editor writes them, as wall-clock times in its zone (`startsAtLocal`/`endsAtLocal`). `roomId` is the room it
 * would take; `sessionId` names the stored session it would replace (a move), which then does not conflict with itself.
 */
export const proposedSessionSchema = z.object({
  startsAt: z.iso.datetime({ offset: true }).optional(),
  endsAt: z.iso.datetime({ offset: true }).optional(),
  startsAtLocal: localDateTime.optional(),
  endsAtLocal: localDateTime.optional(),
  timeZone,
  roomId: uuid.nullable().optional(),
  sessionId: uuid.nullable().optional(),
}).refine(s => (s.startsAt !== undefined && s.endsAt !== undefined) || (s.startsAtLocal !== undefined && s.endsAtLocal !== undefined),
  { message: 'required', path: ['startsAt'] })

export const scheduleWarningsInputSchema = z.object({
  sessions: z.array(proposedSessionSchema).min(1).max(200),
})
export type ScheduleWarningsInput = z.output<typeof scheduleWarningsInputSchema>
export type ProposedSessionInput = z.output<typeof proposedSessionSchema>
