import { translate } from '../../i18n/messages'
import { listWorkbook } from '../../documents/xlsx'
import { resolveLocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'
import type { listAgreements } from './agreements'

type Listed = Awaited<ReturnType<typeof listAgreements>>

/** The agreements list as a spreadsheet, headers and values in the viewer's language. */
export async function agreementsXlsx(agreements: Listed, locale: LocaleCode): Promise<Buffer> {
  const label = (key: string) => translate(locale, `agreements.fields.${key}`)
  return listWorkbook(translate(locale, 'agreements.title'), [
    { header: label('title'), key: 'title', width: 48 },
    { header: label('kind'), key: 'kind', width: 14 },
    { header: label('state'), key: 'state', width: 20 },
    { header: label('parties'), key: 'parties', width: 60 },
    { header: label('startsOn'), key: 'startsOn', width: 12, numFmt: 'yyyy-mm-dd' },
    { header: label('endsOn'), key: 'endsOn', width: 12, numFmt: 'yyyy-mm-dd' },
    { header: label('autoRenew'), key: 'autoRenew', width: 10 },
    { header: label('version'), key: 'version', width: 8 },
  ], agreements.map(a => ({
    title: resolveLocalizedText(a.title, locale).text,
    kind: translate(locale, `agreements.kinds.${a.kind}`),
    state: translate(locale, `agreements.states.${a.state}`),
    parties: a.parties.map(p => resolveLocalizedText(p.name, locale).text).join('; '),
    startsOn: a.starts_on ? new Date(`${a.starts_on}T00:00:00Z`) : null,
    endsOn: a.ends_on ? new Date(`${a.ends_on}T00:00:00Z`) : null,
    autoRenew: a.auto_renew ? '✓' : '',
    version: a.current_version,
  })))
}
