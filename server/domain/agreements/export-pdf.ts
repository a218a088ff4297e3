import type { Tx } from '../../db/as-user'
import { translate } from '../../i18n/messages'
import { documentDate, fieldOfStudyIn, languageNameIn } from '../../i18n/names'
import { fail } from '../../utils/errors'
import { renderPdf } from '../../documents/pdf'
import { documentRequest, localeText, type AgreementColumn, type DocumentRequest } from '../../documents/templates'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'
import type { CooperationCondition, VersionedContent } from '../../../shared/agreements/vocabulary'
import { getAgreement } from './agreements'

type Agreement = Awaited<ReturnType<typeof getAgreement>>

function text(value: LocalizedText | undefined, locale: LocaleCode): string {
  const resolved = resolveLocalizedText(value, locale)
  // A fallback is marked, so no reader mistakes another language's text for an agreed translation.
  return resolved.isFallback && resolved.locale ? `[${resolved.locale}] ${resolved.text}` : resolved.text
}

function partyName(agreement: Agreement, institutionId: string, locale: LocaleCode) {
  const party = agreement.parties.find(p => p.institution_id === institutionId)
  return party ? text(party.name, locale) : institutionId
}

function conditionLine(agreement: Agreement, c: CooperationCondition, locale: LocaleCode): string {
  return translate(locale, 'agreements.pdf.conditionLine', {
    type: translate(locale, `agreements.conditionTypes.${c.type}`),
    sending: partyName(agreement, c.sendingInstitutionId, locale),
    receiving: partyName(agreement, c.receivingInstitutionId, locale),
    places: c.placesPerYear,
    months: c.monthsPerPlace,
    isced: fieldOfStudyIn(locale, c.iscedCode),
    level: translate(locale, `agreements.levels.${c.level}`),
    language: languageNameIn(locale, c.language),
    languageLevel: c.languageLevel,
  })
}

/** The rows of the side-by-side document: a label and a value, once per language. */
function rows(agreement: Agreement, content: VersionedContent, locale: LocaleCode): { label: string; value: string }[] {
  const label = (key: string) => translate(locale, `agreements.fields.${key}`)
  const parties = content.parties.map(p => ({
    label: `${label('divisionOfLabour')}: ${partyName(agreement, p.institutionId, locale)}`,
    value: [text(p.divisionOfLabour, locale), ...p.resources.map(r =>
      `• ${translate(locale, `agreements.resourceKinds.${r.kind}`)}: ${r.amount} ${r.unit} ${text(r.description, locale)}`.trim())].join('\n'),
  }))
  return [
    { label: label('parties'), value: agreement.parties.map(p => `${text(p.name, locale)} — ${p.signatory_name}`).join('\n') },
    { label: label('goals'), value: text(content.goals, locale) },
    { label: label('scope'), value: text(content.scope, locale) },
    ...parties,
    { label: label('conditions'), value: content.conditions.map(c => `• ${conditionLine(agreement, c, locale)}`).join('\n') },
    { label: label('ipTerms'), value: text(content.ipTerms, locale) },
    { label: label('benefitSharing'), value: text(content.benefitSharing, locale) },
    { label: label('disputeResolution'), value: text(content.disputeResolution, locale) },
    {
      label: label('duration'),
      value: `${documentDate(locale, content.startsOn)} – ${documentDate(locale, content.endsOn)}${content.autoRenew ? ` · ${label('autoRenew')}` : ''}`,
    },
  ]
}

/** An agreement's current version in two languages side by side, with its signatures: rendered by the caller, outside the transaction. */
export async function agreementDocument(
  tx: Tx, id: string, left: LocaleCode, right: LocaleCode,
): Promise<{ document: DocumentRequest<'agreement'>; filename: string }> {
  const agreement = await getAgreement(tx, id, null)
  if (!agreement.version) fail(404, 'errors.notFound')
  const content = agreement.version.content
  const signatures = agreement.signatures.filter(s => s.version_number === agreement.current_version)
  const signatureLine = (locale: LocaleCode) => signatures.length
    ? signatures.map(s => `${partyName(agreement, s.institution_id, locale)}: ${s.signatory_name} · ${documentDate(locale, s.signed_at)}`)
        .join('\n')
    : translate(locale, 'agreements.pdf.notSigned')
  const column = (locale: LocaleCode): AgreementColumn => ({
    ...localeText(locale),
    title: text(agreement.title, locale),
    subtitle: `${translate(locale, `agreements.kinds.${agreement.kind}`)} · ${translate(locale, `agreements.states.${agreement.state}`)}`,
    rows: [...rows(agreement, content, locale), { label: translate(locale, 'agreements.fields.signatures'), value: signatureLine(locale) }],
  })
  const footer = `${translate('en', 'agreements.fields.version')} ${agreement.current_version} · sha256 ${agreement.version.content_hash.slice(0, 16)}…`
  const document = documentRequest('agreement', {
    title: resolveLocalizedText(agreement.title, left).text,
    footer,
    columns: [column(left), column(right)],
  })
  return { document, filename: `agreement-${id.slice(0, 8)}-v${agreement.current_version}-${left}-${right}.pdf` }
}

/** The agreement's PDF (rendered in a worker thread). */
export async function agreementPdf(tx: Tx, id: string, left: LocaleCode, right: LocaleCode): Promise<{ pdf: Buffer; filename: string }> {
  const { document, filename } = await agreementDocument(tx, id, left, right)
  return { pdf: await renderPdf(document), filename }
}
