import { z } from 'zod'
import { clientIp, spendAttempt } from '../../auth/rate-limit'
import { checkCredential } from '../../domain/credentials/credentials'

/**
 * Anyone checks a credential file the portal issued: every proof, the co-issuers' keys, revocation and validity, each
 * reported. The file's text arrives as a string (a credential is a few kilobytes); a tampered or broken one is a
 * report that says so, never an error. Counted per address: each proof costs a canonicalization.
 */
export default defineEventHandler(async (event) => {
  const { credential } = await readValid(event, z.object({ credential: z.string().min(1).max(200_000) }))
  await spendAttempt('checkPerIp', clientIp(event))
  return withActor(event, tx => checkCredential(tx, portalConfig().baseUrl, credential))
})
