import { createHash } from 'node:crypto'
import { sql, type Selectable } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import type { Certificates } from '../../db/schema-certificates'
import { certificateDocument, type CertificateContent } from '../../documents/certificate'
import { renderPdf } from '../../documents/pdf'
import type { DocumentImage } from '../../documents/templates'
import { translate } from '../../i18n/messages'
import type { FileStore } from '../../storage/file-store'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import type { CertificateFileInput } from '../../../shared/schemas/certificates'
import { fail } from '../../utils/errors'
import { checkCredential, issueCredential } from '../credentials/credentials'
import type { CertificatePayload } from '../credentials/issue'
import type { CredentialSettings } from '../credentials/keys'
import { revokeStatus } from '../credentials/status'
import type { VerificationReport } from '../credentials/verify'
import { verifyCertificate } from './certificates'

/**
 * The seam between certificates, the Verifiable Credentials library and the documents engine: an issued certificate
 * gets its credential and its PDF, both stored (certificate_documents) in the transaction that issued it; a revoked or
 * superseded one has its status bit set; a file dropped on the public page is compared with what was stored.
 */
export interface CertificateIssuance {
  credentials: CredentialSettings
  /** Where the co-issuers' logo files are. */
  store: FileStore
}

let issuance: (() => CertificateIssuance) | undefined

/** Installed at start (server/plugins/07.certificates.ts); db tests install their own. */
export function setCertificateIssuance(get: () => CertificateIssuance) {
  issuance = get
}

function settings(): CertificateIssuance {
  if (!issuance) throw new Error('certificate issuance is not configured (setCertificateIssuance)')
  return issuance()
}

type Row = Selectable<Certificates>

/** The public verification page of a certificate: the QR code's target and the credential's id. */
export function certificateVerifyUrl(baseUrl: string, publicId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${publicId}`
}

const text = (value: LocalizedText | undefined, locale: LocaleCode) => resolveLocalizedText(value, locale).text
const localesOf = (row: Pick<Row, 'languages'>) => row.languages.filter(isLocaleCode)
/** A text in the certificate's languages only (a language with nothing written falls back as on the page). */
const inLanguages = (value: LocalizedText | undefined, locales: LocaleCode[]) =>
  Object.fromEntries(locales.map(l => [l, text(value, l)]).filter(([, v]) => v !== ''))

/** The names the certificate shows (as private.certificate_public does): native if shown, Latin if shown or alone. */
function shownNames(row: Row) {
  const native = row.shown_fields.includes('native_name') ? row.holder_name_native : ''
  const latin = row.shown_fields.includes('latin_name') || !native ? row.holder_name_latin : ''
  return { native, latin }
}

function credentialPayload(row: Row, id: string): Omit<CertificatePayload, 'status'> {
  const locales = localesOf(row)
  const { native, latin } = shownNames(row)
  const names = [native, latin].filter((n, k, all) => n !== '' && all.indexOf(n) === k)
  const body = row.fields.body ?? row.fields.programme ?? row.title
  return {
    id,
    holderNames: names.map(value => ({ value })),
    achievement: {
      id: `urn:uuid:${row.template_id}`,
      name: inLanguages(row.title, locales),
      description: inLanguages(body, locales),
      criteria: row.fields.programme ? inLanguages(row.fields.programme, locales) : undefined,
    },
    issuers: row.issuers.map(i => ({ institutionId: i.institutionId, name: inLanguages(i.name, locales) })),
    consortiumName: Object.fromEntries(locales.map(l => [l, translate(l, 'app.name')])),
    validFrom: row.issued_at!.toISOString(),
    validUntil: row.expires_at?.toISOString() ?? null,
  }
}

const IMAGE_FORMATS: Record<string, DocumentImage['format']> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' }

async function logo(tx: Tx, store: FileStore, fileId: string | null): Promise<DocumentImage | null> {
  if (!fileId) return null
  const file = await tx.selectFrom('files').select(['storage_key', 'content_type']).where('id', '=', fileId).executeTakeFirst()
  const format = file && IMAGE_FORMATS[file.content_type]
  const bytes = format ? await store.get(file.storage_key) : null
  return format && bytes ? { format, bytes: [...bytes] } : null
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

/** What the PDF shows: the certificate's snapshot, the shown fields only. Service path (logos). */
async function pdfContent(tx: Tx, store: FileStore, row: Row, verifyUrl: string): Promise<CertificateContent> {
  const locales = localesOf(row)
  const shown = (field: string) => row.shown_fields.includes(field)
  const { native, latin } = shownNames(row)
  const f = row.fields
  return {
    serial: row.serial!, verifyUrl, locales,
    holder: native ? { native, latin } : { native: latin, latin: '' },
    issuers: await Promise.all(row.issuers.map(async i => ({ name: i.name, logo: await logo(tx, store, i.logoFileId) }))),
    title: row.title,
    programme: shown('programme') && f.programme && Object.keys(f.programme).length ? f.programme : null,
    body: f.body ?? {},
    hours: shown('hours') && f.hours != null ? Number(f.hours) : null,
    credits: shown('credits') && f.credits != null ? Number(f.credits) : null,
    startsOn: shown('dates') ? f.startsOn ?? null : null,
    endsOn: shown('dates') ? f.endsOn ?? null : null,
    issuedOn: isoDay(row.issued_at)!,
    expiresOn: isoDay(row.expires_at),
    outcomes: shown('outcomes') && f.outcomes && Object.keys(f.outcomes).length ? f.outcomes : null,
    signatories: row.issuers.filter(i => text(i.signatoryName, locales[0]!)).map(i => ({
      name: text(i.signatoryName, locales[0]!), title: i.signatoryTitle, institution: i.name,
    })),
  }
}

async function renderCertificate(content: CertificateContent): Promise<Buffer> {
  try {
    return await renderPdf(await certificateDocument(content))
  }
  catch (error) {
    // The approval is undone with it (one transaction): the co-issuer approves again once the engine answers.
    console.error('[certificates] the PDF could not be rendered:', error)
    fail(409, 'certificates.errors.documentFailed')
  }
}

/**
 * A certificate just became issued (in approve()): its PDF rendered once, its credential signed by the consortium and
 * every co-issuer with a status bit of its own, both stored with the status index, in the issuing transaction.
 */
export async function onCertificateIssued(tx: Tx, id: string): Promise<void> {
  const { credentials, store } = settings()
  await elevated(tx, 'certificates: the issued certificate\'s credential and PDF', async (tx) => {
    const row = await tx.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const url = certificateVerifyUrl(credentials.baseUrl, row.public_id)
    const pdf = await renderCertificate(await pdfContent(tx, store, row, url))
    const credential = await issueCredential(tx, credentials, credentialPayload(row, url))
    const index = Number((credential.credentialStatus as { statusListIndex: string }).statusListIndex)
    await tx.updateTable('certificates').set({ status_index: index }).where('id', '=', id).execute()
    await tx.insertInto('certificate_documents').values({ certificate_id: id, credential: JSON.stringify(credential), pdf }).execute()
  })
}

/** A certificate was revoked or superseded: its credential's bit is set and the list re-signed (none before this seam: no-op). */
export async function onCertificateRevoked(tx: Tx, id: string, reason: string): Promise<void> {
  const { credentials } = settings()
  await elevated(tx, 'certificates: a revoked or superseded certificate\'s status bit', async (tx) => {
    const row = await tx.selectFrom('certificates').select('public_id').where('id', '=', id).executeTakeFirstOrThrow()
    await revokeStatus(tx, credentials, certificateVerifyUrl(credentials.baseUrl, row.public_id), reason)
  })
}

export type CertificateFormat = 'pdf' | 'credential'

/** The stored PDF or credential, for whoever reads the certificate (404 otherwise); 409 before it is issued. */
export async function certificateFile(tx: Tx, id: string, format: CertificateFormat) {
  const c = await tx.selectFrom('certificates').select(['state', 'serial']).where('id', '=', id).executeTakeFirst()
  if (!c) fail(404, 'errors.notFound')
  if (c.state === 'draft' || c.state === 'pending') fail(409, 'certificates.errors.notIssuedYet', {}, { state: c.state })
  const doc = await tx.selectFrom('certificate_documents').select(['pdf', 'credential']).where('certificate_id', '=', id).executeTakeFirst()
  if (!doc) fail(404, 'certificates.errors.noDocument')
  return format === 'pdf'
    ? { filename: `${c.serial}.pdf`, contentType: 'application/pdf', bytes: Buffer.from(doc.pdf) }
    : { filename: `${c.serial}.json`, contentType: 'application/ld+json', bytes: Buffer.from(doc.credential, 'utf8') }
}

/** The stored PDF's SHA-256 under a public id (null: none stored, or erased); any role. */
export async function storedPdfSha256(tx: Tx, publicId: string): Promise<string | null> {
  const { rows } = await sql<{ sha: string | null }>`select private.certificate_pdf_sha256(${publicId}) as sha`.execute(tx)
  return rows[0]?.sha ?? null
}

export interface FileCheck {
  kind: CertificateFormat
  unchanged: boolean
  valid: boolean
  status: 'valid' | 'revoked' | 'superseded' | 'expired'
  report: VerificationReport | null
}

/** The checks that say the credential is the one the portal signed (status and validity are the certificate's status). */
const SIGNATURE_CHECKS = new Set(['format', 'issuer', 'proof', 'coIssuer'])

function credentialId(textValue: string): unknown {
  try {
    return (JSON.parse(textValue) as { id?: unknown } | null)?.id
  }
  catch {
    return undefined
  }
}

/**
 * A file dropped on the public page against the certificate it claims to be: a PDF is unchanged when its SHA-256 is
 * the stored PDF's; a credential when every signature check passes and its id is this certificate's. 404 for an
 * unknown public id; a tampered or broken file is a report, never an error. Any role.
 */
export async function checkCertificateFile(tx: Tx, baseUrl: string, publicId: string, file: CertificateFileInput): Promise<FileCheck> {
  const found = await verifyCertificate(tx, publicId)
  if (!found) fail(404, 'errors.notFound')
  let unchanged: boolean
  let report: VerificationReport | null = null
  if (file.kind === 'pdf') {
    const sha = createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex')
    unchanged = sha === await storedPdfSha256(tx, publicId)
  }
  else {
    report = await checkCredential(tx, baseUrl, file.text)
    const signed = report.checks.filter(c => SIGNATURE_CHECKS.has(c.check))
    unchanged = signed.length > 0 && signed.every(c => c.ok) && credentialId(file.text) === certificateVerifyUrl(baseUrl, publicId)
  }
  return { kind: file.kind, unchanged, valid: unchanged && found.status === 'valid', status: found.status, report }
}
