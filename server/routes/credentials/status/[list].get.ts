import { z } from 'zod'
import { asUser } from '../../../db/as-user'
import { fail } from '../../../utils/errors'

// A signed BitstringStatusListCredential (the revocation list credentials point to); public, read from the database.
export default defineEventHandler(async (event) => {
  const id = z.uuid().safeParse(getRouterParam(event, 'list'))
  if (!id.success) fail(404, 'errors.notFound')
  const row = await asUser(await useDatabase(), null, tx => tx.selectFrom('credential_status_lists').select('credential')
    .where('id', '=', id.data).where('credential', 'is not', null).executeTakeFirst())
  if (!row?.credential) fail(404, 'errors.notFound')
  setResponseHeader(event, 'content-type', 'application/vc+ld+json')
  setResponseHeader(event, 'cache-control', 'public, max-age=60')
  return row.credential
})
