import { collectPersonalData, recordExport } from '../../domain/privacy/export'
import { personalDataArchive } from '../../domain/privacy/archive'
import { COMMUNITY_TIME_ZONE, todayIn } from '#shared/dates'

/** Everything the portal holds about the signed-in person, as one ZIP. */
export default defineEventHandler(async (event) => {
  const data = await withSignedIn(event, async (tx, actor) => {
    const collected = await collectPersonalData(tx, useFileStore(), actor)
    await recordExport(tx, actor)
    return collected
  })
  const now = new Date()
  const zip = await personalDataArchive(data, now)
  setResponseHeaders(event, {
    'content-type': 'application/zip',
    'content-length': zip.byteLength,
    'content-disposition': `attachment; filename="my-data-${todayIn(COMMUNITY_TIME_ZONE, now)}.zip"`,
    'cache-control': 'private, no-store',
  })
  return zip
})
