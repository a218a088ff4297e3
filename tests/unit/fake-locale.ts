import { LOCALES, type LocaleEntry } from '../../shared/locales'

/**
 * A language the portal does not have, added to the registry the way a real one would be: its own code,
 * tag, file, a self-hosted font and CLDR date data (French stands in, since no CLDR data exists for xx).
 */
export const FAKE_LOCALE: LocaleEntry = {
  code: 'xx', language: 'xx-XX', name: 'Xxish', dir: 'ltr', file: 'xx.json', script: 'Latn',
  fonts: ['Noto Sans Xx'], fontsource: '@fontsource/noto-sans-xx', dateData: 'fr',
}

/** The registry with the fake language added last, as a new line in shared/locales.ts would be. */
export const WITH_FAKE: readonly LocaleEntry[] = [...LOCALES, FAKE_LOCALE]
