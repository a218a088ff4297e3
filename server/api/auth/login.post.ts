import { logInSchema } from '#shared/schemas/platform'
import { guardLogIn } from '../../auth/rate-limit'
import { rememberBrowserZone } from '../../domain/profiles/time-zone'

export default defineEventHandler(async (event) => {
  const { email, password, timeZone } = await readValid(event, logInSchema)
  const attempt = await guardLogIn(event, email)
  const actor = await useAuth().logIn(event, email, password)
  if (!actor) {
    await attempt.failed()
    // One message for unknown email and wrong password alike.
    fail(401, 'auth.errors.badCredentials')
  }
  await attempt.succeeded()
  await rememberBrowserZone(actor, timeZone)
  return { user: actor }
})
