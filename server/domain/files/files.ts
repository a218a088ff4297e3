import { createHash, randomUUID } from 'node:crypto'
import type { Actor, Tx } from '../../db/as-user'
import type { FileStore } from '../../storage/file-store'
import { sniffContentType, sniffFileContentType } from '../../storage/sniff'
import type { ReceivedUpload } from '../../utils/body'
import { cleanFilename } from './filename'
import { fail } from '../../utils/errors'

export interface UploadInput {
  filename: string
  bytes: Uint8Array
  maxBytes: number
}

export interface StoredFile {
  id: string
  filename: string
  content_type: string
  size_bytes: number
  sha256: string
  created_at: Date
}

function checkSize(sizeBytes: number, maxBytes: number) {
  if (sizeBytes === 0) fail(422, 'files.errors.empty')
  if (sizeBytes > maxBytes) fail(413, 'files.errors.tooLarge', { megabytes: Math.round(maxBytes / 1048576) })
}

interface ReceivedFile {
  filename: string
  contentType: string
  sizeBytes: number
  sha256: string
}

/** The metadata row, written as the uploader (RLS: owner is the actor). */
async function recordFile(tx: Tx, actor: Actor, key: string, file: ReceivedFile): Promise<StoredFile> {
  const row = await tx.insertInto('files').values({
    owner_id: actor.id, storage_key: key, filename: cleanFilename(file.filename), content_type: file.contentType,
    size_bytes: file.sizeBytes, sha256: file.sha256,
  }).returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at']).executeTakeFirstOrThrow()
  return { ...row, size_bytes: Number(row.size_bytes) }
}

/** Stores bytes held in memory (seeding, generated files) under a random key, then the metadata row. */
export async function uploadFile(tx: Tx, store: FileStore, actor: Actor, input: UploadInput): Promise<StoredFile> {
  checkSize(input.bytes.byteLength, input.maxBytes)
  const contentType = await sniffContentType(input.bytes)
  if (!contentType) fail(415, 'files.errors.typeNotAllowed')
  const key = `${actor.id}/${randomUUID()}`
  await store.put(key, input.bytes, contentType)
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  return recordFile(tx, actor, key, { filename: input.filename, contentType, sizeBytes: input.bytes.byteLength, sha256 })
}

/** Stores an upload that was streamed to a temporary file (size and hash counted on the way), type sniffed from its first bytes. */
export async function uploadReceivedFile(tx: Tx, store: FileStore, actor: Actor, upload: ReceivedUpload, maxBytes: number): Promise<StoredFile> {
  checkSize(upload.sizeBytes, maxBytes)
  const contentType = await sniffFileContentType(upload.path)
  if (!contentType) fail(415, 'files.errors.typeNotAllowed')
  const key = `${actor.id}/${randomUUID()}`
  await store.putFile(key, upload.path, contentType)
  return recordFile(tx, actor, key, { filename: upload.filename, contentType, sizeBytes: upload.sizeBytes, sha256: upload.sha256 })
}

/** The file's row and bytes, if RLS lets the actor see the row; otherwise 404 (no hint that it exists). */
export async function readFileFor(tx: Tx, store: FileStore, id: string) {
  const row = await tx.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  const bytes = await store.get(row.storage_key)
  if (!bytes) fail(404, 'errors.notFound')
  return { row, bytes }
}

export async function listOwnFiles(tx: Tx, actor: Actor): Promise<StoredFile[]> {
  const rows = await tx.selectFrom('files').select(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where('owner_id', '=', actor.id).orderBy('created_at', 'desc').limit(200).execute()
  return rows.map(r => ({ ...r, size_bytes: Number(r.size_bytes) }))
}

export async function deleteFile(tx: Tx, store: FileStore, id: string): Promise<void> {
  const row = await tx.deleteFrom('files').where('id', '=', id).returning('storage_key').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  await store.delete(row.storage_key)
}
