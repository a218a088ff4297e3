import { z } from 'zod'
import { incidentNoteSchema } from '#shared/schemas/mobility'
import { addIncidentNote } from '../../../../domain/mobility/safety'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { text } = await readValid(event, incidentNoteSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => addIncidentNote(tx, actor, id, text))
})
