import { translate } from '../../i18n/messages'
import { fieldOfStudyIn } from '../../i18n/names'
import { listWorkbook } from '../../documents/xlsx'
import { resolveLocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'
import { LOCALES } from '../../../shared/locales'
import type { listApplications } from './applications'

type Listed = Awaited<ReturnType<typeof listApplications>>

/** The office's list of applications, ranked as on screen, headers and values in the viewer's language. */
export async function applicationsXlsx(applications: Listed, locale: LocaleCode, view: 'outgoing' | 'incoming'): Promise<Buffer> {
  const label = (key: string) => translate(locale, `mobility.office.columns.${key}`)
  const language = LOCALES.find(l => l.code === locale)?.language ?? 'en'
  const countries = new Intl.DisplayNames([language], { type: 'region' })
  return listWorkbook(translate(locale, `mobility.office.tabs.${view}`), [
    { header: label('applicant'), key: 'applicant', width: 32 },
    { header: label('call'), key: 'call', width: 40 },
    { header: label('state'), key: 'state', width: 24 },
    { header: label('score'), key: 'score', width: 8, numFmt: '0.00' },
    { header: label('homeInstitution'), key: 'home', width: 40 },
    { header: label('hostInstitution'), key: 'host', width: 40 },
    { header: label('hostCountry'), key: 'country', width: 20 },
    // Spreadsheet dates carry no time zone: the column says which one it is.
    { header: translate(locale, 'mobility.export.submittedAtUtc'), key: 'submittedAt', width: 18, numFmt: 'yyyy-mm-dd hh:mm' },
    { header: translate(locale, 'mobility.apply.fieldOfStudy'), key: 'field', width: 36 },
  ], applications.map(a => ({
    applicant: a.applicant_name,
    call: resolveLocalizedText(a.call_title, locale).text,
    state: translate(locale, `mobility.states.${a.state}`),
    field: a.field_of_study ? fieldOfStudyIn(locale, a.field_of_study) : null,
    score: a.score === null ? null : Number(a.score),
    home: resolveLocalizedText(a.home_name, locale).text,
    host: resolveLocalizedText(a.host_name, locale).text,
    country: countries.of(a.host_country) ?? a.host_country,
    submittedAt: a.submitted_at ? new Date(a.submitted_at) : null,
  })))
}
