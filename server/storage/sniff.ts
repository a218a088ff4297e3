import { openAsBlob } from 'node:fs'
import { fileTypeFromBlob, fileTypeFromBuffer } from 'file-type'

export const ALLOWED_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The content type read from the bytes themselves; null when it is not one we accept. */
export async function sniffContentType(bytes: Uint8Array, allowed = ALLOWED_TYPES): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes)
  if (!found) return null
  return allowed[found.ext] === found.mime ? found.mime : null
}

/** As sniffContentType, for a file on disk: reads only the bytes the signatures need. */
export async function sniffFileContentType(path: string, allowed = ALLOWED_TYPES): Promise<string | null> {
  // A Blob backed by the file (file-type's fromFile loads a module the built server's trace leaves out).
  const found = await fileTypeFromBlob(await openAsBlob(path))
  if (!found) return null
  return allowed[found.ext] === found.mime ? found.mime : null
}
