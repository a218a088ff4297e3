import { LOCALES } from './locales'

/**
 * The languages a language certificate, a program's requirement or an agreement's condition usually
 * names (ISO 639 codes): the community's own (the registry's codes are ISO 639 codes), then those its
 * partners teach in. Any other code an earlier record holds is still shown and kept.
 */
export const COMMON_LANGUAGES: readonly string[] = [...LOCALES.map(l => l.code), 'ja', 'ko', 'fr', 'de']
