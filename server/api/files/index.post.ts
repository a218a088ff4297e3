import { uploadReceivedFile } from '../../domain/files/files'

/** multipart/form-data with one part named "file", streamed to disk by the body-limit middleware before sign-in work. */
export default defineEventHandler(async (event) => {
  const actor = await requireActor(event)
  const { maxBytes, dir } = uploadSettings(portalConfig())
  const upload = await receiveUpload(event, maxBytes, dir)
  if (!upload) fail(422, 'files.errors.missing')
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => uploadReceivedFile(tx, useFileStore(), actor, upload, maxBytes))
})
