import { asUser } from '../../db/as-user'
import { didDocument } from '../../domain/credentials/did'
import { portalDocuments } from '../../domain/credentials/portal'
import { portalConfig } from '../../utils/config'

// The portal's did:web document: the consortium's and every institution's keys (active and retired), from the database.
export default defineEventHandler(async (event) => {
  const portal = await asUser(await useDatabase(), null, tx => portalDocuments(tx, portalConfig().baseUrl))
  setResponseHeader(event, 'content-type', 'application/did+json')
  setResponseHeader(event, 'cache-control', 'public, max-age=300')
  return didDocument(portal.did, portal.keys)
})
