import { verifyFileSchema } from '#shared/schemas/certificates'
import { clientIp, spendAttempt } from '../../auth/rate-limit'
import { checkCertificateFile } from '../../domain/certificates/documents'

/**
 * Anyone drops a certificate's PDF or credential on its public page: is it the one stored, unchanged, and is the
 * certificate valid? A tampered or broken file is a report that says so (200), never an error; an unknown public id
 * is a 404. No sign-in; counted per address like the credential check (a credential costs a canonicalization per proof).
 */
export default defineEventHandler(async (event) => {
  const { publicId, file } = await readValid(event, verifyFileSchema)
  await spendAttempt('checkPerIp', clientIp(event))
  return withActor(event, tx => checkCertificateFile(tx, portalConfig().baseUrl, publicId, file))
})
