import { applicationCreateSchema } from '#shared/schemas/mobility'
import { createApplication, getApplication } from '../../../domain/mobility/applications'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, applicationCreateSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => getApplication(tx, actor, await createApplication(tx, actor, input)))
})
