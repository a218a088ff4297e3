import { resetRequestSchema } from '#shared/schemas/platform'
import { clientIp, spendAttempt } from '../../../auth/rate-limit'

/** Always the same answer, so the form does not reveal which emails have accounts. */
export default defineEventHandler(async (event) => {
  await spendAttempt('signupPerIp', clientIp(event))
  const { email, locale } = await readValid(event, resetRequestSchema)
  await useAuth().requestPasswordReset(event, email, locale)
  return { ok: true }
})
