import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fontStack, fontStylesheets, i18nLocales, LOCALE_CODES, LOCALES, type LocaleEntry } from '#shared/locales'
import { DATE_DATA, fallbackDateFormat, loadDateFallback, localesFormattedByFormatJs, localesLackingDates } from '../../composables/intlFallback'
import { localeCodesSql } from '../../server/db/locale-codes'
import { coverage, readLocaleFile } from '../../scripts/i18n-status.mjs'
import { FAKE_LOCALE, WITH_FAKE } from './fake-locale'
import { documentFontOf } from '../../server/documents/fonts'

const ROOT = new URL('../../', import.meta.url).pathname
const registry: readonly LocaleEntry[] = LOCALES
const queued = () => ((globalThis as Record<string, unknown>).__FORMATJS_DATETIMEFORMAT_DATA__ ?? []) as { locale: string }[]

describe('each registry fact is the one the app uses', () => {
  it('the date-data loaders cover the registry, each loading the CLDR data its entry names', async () => {
    expect(Object.keys(DATE_DATA).sort()).toEqual([...LOCALE_CODES].sort())
    for (const l of registry) {
      const before = queued().length
      await DATE_DATA[l.code as keyof typeof DATE_DATA]()
      expect(queued().slice(before).map(d => d.locale), l.code).toEqual([l.dateData])
    }
  })

  it('the digits and optional calendar of an entry are what Intl gives its language', () => {
    for (const l of registry) {
      expect(new Intl.NumberFormat(l.language).resolvedOptions().numberingSystem, l.code).toBe(l.digits ?? 'latn')
      if (l.optionalCalendar) expect(new Intl.DateTimeFormat(`${l.language}-u-ca-${l.optionalCalendar}`).resolvedOptions().calendar).toBe(l.optionalCalendar)
    }
    expect(new Intl.NumberFormat('my-MM', { numberingSystem: 'mymr' }).format(2026)).toBe('၂,၀၂၆')
  })

  it('the browser fallback writes every language\'s dates and times as the server does (a difference is a hydration mismatch)', async () => {
    const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat')
    for (const l of registry) await DATE_DATA[l.code as keyof typeof DATE_DATA]()
    DateTimeFormat.__addLocaleData(...(queued() as Parameters<typeof DateTimeFormat.__addLocaleData>))
    const instants = [new Date('2027-02-15T02:30:00Z'), new Date('2026-12-05T14:05:00Z')]
    // Browsers carry Latin-script and Chinese data (they differ from Node only in spaces and commas); the fallback
    // stands in for the other scripts (Debian's Chromium lacks Khmer, Lao and Burmese).
    for (const l of registry.filter(e => e.script !== 'Latn' && e.script !== 'Hans')) {
      for (const timeStyle of [undefined, 'short'] as const) {
        const options = { dateStyle: 'medium', timeStyle, hourCycle: timeStyle ? l.hourCycle : undefined, timeZone: 'UTC' } as const
        const server = new Intl.DateTimeFormat(`${l.language}-u-ca-gregory`, options)
        const fallback = new DateTimeFormat(l.dateData, options)
        for (const at of instants) expect(fallback.format(at), `${l.code} ${timeStyle ?? 'date'}`).toBe(server.format(at))
      }
    }
  })

  it('every self-hosted font stylesheet exists in its package', () => {
    const require = createRequire(import.meta.url)
    expect(fontStylesheets().length).toBe(registry.filter(l => l.fontsource).length * 2)
    for (const sheet of fontStylesheets()) expect(() => require.resolve(sheet), sheet).not.toThrow()
  })

  it('assets/css/main.css spells out the registry font stack and the tall-line scripts', () => {
    const css = readFileSync(join(ROOT, 'assets/css/main.css'), 'utf8')
    const stack = /--font-sans:([^;]+);/.exec(css)![1]!.split(',').map(f => f.trim().replace(/^"|"$/g, ''))
    expect(stack).toEqual(fontStack())
    const tall = /((?::lang\(\w+\),?\s*)+)\{\s*line-height/.exec(css)![1]!.match(/:lang\((\w+)\)/g)!.map(s => s.slice(6, -1))
    expect(tall).toEqual(registry.filter(l => l.tallLines).map(l => l.code))
  })

  it('the newest migration setting public.locale_codes() lists the registry codes in order', () => {
    const dir = join(ROOT, 'supabase/migrations')
    const newest = readdirSync(dir).sort().map(f => readFileSync(join(dir, f), 'utf8'))
      .filter(sql => /function public\.locale_codes\(\)/.test(sql)).at(-1)!
    const list = /function public\.locale_codes\(\)[\s\S]*?array\[([^\]]*)\]/.exec(newest)![1]!
    expect([...list.matchAll(/'([^']+)'/g)].map(m => m[1])).toEqual(LOCALE_CODES)
  })
})

describe('no other place keeps its own list of the locales', () => {
  // App code, scripts and migrations after the one that introduced public.locale_codes(). Tests may sample codes.
  const SCANNED = ['app', 'assets', 'components', 'composables', 'layouts', 'middleware', 'pages', 'plugins', 'server', 'shared', 'stores', 'scripts']
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue|mjs|js|css)$/.test(name) ? [path] : []
  })
  const sources = [
    ...SCANNED.flatMap(d => (statSync(join(ROOT, d), { throwIfNoEntry: false }) ? files(join(ROOT, d)) : [])),
    ...readdirSync(ROOT).filter(f => /\.(ts|mjs|vue)$/.test(f)).map(f => join(ROOT, f)),
    ...readdirSync(join(ROOT, 'supabase/migrations')).filter(f => f > '20261205110000' && !f.endsWith('_locale_codes.sql'))
      .map(f => join(ROOT, 'supabase/migrations', f)),
  ].filter(f => relative(ROOT, f) !== 'shared/locales.ts')
  const code = LOCALE_CODES.join('|')
  const quotedList = new RegExp(`(['"])(${code})\\1(\\s*,\\s*(['"])(${code})\\4){3,}`)
  const tags = registry.map(l => l.language).filter(t => t.includes('-'))

  it('no file lists four or more locale codes, three language tags or a font package by hand', () => {
    const found = sources.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const problems = []
      if (quotedList.test(text)) problems.push(`a list of locale codes: ${quotedList.exec(text)![0]}`)
      const named = tags.filter(t => text.includes(`'${t}'`) || text.includes(`"${t}"`))
      if (named.length >= 3) problems.push(`language tags ${named.join(', ')}`)
      if (/@fontsource\//.test(text)) problems.push('a @fontsource package')
      return problems.map(p => `${relative(ROOT, file)}: ${p}`)
    })
    expect(sources.length).toBeGreaterThan(50)
    expect(found).toEqual([])
  })
})

describe('a language added to the registry reaches every place that lists locales', () => {
  it('the i18n module gets it with its file, tag and direction', () => {
    expect(i18nLocales(WITH_FAKE).at(-1)).toEqual({ code: 'xx', language: 'xx-XX', name: 'Xxish', dir: 'ltr', file: 'xx.json' })
    expect(i18nLocales(WITH_FAKE).slice(0, -1)).toEqual(i18nLocales())
  })

  it('its self-hosted font is loaded and drawn after Latin and before CJK', () => {
    expect(fontStylesheets(WITH_FAKE)).toEqual([...fontStylesheets(), '@fontsource/noto-sans-xx/400.css', '@fontsource/noto-sans-xx/600.css'])
    const stack = fontStack(WITH_FAKE)
    expect(stack.indexOf('Noto Sans Xx')).toBeGreaterThan(stack.indexOf('Noto Sans'))
    expect(stack.indexOf('Noto Sans Xx')).toBeLessThan(stack.indexOf('Noto Sans CJK SC'))
  })

  it('its generated documents take the font of its script (a Thai-script language gets Noto Sans Thai)', () => {
    expect(documentFontOf('xx', WITH_FAKE)).toBe('Noto Sans')
    const thaiScript = [...LOCALES, { ...FAKE_LOCALE, script: 'Thai' as const }]
    expect(documentFontOf('xx', thaiScript)).toBe('Noto Sans Thai')
  })

  it('the translation-status script reports it: every key missing until its file exists, then untranslated copies', () => {
    const rows = coverage(WITH_FAKE)
    expect(rows.map(r => r.code)).toEqual([...LOCALE_CODES, 'xx'])
    const enKeys = rows.find(r => r.code === 'en')!.keys
    expect(rows.at(-1)).toMatchObject({ code: 'xx', keys: 0 })
    expect(rows.at(-1)!.missing).toHaveLength(enKeys)
    const copied = coverage([FAKE_LOCALE], file => readLocaleFile(file === 'xx.json' ? 'en.json' : file))[0]!
    expect(copied.missing).toEqual([])
    expect(copied.same.length).toBeGreaterThan(100)
  })

  it('the database migration made from the registry accepts it (tests/db/locale-registry.test.ts applies it)', () => {
    expect(localeCodesSql(WITH_FAKE.map(l => l.code))).toContain(`array[${[...LOCALE_CODES, 'xx'].map(c => `'${c}'`).join(', ')}]::text[]`)
    expect(() => localeCodesSql(['xx\'); drop table x; --'])).toThrow(/not a locale code/)
  })

  it('a browser lacking its dates gets the CLDR data the entry names, in the person\'s time zone', async () => {
    expect(localesLackingDates(WITH_FAKE)).toEqual([FAKE_LOCALE])
    await loadDateFallback([FAKE_LOCALE], { xx: () => import('@formatjs/intl-datetimeformat/locale-data/fr.js') })
    const format = fallbackDateFormat('xx-XX', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' })!
    expect(format.format(new Date('2026-12-05T20:00:00Z'))).toBe('6 déc. 2026')
    expect(fallbackDateFormat('km-KH', { dateStyle: 'medium', timeZone: 'UTC' })).toBeNull()
  })

  it('Khmer, Lao and Burmese dates are FormatJS\'s on the server and in every browser, so a lone Khmer weekday reads the same on both', async () => {
    expect(localesFormattedByFormatJs(WITH_FAKE).map(l => l.code).sort()).toEqual(['km', 'lo', 'my', 'xx'])
    await loadDateFallback(LOCALES.filter(l => l.datesByFormatJs))
    const monday = new Date('2027-03-15T05:00:00Z')
    // Node's own ICU writes ចន្ទ; the browser fallback writes ច័ន្ទ: the page now always writes the latter.
    expect(fallbackDateFormat('km-KH', { weekday: 'long', timeZone: 'Asia/Phnom_Penh' })!.format(monday)).toBe('ច័ន្ទ')
    expect(fallbackDateFormat('my-MM', { dateStyle: 'medium', timeZone: 'Asia/Yangon' })!.format(monday)).toBe('၂၀၂၇ မတ် ၁၅')
    expect(fallbackDateFormat('th-TH', { dateStyle: 'medium', timeZone: 'UTC' })).toBeNull()
  })
})
