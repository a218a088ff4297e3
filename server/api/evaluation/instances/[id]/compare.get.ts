import { evaluationIdParam } from '#shared/schemas/evaluation'
import { compareWithPreviousRun } from '../../../../domain/evaluation/runs'

/** An evaluation beside the same form and timing in the run its activity repeats, with that run's findings and actions. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => compareWithPreviousRun(tx, id))
})
