import { consentSchema } from '#shared/schemas/privacy'
import { acceptNotices } from '../../domain/privacy/consents'

/** Records that the signed-in person accepts the current terms and privacy notice, shown in `locale`. */
export default defineEventHandler(async (event) => {
  const { locale } = await readValid(event, consentSchema)
  const accepted = await withSignedIn(event, (tx, actor) => acceptNotices(tx, actor, locale))
  return { accepted, pending: [] }
})
