import { uploadFile } from '../../domain/files/files'

/** multipart/form-data with one part named "file". */
export default defineEventHandler(async (event) => {
  const actor = await requireActor(event)
  if (!getRequestHeader(event, 'content-type')?.startsWith('multipart/form-data')) fail(400, 'files.errors.notMultipart')
  const parts = await readMultipartFormData(event).catch(() => fail(400, 'files.errors.notMultipart'))
  const part = parts?.find(p => p.name === 'file' && p.filename !== undefined)
  if (!part) fail(422, 'files.errors.missing')
  const maxBytes = Number(useRuntimeConfig(event).uploadMaxBytes)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => uploadFile(tx, useFileStore(), actor, { filename: part.filename!, bytes: new Uint8Array(part.data), maxBytes }))
})
