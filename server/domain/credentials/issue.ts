import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { OPEN_BADGES_CONTEXT, VC_V2_CONTEXT } from './contexts'
import type { SigningKey } from './keys'
import type { DocumentLoader } from './loader'

/** Text per language (a locale map, as elsewhere in the portal). */
export type LanguageMap = Record<string, string>

/** What the certificates module hands over to make a credential of a certificate. */
export interface CertificatePayload {
  /** The credential's id: the certificate's public verification URL. */
  id: string
  /** The holder's name in each script (native and Latin), the first the primary one. */
  holderNames: { value: string; language?: string }[]
  achievement: { id: string; name: LanguageMap; description: LanguageMap; criteria?: LanguageMap }
  /** The co-issuing institutions, each of which signs. */
  issuers: { institutionId: string; name: LanguageMap }[]
  consortiumName: LanguageMap
  validFrom: string
  validUntil?: string | null
  status: { listUrl: string; index: number }
}

/** VC 2.0 language value objects (§11.1) from a locale map; one language stays a plain string. */
export function languageValues(map: LanguageMap): string | { '@value': string; '@language': string }[] {
  const entries = Object.entries(map).filter(([, v]) => v.trim() !== '')
  if (entries.length === 1) return entries[0]![1]
  return entries.map(([language, value]) => ({ '@value': value, '@language': language }))
}

/** A co-issuer's identifier in the credential: its institution id as a URN. */
export const coIssuerId = (institutionId: string) => `urn:uuid:${institutionId}`

/**
 * `coIssuers` is not an Open Badges 3.0 term: it is defined inline, in the VC 2.0 namespace for issuer-dependent terms
 * (the one VC 2.0 itself maps undefined terms to), so the credential needs no context of the portal's own to load.
 */
export const CO_ISSUERS_CONTEXT = { coIssuers: { '@id': 'https://www.w3.org/ns/credentials/issuer-dependent#coIssuers', '@container': '@set' } }

/**
 * The unsigned OpenBadgeCredential: issued by the consortium's did:web; the co-issuing institutions named as OB 3.0
 * Profiles in `coIssuers` (each adds its own proof; see docs/credentials.md for why not `endorsement`).
 */
export function buildCredential(did: string, payload: CertificatePayload): Record<string, unknown> {
  const { achievement } = payload
  return {
    '@context': [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT, CO_ISSUERS_CONTEXT],
    'id': payload.id,
    'type': ['VerifiableCredential', 'OpenBadgeCredential'],
    'name': languageValues(achievement.name),
    'issuer': { id: did, type: ['Profile'], name: languageValues(payload.consortiumName) },
    'coIssuers': payload.issuers.map(i => ({ id: coIssuerId(i.institutionId), type: ['Profile'], name: languageValues(i.name) })),
    'validFrom': payload.validFrom,
    ...(payload.validUntil ? { validUntil: payload.validUntil } : {}),
    'credentialSubject': {
      type: ['AchievementSubject'],
      name: payload.holderNames.length === 1 && !payload.holderNames[0]!.language
        ? payload.holderNames[0]!.value
        : payload.holderNames.map(n => (n.language ? { '@value': n.value, '@language': n.language } : n.value)),
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        name: languageValues(achievement.name),
        description: languageValues(achievement.description),
        criteria: { narrative: languageValues(achievement.criteria ?? achievement.description) },
      },
    },
    'credentialStatus': {
      id: `${payload.status.listUrl}#${payload.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(payload.status.index),
      statusListCredential: payload.status.listUrl,
    },
  }
}

/**
 * Signs with each key in turn, making a proof set (independent proofs, none chained): the consortium's first, then
 * each co-issuer's. eddsa-rdfc-2022 Data Integrity proofs; canonicalization loads only through the offline loader.
 */
export async function signProofSet(credential: Record<string, unknown>, keys: readonly SigningKey[], loader: DocumentLoader): Promise<Record<string, unknown>> {
  let signed = structuredClone(credential)
  for (const key of keys) {
    const suite = new DataIntegrityProof({ signer: key.signer, cryptosuite })
    signed = await vc.issue({ credential: signed, suite, documentLoader: loader })
  }
  return signed
}
