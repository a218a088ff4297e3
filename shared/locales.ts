// The one registry of locales: the i18n config, the language switcher, the server's mail renderer
// and the translation-status script all read it. Adding a language is one line here plus one file.
export const LOCALES = [
  { code: 'zh', language: 'zh-CN', name: '中文', dir: 'ltr', file: 'zh.json' },
  { code: 'en', language: 'en', name: 'English', dir: 'ltr', file: 'en.json' },
  { code: 'id', language: 'id-ID', name: 'Bahasa Indonesia', dir: 'ltr', file: 'id.json' },
  { code: 'ms', language: 'ms-MY', name: 'Bahasa Melayu', dir: 'ltr', file: 'ms.json' },
  { code: 'th', language: 'th-TH', name: 'ไทย', dir: 'ltr', file: 'th.json' },
  { code: 'vi', language: 'vi-VN', name: 'Tiếng Việt', dir: 'ltr', file: 'vi.json' },
  { code: 'fil', language: 'fil-PH', name: 'Filipino', dir: 'ltr', file: 'fil.json' },
  { code: 'km', language: 'km-KH', name: 'ខ្មែរ', dir: 'ltr', file: 'km.json' },
  { code: 'lo', language: 'lo-LA', name: 'ລາວ', dir: 'ltr', file: 'lo.json' },
  { code: 'my', language: 'my-MM', name: 'မြန်မာ', dir: 'ltr', file: 'my.json' },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']

export const LOCALE_CODES = LOCALES.map(l => l.code) as LocaleCode[]

/** The order in which a missing translation of user content falls back, after the viewer's locale. */
export const CONTENT_FALLBACK: LocaleCode[] = ['en', 'zh']

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)
}
