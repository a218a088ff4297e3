import type { Tx } from '../../db/as-user'
import type { LocaleCode } from '../../../shared/locales'
import { listWorkbook } from '../../documents/xlsx'
import { documentRequest, localeText, type AbstractsBookEntry } from '../../documents/templates'
import { translate } from '../../i18n/messages'
import { readProgramme } from './programme-views'

/** Wall-clock "YYYY-MM-DD HH:mm" of an instant in a zone. */
export function wallClock(at: string, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(at)).map(p => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** The programme as one sheet, a row per talk (a session without talks is a row of its own), times in the venue's zone. */
export async function programmeXlsx(tx: Tx, conferenceId: string, locale: LocaleCode): Promise<Buffer> {
  const programme = await readProgramme(tx, conferenceId, locale)
  const t = (key: string) => translate(locale, `conferences.programme.xlsx.${key}`)
  const trackName = new Map(programme.tracks.map(tr => [tr.id, tr.name.text]))
  const rows = programme.sessions.flatMap((s) => {
    const base = {
      start: wallClock(s.startsAt, programme.timeZone), end: wallClock(s.endsAt, programme.timeZone).slice(11), room: s.room?.text ?? '',
      session: s.title.text, language: s.language, interpretation: s.interpretationLanguages.join(', '),
      track: s.trackId ? trackName.get(s.trackId) ?? '' : '',
    }
    if (!s.talks.length) return [{ ...base, talk: '', speakers: '' }]
    return s.talks.map(talk => ({
      ...base, track: talk.trackId ? trackName.get(talk.trackId) ?? base.track : base.track, talk: talk.title.text,
      speakers: talk.speakers.map(sp => sp.institution ? `${sp.name} (${sp.institution})` : sp.name).join('; '),
    }))
  })
  return listWorkbook(t('sheet'), [
    { header: `${t('start')} (${programme.timeZone})`, key: 'start', width: 18 },
    { header: t('end'), key: 'end', width: 8 },
    { header: t('room'), key: 'room', width: 18 },
    { header: t('session'), key: 'session', width: 30 },
    { header: t('track'), key: 'track', width: 20 },
    { header: t('talk'), key: 'talk', width: 50 },
    { header: t('speakers'), key: 'speakers', width: 50 },
    { header: t('language'), key: 'language', width: 10 },
    { header: t('interpretation'), key: 'interpretation', width: 14 },
  ], rows)
}

/**
 * The book of abstracts of the published programme (chairs also of a draft): each talk in programme order with its
 * authors and institutions, its title and abstract in their own language and script, labels in the reader's.
 */
export async function abstractsBook(tx: Tx, conferenceId: string, locale: LocaleCode) {
  const programme = await readProgramme(tx, conferenceId, locale)
  const t = (key: string, params: Record<string, string> = {}) => translate(locale, `conferences.programme.book.${key}`, params)
  const labels = localeText(locale)
  const entries: AbstractsBookEntry[] = programme.sessions.flatMap(s => s.talks.map(talk => ({
    heading: {
      ...labels,
      when: [`${wallClock(talk.startsAt ?? s.startsAt, programme.timeZone)} (${programme.timeZone})`, s.room?.text, s.title.text].filter(Boolean).join(' · '),
      authors: talk.speakers.map(sp => (sp.institution ? `${sp.name} (${sp.institution}, ${sp.country})` : `${sp.name} (${sp.country})`)).join('; '),
      keywords: talk.keywords.length ? t('keywords', { keywords: talk.keywords.join(', ') }) : '',
    },
    title: { ...localeText(talk.title.locale ?? locale), text: talk.title.text },
    abstract: { ...localeText(talk.abstract.locale ?? locale), text: talk.abstract.text },
  })))
  const document = documentRequest('abstracts-book', {
    title: t('title'), footer: programme.title.text,
    heading: { ...labels, title: t('title'), subtitle: programme.title.text, empty: t('empty') },
    entries,
  })
  return { document, filename: `abstracts-${conferenceId.slice(0, 8)}.pdf` }
}
