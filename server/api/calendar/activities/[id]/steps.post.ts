import { z } from 'zod'
import { activityStepSchema } from '#shared/schemas/calendar'
import { takeActivityStep } from '../../../../domain/calendar/steps'

/** Answers with the new state and revision; the page reloads what it shows. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const step = await readValid(event, activityStepSchema)
  return withSignedIn(event, (tx, actor) => takeActivityStep(tx, actor, id, step.action, step.reason))
})
