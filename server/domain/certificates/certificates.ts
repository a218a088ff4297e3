import { sql, type Selectable } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { CertificateFields, Certificates } from '../../db/schema-certificates'
import { certificateStep, type PublicStatus } from '../../../shared/certificates/lifecycle'
import type { LocalizedText } from '../../../shared/localized-text'
import type { CertificateAction, CertificateFieldsInput, CertificateSourceInput } from '../../../shared/schemas/certificates'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { onCertificateIssued, onCertificateRevoked, storedPdfSha256 } from './documents'
import { eligibleFromSource, type Eligible } from './sources'
import { findTemplate, staffInstitutions, type TemplateView } from './templates'

type Row = Selectable<Certificates>

/** What the public page says: valid, revoked, superseded, or expired (an issued one past its end). */
export function publicStatus(row: Pick<Row, 'state' | 'expires_at'>, now = new Date()): PublicStatus | null {
  if (row.state === 'revoked' || row.state === 'superseded') return row.state
  if (row.state !== 'issued') return null
  return row.expires_at && row.expires_at <= now ? 'expired' : 'valid'
}

/** The certificate's details: the template's texts and numbers, then the source's dates, then what the issuer typed. */
export function fieldsFor(t: TemplateView, source: Eligible['fields'], typed: CertificateFieldsInput = {}): CertificateFields {
  return {
    programme: t.programme, outcomes: t.outcomes, body: t.body, creditLabel: t.creditLabel,
    hours: typed.hours ?? t.hours, credits: typed.credits ?? t.credits,
    startsOn: typed.startsOn ?? source.startsOn ?? null, endsOn: typed.endsOn ?? source.endsOn ?? null,
  }
}

/** A certificate the actor may read (a co-issuer's staff, or the holder once issued); 404 otherwise. */
async function findCertificate(tx: Tx, id: string, lock = false): Promise<Row> {
  const row = await tx.selectFrom('certificates').selectAll().where('id', '=', id).$if(lock, q => q.forUpdate()).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

async function requireIssuerStaff(tx: Tx, actor: Actor, row: Pick<Row, 'issuer_ids'>) {
  const mine = (await staffInstitutions(tx, actor)).filter(i => row.issuer_ids.includes(i))
  if (!mine.length) fail(403, 'certificates.errors.notIssuer')
  return mine
}

const approvalsOf = (tx: Tx, id: string) => tx.selectFrom('certificate_approvals')
  .select(['institution_id', 'content_hash', 'approved_at', 'approved_by']).where('certificate_id', '=', id).orderBy('approved_at').execute()

type Names = { native: string; latin: string }

/** Everything a page shows of one certificate, with what the actor may do to it. */
export async function certificateView(tx: Tx, actor: Actor, id: string) {
  const c = await findCertificate(tx, id)
  const mine = (await staffInstitutions(tx, actor)).filter(i => c.issuer_ids.includes(i))
  const approvals = mine.length ? await approvalsOf(tx, id) : []
  const current = approvals.filter(a => a.content_hash === c.content_hash)
  const supersededBy = await tx.selectFrom('certificates').select(['id', 'public_id', 'state']).where('supersedes_id', '=', id).executeTakeFirst()
  return {
    id: c.id, publicId: c.public_id, serial: c.serial, state: c.state, status: publicStatus(c), templateId: c.template_id,
    holderId: c.holder_id, holderNames: { native: c.holder_name_native, latin: c.holder_name_latin },
    languages: c.languages, title: c.title, shownFields: c.shown_fields, fields: c.fields, contentHash: c.content_hash,
    source: { kind: c.source_kind, id: c.source_id }, supersedesId: c.supersedes_id, supersededBy: supersededBy ?? null,
    statusIndex: c.status_index, submittedAt: c.submitted_at, issuedAt: c.issued_at, expiresAt: c.expires_at,
    revokedAt: c.revoked_at, revocationReason: c.revocation_reason, revocationLanguage: c.revocation_language,
    issuers: c.issuers.map((i) => {
      const approval = current.find(a => a.institution_id === i.institutionId)
      return { ...i, approvedAt: approval?.approved_at ?? null, approved: Boolean(approval) || c.issued_at !== null }
    }),
    approvalHistory: approvals.map(a => ({ institutionId: a.institution_id, contentHash: a.content_hash, approvedAt: a.approved_at })),
    /** The actor's institutions that may still approve this content (pending only). */
    mayApproveFor: c.state === 'pending' ? mine.filter(i => !current.some(a => a.institution_id === i)) : [],
    mayEdit: mine.length > 0 && c.state === 'draft',
    maySubmit: mine.length > 0 && c.state === 'draft',
    mayReturn: mine.length > 0 && c.state === 'pending',
    mayRevoke: mine.length > 0 && c.state === 'issued',
    mayCorrect: mine.length > 0 && c.state === 'issued' && !supersededBy,
    isHolder: c.holder_id === actor.id,
  }
}

/** Tells the co-issuers' staff (not whoever acted) that certificates wait for their approval. */
export async function tellIssuers(tx: Tx, issuerIds: string[], title: LocalizedText, count: number, link: string) {
  await notify(tx, { staffOf: issuerIds }, { kind: 'certificates.toApprove', params: { title, count }, link })
}

async function submit(tx: Tx, id: string) {
  const row = await tx.updateTable('certificates').set({ state: 'pending', updated_at: new Date() }).where('id', '=', id)
    .returning(['serial', 'content_hash', 'issuer_ids', 'title']).executeTakeFirstOrThrow()
  await tellIssuers(tx, row.issuer_ids, row.title, 1, `/certificates/${id}`)
  return row
}

async function insertDraft(tx: Tx, actor: Actor, templateId: string, e: Eligible, names: Names, fields: CertificateFields, supersedes: string | null = null) {
  return (await tx.insertInto('certificates').values({
    template_id: templateId, holder_id: e.holderId, holder_name_native: names.native, holder_name_latin: names.latin,
    fields: JSON.stringify(fields), source_kind: e.kind, source_id: e.sourceId, supersedes_id: supersedes, created_by: actor.id,
  }).returning('id').executeTakeFirstOrThrow()).id
}

/** An active template the actor's institution co-issues (403/409 otherwise). */
export async function issuingTemplate(tx: Tx, actor: Actor, templateId: string) {
  const t = await findTemplate(tx, templateId)
  const issuerIds = t.issuers.map(i => i.institutionId)
  if (!(await staffInstitutions(tx, actor)).some(i => issuerIds.includes(i))) fail(403, 'certificates.errors.notIssuer')
  if (t.state !== 'active') fail(409, 'certificates.errors.templateNotActive', {}, { state: t.state })
  return { t, issuerIds }
}

/**
 * Drafts a certificate for the holder a source makes eligible (attendance over the threshold, a completed mobility, an
 * author of an accepted contribution, or a person named by hand), and submits it for approval unless told not to.
 * A second certificate of the same template for the same holder and source is refused (409, naming the first).
 */
export interface IssueInput {
  templateId: string
  source: CertificateSourceInput
  names?: Names
  fields?: CertificateFieldsInput
  submit: boolean
}

export async function issueCertificate(tx: Tx, actor: Actor, input: IssueInput): Promise<string> {
  const { t, issuerIds } = await issuingTemplate(tx, actor, input.templateId)
  const eligible = await eligibleFromSource(tx, input.source, issuerIds)
  if (eligible.kind !== 'manual') {
    const existing = await tx.selectFrom('certificates').select('id').where('template_id', '=', t.id).where('holder_id', '=', eligible.holderId)
      .where('source_kind', '=', eligible.kind).where('source_id', '=', eligible.sourceId).where('supersedes_id', 'is', null)
      .where('state', '<>', 'revoked').executeTakeFirst()
    if (existing) fail(409, 'certificates.errors.alreadyIssued', {}, { id: existing.id })
  }
  const id = await insertDraft(tx, actor, t.id, eligible, input.names ?? eligible.names, fieldsFor(t, eligible.fields, input.fields))
  if (input.submit) await submit(tx, id)
  return id
}

/** A step on one certificate by a co-issuer's staff: edit a draft, submit, return, delete a draft, approve, revoke, correct. */
export async function certificateStepBy(tx: Tx, actor: Actor, id: string, action: CertificateAction): Promise<string | null> {
  const c = await findCertificate(tx, id, true)
  const mine = await requireIssuerStaff(tx, actor, c)
  switch (action.action) {
    case 'edit': {
      if (c.state !== 'draft') fail(409, 'certificates.errors.notDraft', {}, { state: c.state })
      const fields = { ...c.fields, ...Object.fromEntries(Object.entries(action.fields ?? {}).filter(([, v]) => v !== undefined)) }
      if (fields.startsOn && fields.endsOn && fields.startsOn > fields.endsOn) fail(422, 'errors.validation', { field: 'fields.endsOn' })
      await tx.updateTable('certificates').set({
        holder_name_native: action.names?.native ?? c.holder_name_native, holder_name_latin: action.names?.latin ?? c.holder_name_latin,
        fields: JSON.stringify(fields), updated_at: new Date(),
      }).where('id', '=', id).execute()
      return id
    }
    case 'delete':
      if (c.state !== 'draft') fail(409, 'certificates.errors.notDraft', {}, { state: c.state })
      await tx.deleteFrom('certificates').where('id', '=', id).execute()
      return null
    case 'submit':
    case 'return': {
      if (!certificateStep(action.action, c.state)) fail(409, 'certificates.errors.step', {}, { state: c.state })
      if (action.action === 'submit') await submit(tx, id)
      else await tx.updateTable('certificates').set({ state: 'draft', updated_at: new Date() }).where('id', '=', id).execute()
      return id
    }
    case 'approve':
      await approve(tx, actor, c, mine, action.institutionId, action.contentHash)
      return id
    case 'revoke': {
      if (!certificateStep('revoke', c.state)) fail(409, 'certificates.errors.step', {}, { state: c.state })
      await tx.updateTable('certificates').set({ state: 'revoked', revocation_reason: action.reason, revocation_language: action.language, updated_at: new Date() })
        .where('id', '=', id).execute()
      await onCertificateRevoked(tx, id, action.reason)
      await notify(tx, { users: [c.holder_id] }, {
        kind: 'certificates.revoked', params: { title: c.title, serial: c.serial ?? '', reason: action.reason }, link: `/certificates/${id}`,
      })
      return id
    }
    case 'correct': {
      if (c.state !== 'issued') fail(409, 'certificates.errors.step', {}, { state: c.state })
      const open = await tx.selectFrom('certificates').select('id').where('supersedes_id', '=', id).executeTakeFirst()
      if (open) fail(409, 'certificates.errors.correctionExists', {}, { id: open.id })
      const { t } = await issuingTemplate(tx, actor, c.template_id)
      const fields = { ...c.fields, ...Object.fromEntries(Object.entries(action.fields ?? {}).filter(([, v]) => v !== undefined)) }
      if (fields.startsOn && fields.endsOn && fields.startsOn > fields.endsOn) fail(422, 'errors.validation', { field: 'fields.endsOn' })
      const names = action.names ?? { native: c.holder_name_native, latin: c.holder_name_latin }
      const same: Eligible = { holderId: c.holder_id, names, fields: {}, kind: c.source_kind, sourceId: c.source_id }
      const next = await insertDraft(tx, actor, t.id, same, names, fields, id)
      if (action.submit) await submit(tx, next)
      return next
    }
  }
}

/**
 * One co-issuer's approval of exactly the content it read (the hash): refused when the certificate is not pending
 * (409), the hash is not the current one (409, with the current hash), or the institution already approved it (409).
 * The last approval issues the certificate (the database does) and the holder is told.
 */
async function approve(tx: Tx, actor: Actor, c: Row, mine: string[], institutionId: string, contentHash: string) {
  if (!mine.includes(institutionId)) fail(403, 'certificates.errors.notYourInstitution')
  if (c.state !== 'pending') fail(409, 'certificates.errors.notPending', {}, { state: c.state })
  if (c.content_hash !== contentHash) fail(409, 'certificates.errors.hashMismatch', {}, { contentHash: c.content_hash })
  const already = await tx.selectFrom('certificate_approvals').select('id').where('certificate_id', '=', c.id)
    .where('institution_id', '=', institutionId).where('content_hash', '=', contentHash).executeTakeFirst()
  if (already) fail(409, 'certificates.errors.alreadyApproved')
  await tx.insertInto('certificate_approvals').values({ certificate_id: c.id, institution_id: institutionId, content_hash: contentHash, approved_by: actor.id }).execute()
  const after = await tx.selectFrom('certificates').select(['state']).where('id', '=', c.id).executeTakeFirstOrThrow()
  if (after.state === 'issued') {
    // Its credential and PDF are made and stored now: the approval fails with them (docs/certificates.md).
    await onCertificateIssued(tx, c.id)
    // The database superseded the certificate this one corrects: its credential is revoked too.
    if (c.supersedes_id) await onCertificateRevoked(tx, c.supersedes_id, 'superseded')
    await notify(tx, { users: [c.holder_id] }, { kind: 'certificates.issued', params: { title: c.title, serial: c.serial ?? '' }, link: `/certificates/${c.id}` })
  }
}

const LIST_LIMIT = 200
const listColumns = ['id', 'public_id', 'serial', 'state', 'template_id', 'holder_id', 'holder_name_native', 'holder_name_latin', 'title',
  'languages', 'issuer_ids', 'content_hash', 'source_kind', 'source_id', 'supersedes_id', 'issued_at', 'expires_at', 'revoked_at', 'created_at'] as const

function listItem(r: Pick<Row, typeof listColumns[number]>) {
  return {
    id: r.id, publicId: r.public_id, serial: r.serial, state: r.state, status: publicStatus(r), templateId: r.template_id, holderId: r.holder_id,
    holderNames: { native: r.holder_name_native, latin: r.holder_name_latin }, title: r.title, languages: r.languages, issuerIds: r.issuer_ids,
    contentHash: r.content_hash, source: { kind: r.source_kind, id: r.source_id }, supersedesId: r.supersedes_id,
    issuedAt: r.issued_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, createdAt: r.created_at,
  }
}

/** The holder's own certificates (issued, revoked or superseded), newest first. */
export async function myCertificates(tx: Tx, actor: Actor) {
  const rows = await tx.selectFrom('certificates').select(listColumns).where('holder_id', '=', actor.id)
    .where('state', 'in', ['issued', 'revoked', 'superseded']).orderBy('issued_at', 'desc').limit(LIST_LIMIT).execute()
  return rows.map(listItem)
}

/** Pending certificates one of the actor's institutions has not yet approved in their current content, oldest first. */
export async function pendingApprovals(tx: Tx, actor: Actor) {
  const mine = await staffInstitutions(tx, actor)
  if (!mine.length) return []
  const rows = await tx.selectFrom('certificates as c').select(listColumns.map(k => `c.${k}` as const))
    .where('c.state', '=', 'pending').where(sql<boolean>`c.issuer_ids && ${sql.val(mine)}::uuid[]`)
    .orderBy('c.submitted_at').limit(LIST_LIMIT).execute()
  const approvals = rows.length
    ? await tx.selectFrom('certificate_approvals').select(['certificate_id', 'institution_id', 'content_hash']).where('certificate_id', 'in', rows.map(r => r.id)).execute()
    : []
  return rows.map(r => ({
    ...listItem(r),
    awaitingFrom: mine.filter(i => r.issuer_ids.includes(i)
      && !approvals.some(a => a.certificate_id === r.id && a.institution_id === i && a.content_hash === r.content_hash)),
  })).filter(r => r.awaitingFrom.length > 0)
}

/** Certificates of the actor's institutions, every state, newest first (optionally of one template). */
export async function institutionCertificates(tx: Tx, actor: Actor, templateId?: string) {
  const mine = await staffInstitutions(tx, actor)
  if (!mine.length) fail(403, 'certificates.errors.notIssuer')
  const rows = await tx.selectFrom('certificates').select(listColumns).where(sql<boolean>`issuer_ids && ${sql.val(mine)}::uuid[]`)
    .$if(Boolean(templateId), q => q.where('template_id', '=', templateId!)).orderBy('created_at', 'desc').limit(LIST_LIMIT).execute()
  return rows.map(listItem)
}

interface PublicIssuer {
  institutionId: string
  name: LocalizedText
  position: number
  signatoryName: LocalizedText
  signatoryTitle: LocalizedText
}
interface PublicRow {
  public_id: string
  serial: string
  status: PublicStatus
  languages: string[]
  title: LocalizedText
  holder_name_native: string | null
  holder_name_latin: string | null
  fields: CertificateFields
  issuers: PublicIssuer[]
  issued_at: Date
  expires_at: Date | null
  revoked_at: Date | null
  revocation_reason: string | null
  revocation_language: string | null
  superseded_by: string | null
  content_hash: string
  status_index: number | null
}

/**
 * The public verification: only what the certificate itself shows (private.certificate_public), for anyone with the
 * public id; null when there is no issued certificate under it.
 */
export async function verifyCertificate(tx: Tx, publicId: string) {
  const { rows } = await sql<PublicRow>`select * from private.certificate_public(${publicId})`.execute(tx)
  const r = rows[0]
  if (!r) return null
  return {
    publicId: r.public_id, serial: r.serial, status: r.status, languages: r.languages, title: r.title,
    holderNames: { native: r.holder_name_native, latin: r.holder_name_latin }, fields: r.fields,
    issuers: r.issuers.map(i => ({
      institutionId: i.institutionId, name: i.name, position: i.position, signatoryName: i.signatoryName, signatoryTitle: i.signatoryTitle,
    })),
    issuedAt: r.issued_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, revocationReason: r.revocation_reason,
    revocationLanguage: r.revocation_language, supersededBy: r.superseded_by, contentHash: r.content_hash, statusIndex: r.status_index,
    /** Whether a dropped PDF can be compared with a stored one. */
    pdfAvailable: (await storedPdfSha256(tx, publicId)) !== null,
  }
}
