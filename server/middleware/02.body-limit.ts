/**
 * Every API body is read here, before any sign-in work, and refused with 413 the moment it passes its limit:
 * JSON up to 1 MB into memory, an upload streamed to a temporary file up to the upload limit.
 */
export default defineEventHandler(async (event) => {
  if (!STATE_CHANGING.has(event.method) || !event.path.startsWith('/api/') || !hasBody(event)) return
  if (!UPLOAD_ROUTES.has(event.path.split('?')[0]!.replace(/\/+$/, ''))) return void await readBodyLimited(event)
  const { maxBytes, dir } = uploadSettings(portalConfig())
  await receiveUpload(event, maxBytes, dir)
})
