import QRCode from 'qrcode'
import type { LocaleCode } from '../../shared/locales'
import { resolveLocalizedText, type LocalizedText } from '../../shared/localized-text'
import { translate } from '../i18n/messages'
import { documentDate, documentNumber } from '../i18n/names'
import { fontStack } from './fonts'
import { documentRequest, localeText, type CertificateColumn, type DocumentImage } from './templates'

/** What a certificate says, in every language it is issued in: the documents engine lays it out (certificate.typ). */
export interface CertificateContent {
  serial: string
  /** The public verification page the QR code opens. */
  verifyUrl: string
  /** Two or three languages, side by side in this order. */
  locales: LocaleCode[]
  holder: { native: string; latin: string }
  issuers: { name: LocalizedText; logo: DocumentImage | null }[]
  /** The heading of each column, in its language. */
  title: LocalizedText
  /** The programme the certificate is for, when the template shows it. */
  programme: LocalizedText | null
  body: LocalizedText
  hours: number | null
  credits: number | null
  startsOn: string | null
  endsOn: string | null
  issuedOn: string
  expiresOn: string | null
  outcomes: LocalizedText | null
  signatories: { name: string; title: LocalizedText; institution: LocalizedText }[]
}

const text = (value: LocalizedText, locale: LocaleCode) => resolveLocalizedText(value, locale).text

function column(content: CertificateContent, locale: LocaleCode): CertificateColumn {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, `certificateDocument.${key}`, params)
  const rows: CertificateColumn['rows'] = content.programme ? [{ label: t('programme'), value: text(content.programme, locale) }] : []
  if (content.startsOn && content.endsOn) {
    rows.push({ label: t('dates'), value: t('range', { from: documentDate(locale, content.startsOn), to: documentDate(locale, content.endsOn) }) })
  }
  if (content.hours !== null) rows.push({ label: t('hours'), value: documentNumber(locale, content.hours) })
  if (content.credits !== null) rows.push({ label: t('credits'), value: documentNumber(locale, content.credits) })
  if (content.outcomes) rows.push({ label: t('outcomes'), value: text(content.outcomes, locale) })
  rows.push({ label: t('issued'), value: documentDate(locale, content.issuedOn) })
  if (content.expiresOn) rows.push({ label: t('expires'), value: documentDate(locale, content.expiresOn) })
  return { ...localeText(locale), heading: text(content.title, locale) || t('heading'), certifies: t('certifies'), body: text(content.body, locale), rows }
}

/** The certificate as a document request: each language a column, the QR code to its verification page. */
export async function certificateDocument(content: CertificateContent) {
  const [first] = content.locales
  if (!first || content.locales.length < 2 || content.locales.length > 3) throw new Error('a certificate has two or three languages')
  const qr = await QRCode.toString(content.verifyUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
  return documentRequest('certificate', {
    title: `${text(content.title, first)} · ${content.serial}`,
    serial: content.serial,
    verifyUrl: content.verifyUrl,
    qr,
    // The name in its own script, whatever it is: every script's font, Latin first.
    holder: { ...content.holder, fonts: fontStack('en') },
    issuers: content.issuers.map(i => ({ name: content.locales.map(l => text(i.name, l)).filter((n, k, all) => all.indexOf(n) === k).join(' · '), logo: i.logo })),
    columns: content.locales.map(l => column(content, l)),
    signatories: content.signatories.map(s => ({
      name: s.name,
      titles: content.locales.map(l => text(s.title, l)).filter((n, k, all) => all.indexOf(n) === k),
      institution: text(s.institution, first),
    })),
  })
}
