/**
 * The languages a language certificate, a program's requirement or an agreement's condition usually
 * names (ISO 639 codes): the community's own, then those its partners teach in. Any other code an
 * earlier record holds is still shown and kept.
 */
export const COMMON_LANGUAGES = ['zh', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'ja', 'ko', 'fr', 'de'] as const
