import { z } from 'zod'
import { CONTENT_FALLBACK, LOCALE_CODES, type LocaleCode } from './locales'
import { nameText, text } from './schemas/primitives'

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

const localeKey = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const dropEmpty = (value: Partial<Record<LocaleCode, string>>) => Object.fromEntries(Object.entries(value).filter(([, t]) => t)) as LocalizedText

/** A text per locale (descriptions, agendas, notes): each trimmed and storable; empty ones dropped. */
export function localizedTextSchema(maxLength: number) {
  return z.partialRecord(localeKey, text(maxLength)).transform(dropEmpty)
}

/** A name or title per locale (institutions, bodies, programs, calls, agreements): as localizedTextSchema, without disguising characters. */
export function localizedNameSchema(maxLength: number) {
  return z.partialRecord(localeKey, nameText(maxLength, 0)).transform(dropEmpty)
}
