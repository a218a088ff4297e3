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
