import { z } from 'zod'
import { scoreSchema } from '#shared/schemas/mobility'
import { scoreApplication } from '../../../../domain/mobility/steps'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { revision, score } = await readValid(event, scoreSchema)
  return withSignedIn(event, (tx, actor) => scoreApplication(tx, actor, id, revision, score))
})
