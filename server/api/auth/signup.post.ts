import { signUpSchema } from '#shared/schemas/platform'
import { clientIp, spendAttempt } from '../../auth/rate-limit'

export default defineEventHandler(async (event) => {
  await spendAttempt('signupPerIp', clientIp(event))
  const input = await readValid(event, signUpSchema)
  const actor = await useAuth().signUp(event, input)
  if (!actor) return { user: null, confirmEmail: true }
  setResponseStatus(event, 201)
  return { user: actor }
})
