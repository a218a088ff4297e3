import { z } from 'zod'
import { localizedNameSchema } from './localized'
import { programmeSessionSchema } from './conferences'

const uuid = z.string().uuid()

/** A room added to the conference's venue from the timetable editor. */
export const programmeRoomSchema = z.object({
  name: localizedNameSchema(200).refine(v => Object.keys(v).length > 0, { message: 'required' }),
  capacity: z.number().int().min(1).max(100000).nullable().default(null),
})
export type ProgrammeRoomInput = z.output<typeof programmeRoomSchema>

/** A session moved (another room, other wall-clock times in the venue's zone). */
export const programmeSessionMoveSchema = programmeSessionSchema.pick({ roomId: true, startsAtLocal: true, endsAtLocal: true })

/** A session edited: moved, and (each when given) its title, track, language, interpretation and chairs replaced. */
const session = programmeSessionSchema.shape
export const programmeSessionEditSchema = programmeSessionMoveSchema.extend({
  // Without their defaults: what is left out stays as it is (a move keeps the title and chairs).
  title: session.title.unwrap().optional(),
  trackId: session.trackId.unwrap().optional(),
  language: session.language.optional(),
  interpretationLanguages: session.interpretationLanguages.unwrap().optional(),
  chairIds: session.chairIds.unwrap().optional(),
})
export type ProgrammeSessionEditInput = z.output<typeof programmeSessionEditSchema>

/** A talk's place: its order in the session, optionally in another session. */
export const programmeSlotOrderSchema = z.object({
  position: z.number().int().min(1).max(100),
  sessionId: uuid.nullable().default(null),
})
export type ProgrammeSlotOrderInput = z.output<typeof programmeSlotOrderSchema>

export const programmeSessionIdParam = uuid
