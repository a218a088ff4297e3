import { COMMUNITY_COUNTRIES } from '#shared/countries'
import { LOCALES } from '#shared/locales'

/**
 * Country names in every locale, computed once on the server (Node has full ICU data) and shipped
 * with the page: some browsers' Intl lacks Burmese and Khmer region names and would show English.
 */
export default defineNuxtPlugin(() => {
  useState<Record<string, Record<string, string>>>('countryNames', () => {
    if (!import.meta.server) return {}
    return Object.fromEntries(LOCALES.map((l) => {
      const names = new Intl.DisplayNames([l.language], { type: 'region' })
      return [l.code, Object.fromEntries(COMMUNITY_COUNTRIES.map(code => [code, names.of(code) ?? code]))]
    }))
  })
})
