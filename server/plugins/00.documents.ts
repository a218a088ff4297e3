import { setTemplateReader } from '../documents/templates'
import { setDocumentPoolSize } from '../documents/pdf'
import { portalConfig } from '../utils/config'

/** The built server has no templates/ folder beside its code: documents read the copies bundled from server/documents/templates. */
export default defineNitroPlugin(() => {
  setDocumentPoolSize(portalConfig().pdf)
  const assets = useStorage('assets:documents')
  setTemplateReader(async (file) => {
    const raw: unknown = await assets.getItemRaw(file)
    if (raw === null || raw === undefined) throw new Error(`document template ${file} is not bundled`)
    return typeof raw === 'string' ? raw : new TextDecoder().decode(raw as Uint8Array)
  })
})
