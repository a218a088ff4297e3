import { z } from 'zod'
import { approvalSchema } from '#shared/schemas/agreements'
import { getAgreement } from '../../../domain/agreements/agreements'
import { approveVersion } from '../../../domain/agreements/signing'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const step = await readValid(event, approvalSchema)
  return withSignedIn(event, async (tx, actor) => {
    await approveVersion(tx, actor, id, step)
    return getAgreement(tx, id, actor)
  })
})
