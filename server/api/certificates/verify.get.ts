import { verifyQuerySchema } from '#shared/schemas/certificates'
import { clientIp, spendAttempt } from '../../auth/rate-limit'
import { verifyCertificate } from '../../domain/certificates/certificates'

/**
 * The public verification of a certificate by its public id (?publicId, from the QR code): no sign-in, counted per
 * address. Only what the certificate shows and its status; 404 for an id with no issued certificate.
 */
export default defineEventHandler(async (event) => {
  await spendAttempt('lookupPerIp', clientIp(event))
  const { publicId } = queryValid(event, verifyQuerySchema)
  const found = await withActor(event, tx => verifyCertificate(tx, publicId))
  if (!found) fail(404, 'errors.notFound')
  return found
})
