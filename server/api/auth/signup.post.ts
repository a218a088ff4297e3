import { signUpSchema } from '#shared/schemas/platform'
import { clientIp, spendAttempt } from '../../auth/rate-limit'
import { asUser } from '../../db/as-user'
import { acceptNotices } from '../../domain/privacy/consents'

export default defineEventHandler(async (event) => {
  await spendAttempt('signupPerIp', clientIp(event))
  const input = await readValid(event, signUpSchema)
  const actor = await useAuth().signUp(event, input)
  if (!actor) return { user: null, confirmEmail: true }
  if (input.acceptNotices) await asUser(await useDatabase(), actor, tx => acceptNotices(tx, actor, input.locale))
  setResponseStatus(event, 201)
  return { user: actor }
})
