import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '#shared/locales'
import { FOOTER_NAV, PUBLIC_NAV } from '#shared/navigation'
import { DEMO_ACCOUNTS, DEMO_INSTITUTIONS } from '../../server/domain/demo/community'
import { issueDemoCertificate } from './certificate-fixtures'
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
let english = new Set<string>()
const json = async (path: string): Promise<unknown> => (await fetch(`${server.url}${path}`)).json()

// Where a visitor starts: the home page, the header's and the footer's links, the sign-in pages, and the public
// pages of the signed-in menu (the conferences' list, which a visitor reaches by a shared link).
const SEEDS = ['/', ...PUBLIC_NAV.map(e => e.to), ...FOOTER_NAV.map(e => e.to), '/auth/login', '/auth/signup', '/auth/forgot', '/conferences']
// The kinds of public page the walk must find, so a link that disappears (or a page gone private) is noticed.
const PATTERNS_EXPECTED = ['/institutions/:x', '/institutions/:x/courses', '/institutions/:x/courses/:x', '/mobility/calls/:x', '/activities/:x', '/conferences', '/conferences/:x', '/calendar', '/verify', '/verify/:x']

/**
 * Every public page a visitor can reach: from the seeds, each link to a page of the portal followed (in English,
 * anonymously) as long as it answers 200 without sending the visitor to log in. New public pages are read without
 * editing this list, as long as something public links to them.
 */
async function publicPages(shared: string[]): Promise<string[]> {
  const answered = new Map<string, number>()
  let frontier = [...SEEDS, ...shared]
  while (frontier.length) {
    const next: string[] = []
    for (const path of frontier) {
      if (answered.has(path)) continue
      const reply = await fetch(`${server.url}/en${path === '/' ? '' : path}`, { redirect: 'manual' })
      answered.set(path, reply.status)
      if (reply.status !== 200) continue
      for (const link of (await reply.text()).matchAll(/href="\/en(\/[^"#?]*)?(?:[?#][^"]*)?"/g)) next.push(link[1] ?? '/')
    }
    frontier = [...new Set(next)].filter(p => !answered.has(p))
  }
  return [...answered].filter(([, status]) => status === 200).map(([path]) => path)
}
const patternOf = (path: string) => path.replace(/^\/verify\/[0-9a-f]{40}$/, '/verify/:x').replace(/^\/institutions\/[^/]+/, '/institutions/:x').replace(/\/courses\/[^/]+/, '/courses/:x').replace(/[0-9a-f-]{36}/g, ':x')

beforeAll(async () => {
  server = await startServer()
  // A certificate's public page is reached by the link its holder shares, not from another page.
  const publicId = await issueDemoCertificate(server)
  pages = await publicPages([`/verify/${publicId}`])
  // English is the interface's English and the English text of the content these pages show.
  const institutions = await json('/api/institutions') as { items: { slug: string }[] }
  const calls = await json('/api/mobility/calls') as { id: string }[]
  const activities = await json('/api/calendar/activities') as { id: string }[]
  const conferences = pages.filter(p => /^\/conferences\/[0-9a-f-]{36}$/.test(p))
  const content = await Promise.all([
    ...institutions.items.map(i => json(`/api/institutions/${i.slug}`)), ...calls.map(c => json(`/api/mobility/calls/${c.id}`)),
    ...activities.map(a => json(`/api/calendar/activities/${a.id}`)), ...conferences.map(c => json(`/api${c}`)),
    json(`/api/certificates/verify?publicId=${publicId}`),
  ])
  english = englishVocabulary(messages('en.json'), englishContent(content))
}, 120_000)
afterAll(() => server?.stop())

it('reads every public page a visitor can reach, the newer modules included', () => {
  const patterns = new Set(pages.map(patternOf))
  for (const pattern of PATTERNS_EXPECTED) expect(patterns, pattern).toContain(pattern)
  expect(pages).not.toContain('/join')
  expect(pages.length).toBeGreaterThan(30)
})

// A page that only shows content asks for it in its reader's language (`?lang=`), so its payload carries one language.
it('replies with every text in the reader\'s language alone when asked with ?lang=, and in all languages otherwise', async () => {
  const all = await json('/api/institutions') as { items: { name: Record<string, string>; description: Record<string, string> }[] }
  const km = await json('/api/institutions?lang=km') as typeof all
  expect(km.items.map(i => Object.keys(i.name))).toEqual(all.items.map(i => [i.name.km ? 'km' : 'en']))
  expect(km.items.map(i => i.description.km ?? i.description.en)).toEqual(all.items.map(i => i.description.km ?? i.description.en))
  expect(all.items.some(i => Object.keys(i.name).length > 5)).toBe(true)
  const html = await (await fetch(`${server.url}/km/institutions`)).text()
  const thaiName = all.items.find(i => i.name.th)!.name.th!
  expect(html).toContain(km.items[0]!.name.km ?? km.items[0]!.name.en)
  expect(html, 'another language in the page\'s payload').not.toContain(thaiName)
})

// The counter finds English where there is English: the same pages in English count as mostly English.
it('counts the English pages as English, so a page falling back to English would be caught', async () => {
  const vocabulary = { english, own: new Set<string>() }
  for (const path of pages.filter(p => /^\/(institutions|mobility\/calls|activities|conferences)\/[^/]+$/.test(p))) {
    const html = await (await fetch(`${server.url}/en${path}`)).text()
    expect(englishShare(visibleText(html), 'en', vocabulary, PROPER_NAMES).share, path).toBeGreaterThan(0.6)
  }
})

describe.each(LOCALES.filter(l => l.code !== 'en').map(l => [l.code, l] as const))('public pages in %s', (code, locale) => {
  it('show less than 15 % of their words in English', async () => {
    expect(pages.length).toBeGreaterThan(30)
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
