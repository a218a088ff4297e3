/** Refuses oversized bodies before reading them: 1 MB of JSON, the upload limit plus headroom for multipart. */
export default defineEventHandler((event) => {
  const length = Number(getRequestHeader(event, 'content-length') ?? 0)
  if (!length) return
  const multipart = (getRequestHeader(event, 'content-type') ?? '').startsWith('multipart/form-data')
  const limit = multipart ? Number(useRuntimeConfig(event).uploadMaxBytes) + 1024 * 1024 : 1024 * 1024
  if (length > limit) fail(413, multipart ? 'files.errors.tooLarge' : 'errors.bodyTooLarge', { megabytes: Math.round(limit / 1048576) })
})
