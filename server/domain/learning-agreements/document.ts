import type { Actor, Tx } from '../../db/as-user'
import { elevated } from '../../db/as-user'
import { documentRequest, localeText, type AgreementColumn } from '../../documents/templates'
import { translate } from '../../i18n/messages'
import { documentDateTime, documentNumber } from '../../i18n/names'
import { LA_PARTIES } from '../../../shared/learning-agreements/lifecycle'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { fail } from '../../utils/errors'
import { getLearningAgreement } from './learning-agreements'

/**
 * The two languages of a learning agreement's documents: the student's, then English (Chinese when the student
 * reads English) unless the reader asks for the other one. The student's name comes along: the documents' subtitle.
 */
export async function studentLanguages(tx: Tx, studentId: string, second?: 'en' | 'zh') {
  const profile = await elevated(tx, 'learning agreement document: the student\'s name and language', svc => svc.selectFrom('profiles')
    .select(['display_name', 'preferred_locale']).where('id', '=', studentId).executeTakeFirst())
  const first: LocaleCode = isLocaleCode(profile?.preferred_locale) ? profile.preferred_locale : 'en'
  const other: LocaleCode = second ?? (first === 'en' ? 'zh' : 'en')
  return { name: profile?.display_name ?? '', first, other }
}

/** The content fingerprint in four groups of sixteen, so it wraps in a narrow column and reads like a key fingerprint. */
const fingerprint = (hash: string) => hash.match(/.{1,16}/g)!.join(' ')

/**
 * A learning agreement as a PDF in two languages side by side (the agreement template): the parties, the home
 * programme when the agreement names one, then every version, newest first, with its host and home lines (credits,
 * term, recognition group), the three signatures (signer and time) and the content hash they are bound to.
 * For the three parties only (404 otherwise, as the JSON).
 */
export async function learningAgreementDocument(tx: Tx, actor: Actor, id: string, second?: 'en' | 'zh') {
  const la = await getLearningAgreement(tx, actor, id)
  if (!la.permissions.parties.length) fail(404, 'errors.notFound')
  const { name, first, other } = await studentLanguages(tx, la.student_id, second)
  // The drafters may name the student's home programme (a column added beside this document): shown when present.
  const programme = (la as { home_programme?: string | null }).home_programme ?? null
  const column = (locale: LocaleCode): AgreementColumn => {
    const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, `learningAgreements.${key}`, params)
    const text = (value: LocalizedText | null | undefined) => resolveLocalizedText(value ?? {}, locale).text
    const rows = [
      { label: t('parties.student'), value: la.student_name ?? name },
      { label: t('parties.sending'), value: text(la.sending?.name) },
      { label: t('parties.receiving'), value: text(la.receiving?.name) },
      ...(programme ? [{ label: t('pdf.homeProgramme'), value: programme }] : []),
    ]
    for (const v of la.versions) {
      const heading = `${t('version', { number: v.number })} · ${t(`states.${v.state}`)}`
      for (const side of ['host', 'home'] as const) {
        const lines = v.components.filter(c => c.side === side).map(c => [
          `${c.code} · ${text(c.title)}`, `${documentNumber(locale, Number(c.credits))} ${c.credit_label}`, c.term,
          c.recognition_group ? t('group', { group: c.recognition_group }) : '',
        ].filter(Boolean).join(' · '))
        rows.push({ label: `${heading} — ${t(`sides.${side}`)}`, value: lines.join('\n') || t('noComponents') })
      }
      const signatures = LA_PARTIES.map((party) => {
        const s = v.signatures.find(x => x.party === party)
        const who = s ? t('signedBy', { name: s.signed_by_name ?? '', time: documentDateTime(locale, s.signed_at) }) : t('notSigned')
        return `${t(`parties.${party}`)}: ${who}`
      })
      if (v.content_hash) signatures.push(`${t('hash')}: ${fingerprint(v.content_hash)}`)
      rows.push({ label: `${heading} — ${t('signatures')}`, value: signatures.join('\n') })
    }
    return { ...localeText(locale), title: t('title'), subtitle: la.student_name ?? name, rows }
  }
  const document = documentRequest('agreement', {
    title: translate(first, 'learningAgreements.title'), footer: `${id.slice(0, 8)} · ${new Date().toISOString().slice(0, 10)}`,
    columns: [column(first), column(other)],
  })
  return { document, filename: `learning-agreement-${id.slice(0, 8)}-${first}-${other}.pdf` }
}
