import { logInSchema } from '#shared/schemas/platform'
import { clientIp, forgiveAttempts, spendAttempt } from '../../auth/rate-limit'

export default defineEventHandler(async (event) => {
  await spendAttempt('loginPerIp', clientIp(event))
  const { email, password } = await readValid(event, logInSchema)
  await spendAttempt('loginPerAccount', email)
  const actor = await useAuth().logIn(event, email, password)
  // One message for unknown email and wrong password alike.
  if (!actor) fail(401, 'auth.errors.badCredentials')
  await forgiveAttempts('loginPerAccount', email)
  return { user: actor }
})
