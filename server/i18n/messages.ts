import { isLocaleCode, LOCALES, type LocaleCode } from '../../shared/locales'
import type { MessageParams } from '../utils/errors'

type Messages = Record<string, unknown>
const catalog = new Map<LocaleCode, Messages>()

/** Loads every locale file once; the server renders mail and error messages from them. */
export function loadMessages(load: (file: string) => Messages) {
  for (const l of LOCALES) catalog.set(l.code, load(l.file))
}

function lookup(messages: Messages | undefined, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages)
  return typeof value === 'string' ? value : undefined
}

/** vue-i18n's named interpolation ({name}) for server-side text; falls back to English, then the key. */
export function translate(locale: string, key: string, params: MessageParams = {}): string {
  const code: LocaleCode = isLocaleCode(locale) ? locale : 'en'
  const text = lookup(catalog.get(code), key) ?? lookup(catalog.get('en'), key) ?? key
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
