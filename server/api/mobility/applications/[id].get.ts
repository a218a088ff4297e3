import { z } from 'zod'
import { getApplication } from '../../../domain/mobility/applications'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => getApplication(tx, actor, id))
})
