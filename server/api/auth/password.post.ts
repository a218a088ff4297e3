import { changePasswordSchema } from '#shared/schemas/platform'
import { spendPasswordCheck } from '../../auth/rate-limit'

export default defineEventHandler(async (event) => {
  const actor = await requireActor(event)
  const { currentPassword, newPassword } = await readValid(event, changePasswordSchema)
  await spendPasswordCheck(event, actor.email)
  const changed = await useAuth().changePassword(event, actor, currentPassword, newPassword)
  if (!changed) fail(422, 'auth.errors.currentPasswordWrong')
  return { ok: true }
})
