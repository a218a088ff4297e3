import { NOTICE_VERSIONS } from '#shared/privacy/notices'
import { pendingNotices } from '../../domain/privacy/consents'

/** Which notices the signed-in person still has to accept at their current version. */
export default defineEventHandler(async (event) => {
  const pending = await withSignedIn(event, (tx, actor) => pendingNotices(tx, actor))
  return { pending, versions: NOTICE_VERSIONS }
})
