import { signUpConfirmSchema } from '#shared/schemas/platform'

/** The link in the sign-up mail: confirms the address and signs the person in. */
export default defineEventHandler(async (event) => {
  const { token } = await readValid(event, signUpConfirmSchema)
  const actor = await useAuth().confirmSignUp(event, token)
  if (!actor) fail(422, 'auth.errors.confirmTokenInvalid')
  return { user: actor }
})
