import { z } from 'zod'
import { signatureSchema } from '#shared/schemas/agreements'
import { getAgreement } from '../../../domain/agreements/agreements'
import { signVersion } from '../../../domain/agreements/signing'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const step = await readValid(event, signatureSchema)
  return withSignedIn(event, async (tx, actor) => {
    await signVersion(tx, actor, id, step)
    return getAgreement(tx, id, actor)
  })
})
