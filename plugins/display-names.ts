import { COMMUNITY_COUNTRIES } from '#shared/countries'
import { COMMON_LANGUAGES } from '#shared/languages'
import { LOCALES } from '#shared/locales'

type Names = Record<string, Record<string, string>>
// Built once per server process, not per request: the names never change while it runs.
const computed: Partial<Record<'region' | 'language', Names>> = {}

function namesOf(type: 'region' | 'language', codes: readonly string[]): Names {
  computed[type] ??= Object.fromEntries(LOCALES.map((l) => {
    const names = new Intl.DisplayNames([l.language], { type })
    return [l.code, Object.fromEntries(codes.map(code => [code, names.of(code) ?? code]))]
  }))
  return computed[type]
}

/**
 * Country and language names in every locale, computed on the server (Node has full ICU data) and
 * shipped with the page: some browsers' Intl lacks Burmese, Khmer and Lao names and would show English.
 */
export default defineNuxtPlugin(() => {
  useState<Names>('countryNames', () => (import.meta.server ? namesOf('region', COMMUNITY_COUNTRIES) : {}))
  useState<Names>('languageNames', () => (import.meta.server ? namesOf('language', COMMON_LANGUAGES) : {}))
})
