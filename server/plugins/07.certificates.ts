import { setCertificateIssuance } from '../domain/certificates/documents'
import { credentialSettings } from '../domain/credentials/settings'

/** An issued certificate's credential is signed with the server's credential settings; its PDF takes logos from the file store. */
export default defineNitroPlugin(() => {
  setCertificateIssuance(() => ({ credentials: credentialSettings(), store: useFileStore() }))
})
