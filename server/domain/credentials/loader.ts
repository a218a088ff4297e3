import { MULTIKEY_CONTEXT, BUNDLED_CONTEXTS } from './contexts'
import { didDocument, verificationMethod, type PublicKey } from './did'

export interface RemoteDocument {
  contextUrl: null
  documentUrl: string
  document: unknown
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>

/** What the portal itself publishes, read from the database before a signing or a check. */
export interface PortalDocuments {
  did: string
  keys: readonly PublicKey[]
  /** Signed status list credentials by their URL. */
  statusLists?: ReadonlyMap<string, unknown>
}

export class RefusedUrlError extends Error {
  constructor(url: string) {
    super(`the credentials document loader works offline and refuses ${JSON.stringify(url).slice(0, 200)}`)
    this.name = 'RefusedUrlError'
  }
}

/**
 * The one JSON-LD document loader: the bundled contexts, the portal's DID document and its keys (by DID URL), and
 * its status lists. Every other URL is refused; nothing is ever fetched from the network.
 */
export function documentLoader(portal: PortalDocuments): DocumentLoader {
  return async (url: string) => {
    const answer = (document: unknown): RemoteDocument => ({ contextUrl: null, documentUrl: url, document: structuredClone(document) })
    if (typeof url !== 'string') throw new RefusedUrlError(String(url))
    const context = BUNDLED_CONTEXTS.get(url)
    if (context) return answer(context)
    if (url === portal.did) return answer(didDocument(portal.did, portal.keys))
    if (url.startsWith(`${portal.did}#`)) {
      const key = portal.keys.find(k => `${portal.did}#${k.keyId}` === url)
      if (key) return answer({ '@context': MULTIKEY_CONTEXT, ...verificationMethod(portal.did, key) })
    }
    const list = portal.statusLists?.get(url)
    if (list) return answer(list)
    throw new RefusedUrlError(url)
  }
}
