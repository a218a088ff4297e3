import { resolveLocalizedText, type LocalizedText } from './localized-text'
import type { LocaleCode } from './locales'

/**
 * A notice's parameter as stored: plain text or a number (shown as is), a multilingual text (shown in the
 * reader's locale), or a message key (a state, a severity: translated when shown). Notices keep these raw
 * values, so the list reads in whatever language the reader uses now; rows written before that kept
 * rendered strings, which are still valid (plain text).
 */
export type NoticeParam = string | number | LocalizedText | { key: string }
export type NoticeParams = Record<string, NoticeParam>

/** The message a notice is shown with: the subject of its mail template (mail.<kind>.subject). */
export function noticeSubjectKey(kind: string): string {
  return `mail.${kind}.subject`
}

function isKey(value: object): value is { key: string } {
  return 'key' in value && typeof value.key === 'string'
}

/** Each parameter in `locale`; `translate` looks a message key up (the server's translate, the page's t). */
export function resolveNoticeParams(params: NoticeParams, locale: LocaleCode, translate: (key: string) => string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => {
    if (typeof value === 'string' || typeof value === 'number') return [name, value]
    if (value && typeof value === 'object' && isKey(value)) return [name, translate(value.key)]
    return [name, resolveLocalizedText(value as LocalizedText, locale).text]
  }))
}
