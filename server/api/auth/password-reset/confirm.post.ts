import { resetConfirmSchema } from '#shared/schemas/platform'

export default defineEventHandler(async (event) => {
  const { token, password } = await readValid(event, resetConfirmSchema)
  if (!(await useAuth().confirmPasswordReset(event, token, password))) fail(422, 'auth.errors.resetTokenInvalid')
  return { ok: true }
})
