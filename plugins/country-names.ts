import { COMMUNITY_COUNTRIES } from '#shared/countries'
import { LOCALES } from '#shared/locales'

type CountryNames = Record<string, Record<string, string>>
// Built once per server process, not per request: the names never change while it runs.
let computed: CountryNames | null = null

function countryNames(): CountryNames {
  computed ??= Object.fromEntries(LOCALES.map((l) => {
    const names = new Intl.DisplayNames([l.language], { type: 'region' })
    return [l.code, Object.fromEntries(COMMUNITY_COUNTRIES.map(code => [code, names.of(code) ?? code]))]
  }))
  return computed
}

/**
 * Country names in every locale, computed on the server (Node has full ICU data) and shipped
 * with the page: some browsers' Intl lacks Burmese and Khmer region names and would show English.
 */
export default defineNuxtPlugin(() => {
  useState<CountryNames>('countryNames', () => (import.meta.server ? countryNames() : {}))
})
