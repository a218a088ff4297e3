import { logInSchema } from '#shared/schemas/platform'
import { guardLogIn } from '../../auth/rate-limit'

export default defineEventHandler(async (event) => {
  const { email, password } = await readValid(event, logInSchema)
  const attempt = await guardLogIn(event, email)
  const actor = await useAuth().logIn(event, email, password)
  if (!actor) {
    await attempt.failed()
    // One message for unknown email and wrong password alike.
    fail(401, 'auth.errors.badCredentials')
  }
  await attempt.succeeded()
  return { user: actor }
})
