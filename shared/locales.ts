// The one registry of locales. The i18n config, the language switcher, the server's mail renderer, the
// translation-status script, the fonts (nuxt.config.ts, assets/css/main.css), the browser's date
// fallback (composables/intlFallback.ts) and the database's list (public.locale_codes()) all follow it.
// Adding a language: one entry here, locales/<code>.json, a loader line in intlFallback.ts (the compiler
// asks for it) and a migration from `npm run i18n:migration` (the server refuses to start without it).
// This file is also run by Node itself (scripts/*.mjs, type stripping): keep it import-free and erasable TS.

/** ISO 15924 script codes of the registry's languages (a new script adds its code here). */
export type ScriptCode = 'Hans' | 'Latn' | 'Thai' | 'Khmr' | 'Laoo' | 'Mymr'

export interface LocaleEntry {
  /** URL prefix, file name, database value: the locale's identity. */
  code: string
  /** BCP 47 tag for <html lang> and Intl. */
  language: string
  /** The language's name in itself, for the switcher. */
  name: string
  dir: 'ltr' | 'rtl'
  file: string
  script: ScriptCode
  /** CSS font families that draw the script, best first. */
  fonts: readonly string[]
  /** The @fontsource package that self-hosts fonts[0]; absent when the system font is used (Latin; CJK is too large to ship). */
  fontsource?: string
  /** Scripts with stacked marks above and below the line need more line height than Latin. */
  tallLines?: boolean
  /** The CLDR locale whose FormatJS date data stands in when a browser's Intl lacks the language. */
  dateData: string
  /**
   * Dates are always formatted with FormatJS and dateData, on the server and in every browser, not only where a browser
   * lacks the language: Node's ICU and FormatJS's CLDR release disagree on some names (a Khmer weekday on its own is
   * ចន្ទ in one, ច័ន្ទ in the other), and a page must read the same before and after hydration in any browser.
   */
  datesByFormatJs?: true
  /** The numbering system CLDR uses by default for the language, passed explicitly so a browser lacking the data agrees with the server. */
  digits?: string
  /**
   * The hour cycle CLDR uses by default for the language, passed explicitly where FormatJS's data leaves it unset
   * (Khmer: the server wrote "9:30 AM", the browser fallback "09:30", a hydration mismatch on every time).
   */
  hourCycle?: 'h12' | 'h23'
  /** A calendar a person of this locale may choose instead of the Gregorian one (profiles.thai_buddhist_calendar). */
  optionalCalendar?: string
  /**
   * How lists are joined ("A, B and C") where a browser's Intl lacks the language (Debian's Chromium writes Khmer lists
   * with an English "and", a hydration mismatch): the server and the browser then both join with these words.
   */
  listWords?: { between: string; last: string }
}

const CJK = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei']
const LATIN = ['Noto Sans']

export const LOCALES = [
  { code: 'zh', language: 'zh-CN', name: '中文', dir: 'ltr', file: 'zh.json', script: 'Hans', fonts: CJK, dateData: 'zh' },
  { code: 'en', language: 'en', name: 'English', dir: 'ltr', file: 'en.json', script: 'Latn', fonts: LATIN, dateData: 'en' },
  { code: 'id', language: 'id-ID', name: 'Bahasa Indonesia', dir: 'ltr', file: 'id.json', script: 'Latn', fonts: LATIN, dateData: 'id' },
  { code: 'ms', language: 'ms-MY', name: 'Bahasa Melayu', dir: 'ltr', file: 'ms.json', script: 'Latn', fonts: LATIN, dateData: 'ms' },
  {
    code: 'th', language: 'th-TH', name: 'ไทย', dir: 'ltr', file: 'th.json', script: 'Thai',
    fonts: ['Noto Sans Thai'], fontsource: '@fontsource/noto-sans-thai', tallLines: true, dateData: 'th', optionalCalendar: 'buddhist',
  },
  { code: 'vi', language: 'vi-VN', name: 'Tiếng Việt', dir: 'ltr', file: 'vi.json', script: 'Latn', fonts: LATIN, dateData: 'vi' },
  { code: 'fil', language: 'fil-PH', name: 'Filipino', dir: 'ltr', file: 'fil.json', script: 'Latn', fonts: LATIN, dateData: 'fil' },
  {
    code: 'km', language: 'km-KH', name: 'ខ្មែរ', dir: 'ltr', file: 'km.json', script: 'Khmr',
    fonts: ['Noto Sans Khmer'], fontsource: '@fontsource/noto-sans-khmer', tallLines: true, dateData: 'km', datesByFormatJs: true, hourCycle: 'h12',
    listWords: { between: ', ', last: ' និង ' },
  },
  {
    code: 'lo', language: 'lo-LA', name: 'ລາວ', dir: 'ltr', file: 'lo.json', script: 'Laoo',
    fonts: ['Noto Sans Lao'], fontsource: '@fontsource/noto-sans-lao', tallLines: true, dateData: 'lo', datesByFormatJs: true,
    listWords: { between: ', ', last: ' ແລະ ' },
  },
  {
    code: 'my', language: 'my-MM', name: 'မြန်မာ', dir: 'ltr', file: 'my.json', script: 'Mymr',
    fonts: ['Noto Sans Myanmar'], fontsource: '@fontsource/noto-sans-myanmar', tallLines: true, dateData: 'my', datesByFormatJs: true, digits: 'mymr',
    listWords: { between: '၊ ', last: ' နှင့် ' },
  },
] as const satisfies readonly LocaleEntry[]

export type LocaleCode = (typeof LOCALES)[number]['code']

export const LOCALE_CODES = LOCALES.map(l => l.code) as LocaleCode[]

/** The order in which a missing translation of user content falls back, after the viewer's locale. */
export const CONTENT_FALLBACK: LocaleCode[] = ['en', 'zh']

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)
}

/** A page path's locale prefix: /th, /th/…, /th?… (the i18n routes' `prefix` strategy). */
const LOCALE_PREFIX = new RegExp(`^/(${LOCALE_CODES.join('|')})(?=[/?]|$)`)

/** The locale a page path is in (/th/institutions → th), or null for a path without a locale prefix. */
export function localeOfPath(path: string): LocaleCode | null {
  return (LOCALE_PREFIX.exec(path)?.[1] as LocaleCode | undefined) ?? null
}

/** A page's path without its locale prefix: /th/agreements/new and /vi/agreements/new are one page. */
export function pathWithoutLocale(path: string): string {
  const rest = path.replace(LOCALE_PREFIX, '')
  return rest.startsWith('/') ? rest : `/${rest}`
}

/** The registry entry of a locale code (undefined for an unknown one). */
export function localeEntry(code: string, locales: readonly LocaleEntry[] = LOCALES): LocaleEntry | undefined {
  return locales.find(l => l.code === code)
}

// Derived lists. Each takes the registry as an argument so a test can add a locale and follow it through.

/** The locales as @nuxtjs/i18n takes them (nuxt.config.ts); the codes keep their literal type for its typed locale list. */
export function i18nLocales<T extends LocaleEntry = (typeof LOCALES)[number]>(locales: readonly T[] = LOCALES as readonly LocaleEntry[] as readonly T[]) {
  return locales.map(l => ({ code: l.code as T['code'], language: l.language, name: l.name, dir: l.dir, file: l.file }))
}

/** Weights the UI uses: regular text and semibold headings/labels. */
export const FONT_WEIGHTS = [400, 600] as const

/** The self-hosted font stylesheets (nuxt.config.ts css); each face loads only for its unicode-range. */
export function fontStylesheets(locales: readonly LocaleEntry[] = LOCALES): string[] {
  const packages = [...new Set(locales.flatMap(l => (l.fontsource ? [l.fontsource] : [])))]
  return packages.flatMap(p => FONT_WEIGHTS.map(w => `${p}/${w}.css`))
}

/**
 * The UI's font stack (assets/css/main.css --font-sans, kept equal by tests/unit/locale-registry.test.ts):
 * Latin first, then each other script's faces in registry order, CJK last because its fonts also carry
 * Latin and would otherwise draw it.
 */
export function fontStack(locales: readonly LocaleEntry[] = LOCALES): string[] {
  const rank = (l: LocaleEntry) => (l.script === 'Latn' ? 0 : l.script === 'Hans' ? 2 : 1)
  const ordered = [...locales].sort((a, b) => rank(a) - rank(b))
  return [...new Set(ordered.flatMap(l => l.fonts)), 'system-ui', 'sans-serif']
}

/** Items joined as the words say: "A, B and C". */
export function joinList(items: readonly string[], words: { between: string; last: string }): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(words.between)}${words.last}${items.at(-1)}`
}
