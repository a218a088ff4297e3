import { z } from 'zod'
import { applicationStepSchema } from '#shared/schemas/mobility'
import { takeStep } from '../../../../domain/mobility/steps'

/** Answers with the new state and revision only; the page reloads what it shows. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const step = await readValid(event, applicationStepSchema)
  return withSignedIn(event, (tx, actor) => takeStep(tx, actor, id, step))
})
