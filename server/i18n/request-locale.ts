import type { H3Event } from 'h3'
import { getCookie, getHeader } from 'h3'
import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../../shared/locales'

/** The UI locale of a request: x-locale header, the i18n cookie, then Accept-Language, then en. */
export function requestLocale(event: H3Event): LocaleCode {
  const explicit = getHeader(event, 'x-locale') ?? getCookie(event, 'i18n_locale')
  if (isLocaleCode(explicit)) return explicit
  const accepted = (getHeader(event, 'accept-language') ?? '').split(',').map(part => part.split(';')[0]!.trim().toLowerCase())
  for (const tag of accepted) {
    const base = tag === 'tl' || tag.startsWith('tl-') ? 'fil' : tag.split('-')[0]
    const code = LOCALE_CODES.find(c => c === base)
    if (code) return code
  }
  return 'en'
}
