import { z } from 'zod'
import { CONTENT_FALLBACK, LOCALE_CODES, type LocaleCode } from './locales'

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

export function localizedTextSchema(maxLength: number) {
  return z.partialRecord(z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]), z.string().trim().max(maxLength))
    .transform(value => Object.fromEntries(Object.entries(value).filter(([, text]) => text)) as LocalizedText)
}
