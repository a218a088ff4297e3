import { DID_CONTEXT, MULTIKEY_CONTEXT } from './contexts'

/** A key's public part, as anyone may read it (private.credential_public_keys()). */
export interface PublicKey {
  /** The fragment of its verification method in the portal's DID document. */
  keyId: string
  /** Null for the consortium's (the portal's own) key. */
  institutionId: string | null
  publicKeyMultibase: string
  state: 'active' | 'retired'
}

/** The portal's did:web from its public address: the host, with a port percent-encoded (did:web spec §3.2). */
export function portalDid(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(encodeURIComponent)
  return ['did:web', encodeURIComponent(url.host), ...path].join(':')
}

export function verificationMethodId(did: string, keyId: string): string {
  return `${did}#${keyId}`
}

/** A key as a Multikey verification method controlled by the portal's DID. */
export function verificationMethod(did: string, key: PublicKey) {
  return { id: verificationMethodId(did, key.keyId), type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase }
}

/**
 * The portal's DID document: the consortium key and every institution's keys, active and retired (a retired key
 * still verifies what it signed), each a verification and an assertion method.
 */
export function didDocument(did: string, keys: readonly PublicKey[]) {
  const methods = keys.map(k => verificationMethod(did, k))
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    'id': did,
    'verificationMethod': methods,
    'assertionMethod': methods.map(m => m.id),
  }
}
