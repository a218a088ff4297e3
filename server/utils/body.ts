import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import type { H3Event } from 'h3'
import { getRequestHeader, readRawBody } from 'h3'
import type { IncomingMessage } from 'node:http'
import { fail } from './errors'

/** JSON bodies are small: the largest form (an agreement version in ten languages) is far below this. */
export const JSON_BODY_LIMIT = 1024 * 1024
/** Room for a multipart envelope (boundaries, part headers, a few fields) around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024

/** An upload streamed to a temporary file, with its size and hash counted on the way. */
export interface ReceivedUpload {
  filename: string
  path: string
  sizeBytes: number
  sha256: string
}

/** Where uploads are spooled (beside the stores' own disk, so the disk store takes a file over by renaming it) and how large they may be. */
export function uploadSettings(config: { dataDir: string; uploadMaxBytes: number }) {
  return { maxBytes: config.uploadMaxBytes, dir: join(config.dataDir, 'tmp', 'uploads') }
}

// h3 keeps a body it has read in event._requestBody; its readers use that copy.
type EventWithBody = { _requestBody?: unknown }

export function hasBody(event: H3Event): boolean {
  const length = getRequestHeader(event, 'content-length')
  if (length !== undefined) return Number(length) > 0
  return getRequestHeader(event, 'transfer-encoding') !== undefined
}

/**
 * After a refusal the rest of the body stays unread: once the reply is out, close the connection. What the client
 * is still sending is discarded for a moment first, so the close does not reset the connection before it reads the reply.
 */
export function closeAfterReply(event: H3Event) {
  const { req, res } = event.node
  res.once('finish', () => {
    req.resume()
    req.socket.end()
    setTimeout(() => req.socket.destroy(), 2000).unref()
  })
}

function tooLarge(event: H3Event, key: string, limit: number): never {
  closeAfterReply(event)
  fail(413, key, { megabytes: Math.max(1, Math.round(limit / 1048576)) })
}

/**
 * The body, read as it streams and refused with 413 the moment it passes `limit` bytes — a body without
 * Content-Length (chunked) is never buffered whole. h3's own readers see the same copy afterwards.
 */
export async function readBodyLimited(event: H3Event, limit = JSON_BODY_LIMIT): Promise<Buffer> {
  const cached = (event as unknown as EventWithBody)._requestBody
  if (Buffer.isBuffer(cached)) return cached
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > limit) tooLarge(event, 'errors.bodyTooLarge', limit)
  const req = event.node.req as IncomingMessage & { body?: unknown }
  if ('body' in req) {
    // An in-process request (Nitro's localFetch during server rendering) carries its body in memory already.
    const inMemory = req.body == null ? Buffer.alloc(0) : (await readRawBody(event, false)) ?? Buffer.alloc(0)
    if (inMemory.length > limit) tooLarge(event, 'errors.bodyTooLarge', limit)
    return inMemory
  }
  if (req.readableEnded) return Buffer.alloc(0)
  const body = await new Promise<Buffer | 'tooLarge' | 'aborted'>((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const settle = (value: Buffer | 'tooLarge' | 'aborted') => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onClose)
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.pause()
      settle('tooLarge')
    }
    const onEnd = () => settle(Buffer.concat(chunks))
    const onAbort = () => settle('aborted')
    const onClose = () => { if (!req.complete) settle('aborted') }
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onClose)
  })
  if (body === 'tooLarge') tooLarge(event, 'errors.bodyTooLarge', limit)
  if (body === 'aborted') fail(400, 'errors.malformedJson')
  ;(event as unknown as EventWithBody)._requestBody = body
  return body
}

const sweptDirs = new Set<string>()

/** Once per process: spooled uploads older than an hour were left by a process that stopped mid-request. */
async function sweepStaleUploads(dir: string) {
  if (sweptDirs.has(dir)) return
  sweptDirs.add(dir)
  const cutoff = Date.now() - 60 * 60 * 1000
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    if (info && info.mtimeMs < cutoff) await rm(path, { force: true })
  }
}

/**
 * Streams a multipart/form-data body's part named "file" into a temporary file under `dir`, counting size and
 * sha256 on the way; 413 the moment the file passes `maxBytes` (or the whole body the file plus a small envelope).
 * The temporary file is removed when the response closes; a store takes it over before that (FileStore.putFile).
 * Null when the body holds no such part.
 */
export async function receiveUpload(event: H3Event, maxBytes: number, dir: string): Promise<ReceivedUpload | null> {
  const context = event.context as { upload?: ReceivedUpload | null }
  if (context.upload !== undefined) return context.upload
  if (!hasBody(event)) return (context.upload = null)
  const limit = maxBytes + MULTIPART_OVERHEAD
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > limit) tooLarge(event, 'files.errors.tooLarge', maxBytes)
  const req = event.node.req
  let parser: busboy.Busboy
  try {
    // Browsers send UTF-8 file names in the plain filename parameter.
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 64 * 1024, parts: 40 } })
  }
  catch {
    fail(400, 'files.errors.notMultipart')
  }
  await mkdir(dir, { recursive: true })
  sweepStaleUploads(dir).catch(() => { /* the next process sweeps again */ })
  const outcome = await new Promise<ReceivedUpload | null | 'tooLarge' | 'malformed'>((resolve) => {
    let file: ReceivedUpload | null = null
    let written: Promise<void> = Promise.resolve()
    let received = 0
    let settled = false
    let stopWriting = () => {}
    const settle = (value: ReceivedUpload | null | 'tooLarge' | 'malformed') => {
      if (settled) return
      settled = true
      req.off('data', count)
      if (typeof value === 'string') {
        // Refused: stop parsing and close the half-written file (removed when the response closes) — after
        // busboy's own callback returns, since this may run inside it.
        req.unpipe(parser)
        req.pause()
        setImmediate(stopWriting)
      }
      resolve(value)
    }
    const count = (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) settle('tooLarge')
    }
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) return void stream.resume()
      const path = join(dir, randomUUID())
      const upload: ReceivedUpload = { filename: info.filename ?? '', path, sizeBytes: 0, sha256: '' }
      file = upload
      event.node.res.once('close', () => void rm(path, { force: true }))
      const hash = createHash('sha256')
      stream.on('data', (chunk: Buffer) => {
        upload.sizeBytes += chunk.length
        hash.update(chunk)
      })
      stream.on('limit', () => settle('tooLarge'))
      const out = createWriteStream(path)
      stopWriting = () => out.destroy()
      written = pipeline(stream, out).then(() => { upload.sha256 = hash.digest('hex') })
      written.catch(() => { /* a refused upload's write fails; settle() has answered already */ })
    })
    parser.on('close', () => written.then(() => settle(file), () => settle('malformed')))
    parser.on('error', () => settle('malformed'))
    req.on('data', count)
    req.once('close', () => { if (!req.complete) settle('malformed') })
    req.pipe(parser)
  })
  if (outcome === 'tooLarge') tooLarge(event, 'files.errors.tooLarge', maxBytes)
  if (outcome === 'malformed') fail(400, 'files.errors.notMultipart')
  return (context.upload = outcome)
}
