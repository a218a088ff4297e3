import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import type { LocalizedText } from '../localized-text'
import { nameText, text } from './primitives'

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
