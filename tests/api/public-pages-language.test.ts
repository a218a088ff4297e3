import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '#shared/locales'
import { DEMO_ACCOUNTS, DEMO_INSTITUTIONS } from '../../server/domain/demo/community'
import { calendarWords, englishContent, englishShare, englishVocabulary, localeStrings, visibleText, vocabularyOf } from './english-share'
import { startServer, type RunningServer } from './server'

/**
 * Every public page, read anonymously from the built server with the demo community, shows less than
 * 15 % of its words in English in every language but English: the interface is translated and so is
 * the demo's content, with no English fallback a Khmer or Filipino reader would meet.
 * How words are counted and what counts as English: tests/api/english-share.ts.
 */
const LIMIT = 0.15
const messages = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))

// Proper names are not English, whichever spelling a page shows: the demo institutions and their cities in every
// language they are written in, the demo people, the countries (named by Intl in every locale) and the
// languages' names for themselves in the language switcher.
const countries = [...new Set(DEMO_INSTITUTIONS.map(i => i.country))]
const PROPER_NAMES = [
  ...DEMO_INSTITUTIONS.flatMap(i => [...Object.values(i.name), ...Object.values(i.city)]),
  ...DEMO_ACCOUNTS.map(a => a.displayName),
  ...LOCALES.flatMap(l => countries.map(c => new Intl.DisplayNames([l.language], { type: 'region' }).of(c) ?? c)),
  ...LOCALES.map(l => l.name),
].filter((name): name is string => Boolean(name))

let server: RunningServer
let pages: string[] = []
let activities: { id: string }[] = []
let english = new Set<string>()
const json = async (path: string): Promise<unknown> => (await fetch(`${server.url}${path}`)).json()

beforeAll(async () => {
  server = await startServer()
  const institutions = await json('/api/institutions') as { items: { slug: string }[] }
  const calls = await json('/api/mobility/calls') as { id: string }[]
  activities = await json('/api/calendar/activities') as { id: string }[]
  // English is the interface's English and the English text of the content these pages show.
  const content = await Promise.all([
    ...institutions.items.map(i => json(`/api/institutions/${i.slug}`)), ...calls.map(c => json(`/api/mobility/calls/${c.id}`)),
    ...activities.map(a => json(`/api/calendar/activities/${a.id}`)),
  ])
  english = englishVocabulary(messages('en.json'), englishContent(content))
  pages = [
    '/', '/institutions', ...institutions.items.map(i => `/institutions/${i.slug}`),
    '/mobility/calls', ...calls.map(c => `/mobility/calls/${c.id}`),
    '/activities', ...activities.map(a => `/activities/${a.id}`),
    '/privacy', '/terms', '/auth/login', '/auth/signup', '/auth/forgot', '/join',
  ]
})
afterAll(() => server?.stop())

// The counter finds English where there is English: the same pages in English count as mostly English.
it('counts the English pages as English, so a page falling back to English would be caught', async () => {
  const vocabulary = { english, own: new Set<string>() }
  for (const path of pages.filter(p => p.startsWith('/institutions/') || p.startsWith('/mobility/calls/') || p.startsWith('/activities/'))) {
    const html = await (await fetch(`${server.url}/en${path}`)).text()
    expect(englishShare(visibleText(html), 'en', vocabulary, PROPER_NAMES).share, path).toBeGreaterThan(0.6)
  }
})

describe.each(LOCALES.filter(l => l.code !== 'en').map(l => [l.code, l] as const))('public pages in %s', (code, locale) => {
  it('show less than 15 % of their words in English', async () => {
    expect(pages.length).toBeGreaterThan(15)
    // The demo's public activities (its draft is not among them) are read like the rest.
    expect(activities.length).toBeGreaterThanOrEqual(4)
    const vocabulary = { english, own: new Set([...vocabularyOf(localeStrings(messages(locale.file)), locale.language), ...calendarWords(locale.language)]) }
    const tooEnglish: string[] = []
    for (const path of pages) {
      const reply = await fetch(`${server.url}/${code}${path === '/' ? '' : path}`)
      expect(reply.status, path).toBe(200)
      const html = await reply.text()
      expect(html, path).toContain(`lang="${locale.language}"`)
      const { words, english: found, share } = englishShare(visibleText(html), locale.language, vocabulary, PROPER_NAMES)
      expect(words, `${path} shows words`).toBeGreaterThan(10)
      if (share >= LIMIT) tooEnglish.push(`${path}: ${Math.round(share * 100)} % of ${words} words — ${found.join(' ')}`)
    }
    expect(tooEnglish).toEqual([])
  })
})
