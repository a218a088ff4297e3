import { ALLOWED_TYPES } from '../../storage/sniff'

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), LRM/RLM, and zero-width characters:
// invisible in a file dialog, they make "photo\u202Egnp.exe" read as "photoexe.png".
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g
const CONTROL = /[\u0000-\u001f\u007f"<>]/g

/** A file name as kept: the last path segment, without invisible and control characters, at most 255 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(INVISIBLE, '').replace(CONTROL, '').trim()
  return (base || 'file').slice(0, 255)
}

/** The extensions a content type is known by; the first is the one a download gets. */
function extensionsOf(contentType: string): string[] {
  const found = Object.entries(ALLOWED_TYPES).filter(([, type]) => type === contentType).map(([ext]) => ext)
  return contentType === 'image/jpeg' ? [...found, 'jpeg'] : found
}

/** The name a download gets: the stored name's text with the extension of the type sniffed from the bytes. */
export function downloadFilename(stored: string, contentType: string): string {
  const name = cleanFilename(stored)
  const extensions = extensionsOf(contentType)
  if (!extensions.length) return name
  const match = /^(.+)\.([a-z0-9]{1,10})$/i.exec(name)
  if (match && extensions.includes(match[2]!.toLowerCase())) return name
  return `${match ? match[1] : name}.${extensions[0]}`
}

/** Content-Disposition for an attachment: an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_')
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
