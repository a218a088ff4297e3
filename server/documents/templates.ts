import { readFileSync } from 'node:fs'
import { fontStack } from './fonts'

/** Text in one locale: the language Typst breaks lines by, and the fonts it tries in turn. */
export interface LocaleText {
  lang: string
  fonts: string[]
}

export function localeText(locale: string): LocaleText {
  return { lang: locale, fonts: fontStack(locale) }
}

export interface AgreementColumn extends LocaleText {
  title: string
  subtitle: string
  /** The same terms in the same order in every column. */
  rows: { label: string; value: string }[]
}

export interface InvitationLetterColumn extends LocaleText {
  host: string
  title: string
  dear: string
  body: string
  closing: string
  signature: string
}

/** One side of an evaluation report: its language and the report's heading in it. */
export interface EvaluationReportColumn extends LocaleText {
  title: string
  subtitle: string
}

/** A label and its value, the same labels in the same order on both sides. */
export interface ReportRow { label: string; value: string }

/** A text quoted as written (a free-text answer), in its own language, with that language named on each side. */
export interface ReportQuote extends LocaleText { text: string; language: [string, string] }

/** One part of the report: a heading and figures on each side, then one chart (SVG, labels in the first language) and quotes. */
export interface EvaluationReportBlock {
  heading: [string, string]
  rows: [ReportRow[], ReportRow[]]
  /** A sentence under the figures on each side ("a large improvement, n = 34"). */
  note?: [string, string]
  chart?: string
  quotes?: ReportQuote[]
}

export interface EvaluationReportSection {
  heading: [string, string]
  blocks: EvaluationReportBlock[]
  /** Shown when the section has no block ("No findings recorded yet."). */
  empty?: [string, string]
}

/** One language of a certificate: its heading, the "this certifies that" line, the text and the rows, in that language. */
export interface CertificateColumn extends LocaleText {
  heading: string
  certifies: string
  body: string
  rows: { label: string; value: string }[]
}

/** An image as bytes (a logo): PNG, JPEG or SVG. */
export interface DocumentImage { format: 'png' | 'jpg' | 'svg'; bytes: number[] }

/** A joint certificate (server/documents/certificate.ts builds it). */
export interface CertificateDocument {
  title: string
  serial: string
  verifyUrl: string
  /** The QR code to the verification page, as SVG. */
  qr: string
  holder: { native: string; latin: string; fonts: string[] }
  issuers: { name: string; logo: DocumentImage | null }[]
  columns: CertificateColumn[]
  signatories: { name: string; titles: string[]; institution: string }[]
}

/** The data each template (server/documents/templates/<name>.typ) reads, by template name. */
export interface DocumentTemplates {
  'agreement': { title: string; footer: string; columns: [AgreementColumn, AgreementColumn] }
  'invitation-letter': { title: string; footer: string; columns: [InvitationLetterColumn, InvitationLetterColumn] }
  'evaluation-report': {
    title: string
    footer: string
    columns: [EvaluationReportColumn, EvaluationReportColumn]
    /** Response rate, timing, anonymity: the same rows on both sides. */
    facts: [ReportRow[], ReportRow[]]
    sections: EvaluationReportSection[]
  }
  'plain': LocaleText & { title: string; paragraphs: string[]; paper?: 'a4' | 'a5' | 'a6' }
  'abstracts-book': { title: string; footer: string; heading: AbstractsBookHeading; entries: AbstractsBookEntry[] }
  'certificate': CertificateDocument
}

/** The book of abstracts' heading, in the reader's language. */
export interface AbstractsBookHeading extends LocaleText { title: string; subtitle: string; empty: string }

/** One talk: its labels (when, authors, keywords) in the reader's language, its title and abstract in their own. */
export interface AbstractsBookEntry {
  heading: LocaleText & { when: string; authors: string; keywords: string }
  title: LocaleText & { text: string }
  abstract: LocaleText & { text: string }
}
export type DocumentTemplate = keyof DocumentTemplates

/** A document to render: which template, with which data (plain JSON, it crosses to a worker thread). */
export interface DocumentRequest<T extends DocumentTemplate = DocumentTemplate> {
  template: T
  data: DocumentTemplates[T]
}

export function documentRequest<T extends DocumentTemplate>(template: T, data: DocumentTemplates[T]): DocumentRequest<T> {
  return { template, data }
}

/** Every file under templates/, the shared one included. */
export const TEMPLATE_FILES = ['common.typ', 'agreement.typ', 'invitation-letter.typ', 'plain.typ', 'evaluation-report.typ', 'abstracts-book.typ', 'certificate.typ'] as const

type TemplateReader = (file: string) => string | Promise<string>

// Beside the sources (tests, scripts); the built server reads its bundled copies (server/plugins/00.documents.ts).
let readTemplate: TemplateReader = file => readFileSync(new URL(`./templates/${file}`, import.meta.url), 'utf8')

/** Installed by the documents server plugin: the built server has no templates/ folder beside its code. */
export function setTemplateReader(reader: TemplateReader) {
  readTemplate = reader
}

export async function templateSources(): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(TEMPLATE_FILES.map(async file => [file, await readTemplate(file)] as const)))
}
