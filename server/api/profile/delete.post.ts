import { closeAccountSchema } from '#shared/schemas/privacy'
import { forgetAccount, spendPasswordCheck } from '../../auth/rate-limit'
import { asService } from '../../db/as-user'
import { eraseAccount } from '../../domain/privacy/erase'

/** Erases the signed-in person's account after they re-enter their password; records institutions keep stay anonymous. */
export default defineEventHandler(async (event) => {
  const actor = await requireActor(event)
  const { password } = await readValid(event, closeAccountSchema)
  await spendPasswordCheck(event, actor.email)
  const auth = useAuth()
  if (!(await auth.checkPassword(actor, password))) fail(422, 'auth.errors.currentPasswordWrong')
  // The person's own RLS cannot delete their memberships, mail or audit images: the service does, scoped to their id.
  await asService(await useDatabase(), 'account erasure asked by its owner', tx => eraseAccount(tx, useFileStore(), actor.id))
  await auth.closeLogin(event, actor)
  // The log-in counters are keyed by the email (in Postgres outside embedded mode): they go with the account.
  await forgetAccount(event, actor.email)
  return { ok: true }
})
