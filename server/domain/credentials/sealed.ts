import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// Private key material at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the server's credential secret,
// the key's own id bound as additional data so a sealed value cannot be moved to another key's row.
const VERSION = 'v1'

function keyFrom(secret: string): Buffer {
  if (secret.length < 32) throw new Error('the credential key secret must have at least 32 characters')
  return Buffer.from(hkdfSync('sha256', secret, 'portal-credential-keys', 'aes-256-gcm v1', 32))
}

export function seal(secret: string, keyId: string, plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv)
  cipher.setAAD(Buffer.from(keyId))
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

/** The plain text; throws when the secret is not the one it was sealed with, or the value was altered. */
export function unseal(secret: string, keyId: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || !body) throw new Error('not a sealed credential key')
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(keyId))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
