import { signUpConfirmSchema } from '#shared/schemas/platform'
import { rememberBrowserZone } from '../../domain/profiles/time-zone'

/** The link in the sign-up mail: confirms the address and signs the person in. */
export default defineEventHandler(async (event) => {
  const { token, timeZone } = await readValid(event, signUpConfirmSchema)
  const actor = await useAuth().confirmSignUp(event, token)
  if (!actor) fail(422, 'auth.errors.confirmTokenInvalid')
  await rememberBrowserZone(actor, timeZone)
  return { user: actor }
})
