import { CONTENT_FALLBACK, LOCALE_CODES, type LocaleCode } from './locales'

// The schemas that accept it are in shared/schemas/localized.ts, so a page that only shows it loads no validator.

/** Multilingual user content: one text per locale, e.g. { en: 'Nanning', zh: '南宁' }. */
export type LocalizedText = Partial<Record<LocaleCode, string>>

export interface ResolvedText {
  text: string
  /** The locale the text is in; differs from the wanted one when it fell back. */
  locale: LocaleCode | null
  isFallback: boolean
}

/** Picks the viewer's locale, then en, then zh, then any filled locale. */
export function resolveLocalizedText(value: LocalizedText | null | undefined, wanted: LocaleCode): ResolvedText {
  const order = [wanted, ...CONTENT_FALLBACK, ...LOCALE_CODES]
  for (const code of order) {
    const text = value?.[code]?.trim()
    if (text) return { text, locale: code, isFallback: code !== wanted }
  }
  return { text: '', locale: null, isFallback: false }
}

export function filledLocales(value: LocalizedText | null | undefined): LocaleCode[] {
  return LOCALE_CODES.filter(code => Boolean(value?.[code]?.trim()))
}

const CODES = new Set<string>(LOCALE_CODES)
const isLocalizedText = (value: object): value is LocalizedText => {
  const entries = Object.entries(value)
  return entries.length > 0 && entries.every(([code, text]) => CODES.has(code) && typeof text === 'string')
}

/**
 * Content as one reader sees it: every multilingual text in `value` keeps only the language it resolves to for
 * `wanted` (the same text and fallback `resolveLocalizedText` would show), so a reply carries one language instead
 * of ten. For what a page shows, never for a form that edits the texts.
 */
export function inReaderLanguage<T>(value: T, wanted: LocaleCode): T {
  if (Array.isArray(value)) return value.map(item => inReaderLanguage(item, wanted)) as T
  if (!value || typeof value !== 'object' || value.constructor !== Object) return value
  if (isLocalizedText(value)) {
    const { text, locale } = resolveLocalizedText(value, wanted)
    return (locale ? { [locale]: text } : {}) as T
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inReaderLanguage(item, wanted)])) as T
}
