import { signUpSchema } from '#shared/schemas/platform'
import { clientIp, spendAttempt } from '../../auth/rate-limit'

/** One answer for a new and a taken email (no session either way): the mail tells the owner which it was. */
export default defineEventHandler(async (event) => {
  await spendAttempt('signupPerIp', clientIp(event))
  const input = await readValid(event, signUpSchema)
  await useAuth().signUp(event, input)
  return { user: null, confirm_email: true }
})
