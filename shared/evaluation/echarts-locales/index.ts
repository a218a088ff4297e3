import { registerLocale } from 'echarts/core'
import th from 'echarts/lib/i18n/langTH.js'
import vi from 'echarts/lib/i18n/langVI.js'
import { localeEntry, type LocaleCode } from '../../locales'
import fil from './fil'
import id from './id'
import km from './km'
import lo from './lo'
import ms from './ms'
import my from './my'
import type { EChartsLocale } from './types'

export type { EChartsLocale } from './types'

/** ECharts registers English and Chinese itself, under these names. */
const BUILT_IN = { en: 'EN', zh: 'ZH' } as const satisfies Partial<Record<LocaleCode, string>>

/**
 * The ECharts locale object of every other portal locale: Thai and Vietnamese as ECharts ships them, the rest
 * written here. A locale added to shared/locales.ts without a file here is a type error.
 */
export const PORTAL_CHART_LOCALES: Record<Exclude<LocaleCode, keyof typeof BUILT_IN>, EChartsLocale> = { th, vi, id, ms, fil, km, lo, my }

/** The name a portal locale is registered under in ECharts (`init(…, { locale })`); English for an unknown code. */
export function chartLocaleName(code: string): string {
  if (code in BUILT_IN) return BUILT_IN[code as keyof typeof BUILT_IN]
  return localeEntry(code) && code in PORTAL_CHART_LOCALES ? `PORTAL_${code.toUpperCase()}` : BUILT_IN.en
}

let registered = false

/** Registers every portal locale with ECharts, once per process (server) or page (browser). */
export function registerPortalChartLocales(): void {
  if (registered) return
  for (const [code, locale] of Object.entries(PORTAL_CHART_LOCALES)) registerLocale(chartLocaleName(code), locale)
  registered = true
}
