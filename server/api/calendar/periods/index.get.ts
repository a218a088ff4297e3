import { periodQuerySchema } from '#shared/schemas/holidays'
import { editableInstitutions, listPeriods } from '../../../domain/calendar/periods'

/** The institutions the reader may edit, and the periods of the one asked for (else the first of them). */
export default defineEventHandler((event) => {
  const query = queryValid(event, periodQuerySchema)
  return withSignedIn(event, async (tx, actor) => {
    const institutions = await editableInstitutions(tx, actor)
    const institutionId = query.institutionId ?? institutions[0]?.id
    return { institutions, calendar: institutionId ? await listPeriods(tx, actor, institutionId) : null }
  })
})
