import { createHash, randomUUID } from 'node:crypto'
import type { Actor, Tx } from '../../db/as-user'
import type { FileStore } from '../../storage/file-store'
import { sniffContentType } from '../../storage/sniff'
import { fail } from '../../utils/errors'

export interface UploadInput {
  filename: string
  bytes: Uint8Array
  maxBytes: number
}

export interface StoredFile {
  id: string
  filename: string
  contentType: string
  sizeBytes: number
  sha256: string
  createdAt: Date
}

function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f"<>]/g, '').trim()
  return (base || 'file').slice(0, 255)
}

/** Stores the bytes under a random key, then the metadata row as the uploader (RLS: owner is the actor). */
export async function uploadFile(tx: Tx, store: FileStore, actor: Actor, input: UploadInput): Promise<StoredFile> {
  if (input.bytes.byteLength === 0) fail(422, 'files.errors.empty')
  if (input.bytes.byteLength > input.maxBytes) fail(413, 'files.errors.tooLarge', { megabytes: Math.round(input.maxBytes / 1048576) })
  const contentType = await sniffContentType(input.bytes)
  if (!contentType) fail(415, 'files.errors.typeNotAllowed')
  const key = `${actor.id}/${randomUUID()}`
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  await store.put(key, input.bytes, contentType)
  const row = await tx.insertInto('files').values({
    owner_id: actor.id, storage_key: key, filename: safeFilename(input.filename), content_type: contentType,
    size_bytes: input.bytes.byteLength, sha256,
  }).returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at']).executeTakeFirstOrThrow()
  return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: Number(row.size_bytes), sha256: row.sha256, createdAt: row.created_at }
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
  return rows.map(r => ({ id: r.id, filename: r.filename, contentType: r.content_type, sizeBytes: Number(r.size_bytes), sha256: r.sha256, createdAt: r.created_at }))
}

export async function deleteFile(tx: Tx, store: FileStore, id: string): Promise<void> {
  const row = await tx.deleteFrom('files').where('id', '=', id).returning('storage_key').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  await store.delete(row.storage_key)
}
