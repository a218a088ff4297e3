import { z } from 'zod'
import { certificateActionSchema } from '#shared/schemas/certificates'
import { certificateStepBy, certificateView } from '../../domain/certificates/certificates'

/**
 * A step on one certificate by a co-issuer's staff, by body.action: `edit` (a draft), `submit`, `return`, `delete`
 * (a draft), `approve` (for one's institution, naming the content hash read), `revoke` (with a reason and its
 * language; the holder is told), `correct` (a new certificate superseding this one once issued: the reply is the new one).
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, certificateActionSchema)
  return withSignedIn(event, async (tx, actor) => {
    const result = await certificateStepBy(tx, actor, id, body)
    return { certificate: result ? await certificateView(tx, actor, result) : null }
  })
})
