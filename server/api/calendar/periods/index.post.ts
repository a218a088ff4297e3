import { periodCreateSchema } from '#shared/schemas/holidays'
import { createPeriod } from '../../../domain/calendar/periods'

export default defineEventHandler(async (event) => {
  const { institutionId, ...period } = await readValid(event, periodCreateSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => createPeriod(tx, actor, institutionId, period))
})
