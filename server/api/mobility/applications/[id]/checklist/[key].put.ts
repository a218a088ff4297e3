import { z } from 'zod'
import { checklistUpdateSchema } from '#shared/schemas/mobility'
import { setChecklistItem } from '../../../../../domain/mobility/safety'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const key = paramValid(event, 'key', z.string().regex(/^[a-z_]{1,40}$/))
  const update = await readValid(event, checklistUpdateSchema)
  return withSignedIn(event, (tx, actor) => setChecklistItem(tx, actor, id, key, update))
})
