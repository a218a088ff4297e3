import { z } from 'zod'
import { agreementTransitionSchema } from '#shared/schemas/agreements'
import { getAgreement } from '../../../domain/agreements/agreements'
import { transitionByParty } from '../../../domain/agreements/transitions'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { action, reason } = await readValid(event, agreementTransitionSchema)
  return withSignedIn(event, async (tx, actor) => {
    const { successor_id } = await transitionByParty(tx, actor, id, action, reason)
    return { ...(await getAgreement(tx, id, actor)), successor_id }
  })
})
