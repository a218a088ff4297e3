import { useEvent } from 'nitropack/runtime'
import { loadMessages, translate } from '../i18n/messages'
import { requestLocale } from '../i18n/request-locale'
import { setErrorTranslator } from '../utils/errors'
import { LOCALES } from '../../shared/locales'

export default defineNitroPlugin(async () => {
  const assets = useStorage('assets:locales')
  const files = Object.fromEntries(await Promise.all(LOCALES.map(async l => [l.file, await assets.getItem(l.file)] as const)))
  loadMessages(file => files[file] as Record<string, unknown>)
  setErrorTranslator((key, params) => {
    let locale = 'en'
    try { locale = requestLocale(useEvent()) }
    catch { /* outside a request (jobs): English */ }
    return translate(locale, key, params)
  })
})
