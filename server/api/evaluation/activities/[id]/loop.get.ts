import { evaluationIdParam } from '#shared/schemas/evaluation'
import { activityLoop } from '../../../../domain/evaluation/runs'

/** The activity's findings and actions and those of the run it repeats, for its organisers. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => activityLoop(tx, id))
})
