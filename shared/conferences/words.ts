/**
 * Words in an abstract, for the call's word limit, in any of the ten languages: a word segmenter (ICU) splits Thai,
 * Khmer, Lao and Myanmar, which write no spaces between words, and counts each Chinese word as the dictionary has it.
 * The database only backs this with a length in characters (12 per word allowed).
 */
export function countWords(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
  let n = 0
  for (const part of segmenter.segment(text)) if (part.isWordLike) n++
  return n
}

/** The locales of an abstract whose text is over the limit. */
export function localesOverWordLimit(abstract: Partial<Record<string, string>>, limit: number): string[] {
  return Object.entries(abstract).filter(([locale, text]) => text && countWords(text, locale) > limit).map(([locale]) => locale)
}
