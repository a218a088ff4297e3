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

/** The data each template (server/documents/templates/<name>.typ) reads, by template name. */
export interface DocumentTemplates {
  'agreement': { title: string; footer: string; columns: [AgreementColumn, AgreementColumn] }
  'invitation-letter': { title: string; footer: string; columns: [InvitationLetterColumn, InvitationLetterColumn] }
  'plain': LocaleText & { title: string; paragraphs: string[]; paper?: 'a4' | 'a5' | 'a6' }
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
export const TEMPLATE_FILES = ['common.typ', 'agreement.typ', 'invitation-letter.typ', 'plain.typ'] as const

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
