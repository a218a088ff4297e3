// How much of a page a reader sees in English: the counter behind tests/api/public-pages-language.test.ts.
//
// The rule, and why it is honest:
// - Visible text is the <body> without scripts, styles, templates and comments, plus the attributes shown on the
//   page (alt, placeholder); tooltips and labels only heard are left out. Entities are decoded.
// - Words are cut by Intl.Segmenter in the page's language (ICU's dictionaries split Thai, Khmer, Lao, Burmese
//   and Chinese, which write no spaces between words). Tokens without a letter (numbers, dates) are not words.
// - Proper names are not counted at all: the exact names given to `properNames` (every spelling, in every
//   language, of the demo institutions, their cities and the demo people, and the languages' names for
//   themselves in the language switcher) are cut out before counting, and so are web and mail addresses.
//   A name is cut only as the whole phrase, so "Technology" in an untranslated sentence still counts.
// - A word is English when it is written in Latin letters, is an English word (it appears in locales/en.json
//   or in the short list of English function words below) and is NOT a word of the page's own language (it
//   does not appear in that locale's file). So Indonesian "data", Filipino "at" or Vietnamese "in" are not
//   English on their own pages; nor are its month and weekday names (Filipino "Ago", "Set" in dates).
//   Acronyms (PLC, HSK, ASEAN: no lower-case letter) are never English.
//   The English words of content (the `en` text of the institutions and calls the pages show) are English too,
//   so an untranslated description falls back to words the interface never uses and still counts.

/** Common English words that a sentence of English content almost always contains, though en.json may not. */
const ENGLISH_FUNCTION_WORDS = `a about after all also an and any are as at be been before between both but by can each every for from
has have he her his how i if in into is it its more most my no not of on one only or other our out over per she so some such than that
the their them then there these they this those through to two under up us was we were what when where which while who will with
would you your`.split(/\s+/)

export interface Vocabulary {
  /** Lower-cased words of English. */
  english: Set<string>
  /** Lower-cased words of the page's own language, which never count as English on its pages. */
  own: Set<string>
}

export interface EnglishShare {
  words: number
  english: string[]
  share: number
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', ndash: '–', mdash: '—', middot: '·', larr: '←', rarr: '→' }

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The text a reader sees (or hears) on a server-rendered page, one fragment per line. */
export function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  const withoutCode = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
  const read: string[] = []
  const attribute = /\s(?:alt|placeholder)="([^"]*)"/gi
  for (const tag of withoutCode.matchAll(/<[a-z][^>]*>/gi)) {
    for (const match of tag[0].matchAll(attribute)) read.push(match[1]!)
  }
  const text = withoutCode.replace(/<[^>]*>/g, '\n')
  return decode([text, ...read].join('\n')).replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*/g, '\n').trim()
}

/** Lower-cased words of a text (any script), as a vocabulary. */
export function vocabularyOf(texts: Iterable<string>, language: string): Set<string> {
  const words = new Set<string>()
  for (const text of texts) for (const word of wordsOf(text, language)) words.add(word.toLowerCase())
  return words
}

/** Every string value in a nested locale file, with {placeholders} and @:links removed. */
export function localeStrings(messages: unknown): string[] {
  if (typeof messages === 'string') return [messages.replace(/\{[^}]*\}/g, ' ')]
  if (messages && typeof messages === 'object') return Object.values(messages).flatMap(localeStrings)
  return []
}

/** Every English text of localized content ({ en: '…', th: '…' } maps) anywhere in an API reply. */
export function englishContent(reply: unknown): string[] {
  if (Array.isArray(reply)) return reply.flatMap(englishContent)
  if (!reply || typeof reply !== 'object') return []
  return Object.entries(reply).flatMap(([key, value]) => key === 'en' && typeof value === 'string' ? [value] : englishContent(value))
}

/** English: the words of en.json's values, of the English content given, and the function words above. */
export function englishVocabulary(enMessages: unknown, content: string[] = []): Set<string> {
  const words = vocabularyOf([...localeStrings(enMessages), ...content], 'en')
  for (const word of ENGLISH_FUNCTION_WORDS) words.add(word)
  return words
}

/** The language's own month and weekday names, long and short, as Intl writes them in dates on its pages. */
export function calendarWords(language: string): Set<string> {
  const names: string[] = []
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' })
    for (let m = 0; m < 12; m++) names.push(format.format(Date.UTC(2026, m, 15)))
  }
  for (const weekday of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(language, { weekday, timeZone: 'UTC' })
    for (let d = 0; d < 7; d++) names.push(format.format(Date.UTC(2026, 0, 4 + d)))
  }
  return vocabularyOf(names, language)
}

/** Words as the language's reader would cut them; tokens without a letter are not words. */
export function wordsOf(text: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' })
  const words: string[] = []
  for (const line of text.split('\n')) {
    for (const s of segmenter.segment(line)) if (s.isWordLike && /\p{L}/u.test(s.segment)) words.push(s.segment)
  }
  return words
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text with every proper name and every web or mail address cut out (longest names first, so a name inside a longer one does not split it). */
export function withoutProperNames(text: string, properNames: Iterable<string>): string {
  const names = [...new Set([...properNames].map(n => n.trim()).filter(n => n.length > 1))].sort((a, b) => b.length - a.length)
  let rest = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
  for (const name of names) rest = rest.replace(new RegExp(`(?<![\\p{Script=Latin}\\p{M}])${escape(name)}(?![\\p{Script=Latin}\\p{M}])`, 'gu'), ' ')
  return rest
}

const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u

/** Whether a word counts as English on a page in another language (see the rule at the top). */
export function isEnglish(word: string, vocabulary: Vocabulary): boolean {
  if (!LATIN.test(word) || !/\p{Ll}/u.test(word)) return false
  const lower = word.toLowerCase()
  return vocabulary.english.has(lower) && !vocabulary.own.has(lower)
}

/** The share of a page's visible words that are English, proper names left out. */
export function englishShare(text: string, language: string, vocabulary: Vocabulary, properNames: Iterable<string> = []): EnglishShare {
  const words = wordsOf(withoutProperNames(text, properNames), language)
  const english = words.filter(w => isEnglish(w, vocabulary))
  return { words: words.length, english, share: words.length ? english.length / words.length : 0 }
}
