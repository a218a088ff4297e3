import type { Tx } from '../../db/as-user'
import type { LocaleCode } from '../../../shared/locales'
import { listWorkbook } from '../../documents/xlsx'
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
