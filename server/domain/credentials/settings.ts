import { portalConfig } from '../../utils/config'
import type { CredentialSettings } from './keys'

/** The server's credential settings: its public address and the secret sealing private keys. */
export function credentialSettings(): CredentialSettings {
  const config = portalConfig()
  return { baseUrl: config.baseUrl, secret: config.credentialKeySecret }
}
