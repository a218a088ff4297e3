import { slugify } from 'transliteration'
import type { LocalizedText } from './localized-text'

export const SLUG_MAX = 80

/**
 * A web address suggested from an institution's name: the English name if there is one, else the name
 * in the reader's language, else any; transliterated to Latin (南宁职业技术学院 → nan-ning-zhi-ye-ji-shu-xue-yuan),
 * so a Lao or Thai college gets a readable address without typing one.
 */
export function suggestSlug(name: LocalizedText, readerLocale: string): string {
  const texts = name as Record<string, string | undefined>
  const source = [texts.en, texts[readerLocale], ...Object.values(texts)].find(v => v?.trim()) ?? ''
  return slugify(source, { lowercase: true, separator: '-', trim: true }).replace(/[^a-z0-9-]+/g, '').replace(/-+/g, '-')
    .slice(0, SLUG_MAX).replace(/^-+|-+$/g, '')
}
