import { z } from 'zod'
import { applicationStepSchema } from '#shared/schemas/mobility'
import { getApplication } from '../../../../domain/mobility/applications'
import { takeStep } from '../../../../domain/mobility/steps'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const step = await readValid(event, applicationStepSchema)
  return withSignedIn(event, async (tx, actor) => {
    await takeStep(tx, actor, id, step)
    return getApplication(tx, actor, id)
  })
})
