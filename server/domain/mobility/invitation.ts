import { elevated, type Tx } from '../../db/as-user'
import { translate } from '../../i18n/messages'
import { documentDate } from '../../i18n/names'
import { renderPdf } from '../../documents/pdf'
import { documentRequest, localeText, type DocumentRequest, type InvitationLetterColumn } from '../../documents/templates'
import { resolveLocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'
import { fail } from '../../utils/errors'
import { findCall } from './programs'

const LANGUAGE_OF_COUNTRY: Record<string, LocaleCode> = {
  CN: 'zh', TH: 'th', VN: 'vi', MY: 'ms', ID: 'id', PH: 'fil', KH: 'km', LA: 'lo', MM: 'my', BN: 'ms', SG: 'en', TL: 'en',
}
const LETTER_STATES = ['accepted', 'confirmed', 'in_mobility', 'completed']

/** The host's language first, then English — or Chinese when the host writes in English (or asked for). */
export function letterLanguages(hostCountry: string, second?: 'en' | 'zh'): [LocaleCode, LocaleCode] {
  const host = LANGUAGE_OF_COUNTRY[hostCountry] ?? 'en'
  const other = second ?? (host === 'en' ? 'zh' : 'en')
  return [host, other === host ? (host === 'zh' ? 'en' : 'zh') : other]
}

/**
 * The acceptance letter for an accepted applicant, in two languages side by side, downloadable by the applicant and both offices:
 * rendered by the caller, outside the transaction.
 */
export async function invitationDocument(
  tx: Tx, applicationId: string, second?: 'en' | 'zh',
): Promise<{ document: DocumentRequest<'invitation-letter'>; filename: string }> {
  const app = await tx.selectFrom('applications').select(['id', 'call_id', 'state', 'applicant_id', 'host_institution_id', 'form', 'updated_at'])
    .where('id', '=', applicationId).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  if (!LETTER_STATES.includes(app.state)) fail(409, 'mobility.errors.notAccepted')
  const call = await findCall(tx, app.call_id)
  const host = await tx.selectFrom('institutions').select(['name', 'country']).where('id', '=', app.host_institution_id).executeTakeFirstOrThrow()
  const passport = await tx.selectFrom('application_private').select(['passport_number', 'nationality']).where('application_id', '=', app.id).executeTakeFirst()
  // The host office may not read the applicant's profile; the letter only needs the name given in the form.
  const profile = await elevated(tx, 'invitation letter: applicant name', svc => svc.selectFrom('profiles').select('display_name').where('id', '=', app.applicant_id).executeTakeFirst())
  const name = [app.form.latinName, app.form.nativeName && app.form.nativeName !== app.form.latinName ? `(${app.form.nativeName})` : ''].filter(Boolean).join(' ') || profile?.display_name || ''

  const column = (locale: LocaleCode): InvitationLetterColumn => {
    const params = {
      name,
      passport: passport?.passport_number ?? '—',
      program: resolveLocalizedText(call.program.title, locale).text,
      host: resolveLocalizedText(host.name, locale).text,
      start: documentDate(locale, call.program.starts_on),
      end: documentDate(locale, call.program.ends_on),
    }
    return {
      ...localeText(locale),
      host: params.host,
      title: translate(locale, 'mobility.letter.title'),
      dear: translate(locale, 'mobility.letter.dear', params),
      body: translate(locale, 'mobility.letter.body', params),
      closing: translate(locale, 'mobility.letter.closing', params),
      signature: translate(locale, 'mobility.letter.signature', params),
    }
  }
  const [first, other] = letterLanguages(host.country, second)
  const document = documentRequest('invitation-letter', {
    title: translate(first, 'mobility.letter.title'),
    footer: `${translate('en', 'mobility.letter.reference')} ${app.id}`,
    columns: [column(first), column(other)],
  })
  return { document, filename: `acceptance-letter-${app.id.slice(0, 8)}-${first}-${other}.pdf` }
}

/** The acceptance letter's PDF (rendered in a worker thread). */
export async function invitationLetter(tx: Tx, applicationId: string, second?: 'en' | 'zh'): Promise<{ pdf: Buffer; filename: string }> {
  const { document, filename } = await invitationDocument(tx, applicationId, second)
  return { pdf: await renderPdf(document), filename }
}
