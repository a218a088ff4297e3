import type { Actor, Tx } from '../../db/as-user'
import { renderSerial, TEMPLATE_TRANSITIONS } from '../../../shared/certificates/lifecycle'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'
import type { TemplateInput } from '../../../shared/schemas/certificates'
import { STAFF_ROLES } from '../../../shared/roles'
import { fail } from '../../utils/errors'

const num = (v: string | null): number | null => (v === null ? null : Number(v))

/** The institutions where the actor is staff (office or partner staff). */
export async function staffInstitutions(tx: Tx, actor: Actor): Promise<string[]> {
  const rows = await tx.selectFrom('memberships').select('institution_id').distinct()
    .where('user_id', '=', actor.id).where('role', 'in', STAFF_ROLES).execute()
  return rows.map(r => r.institution_id)
}

/** A template the actor may read (owner's or a co-issuer's staff), with its issuers in order; 404 otherwise. */
export async function findTemplate(tx: Tx, id: string) {
  const t = await tx.selectFrom('certificate_templates').selectAll().where('id', '=', id).executeTakeFirst()
  if (!t) fail(404, 'errors.notFound')
  const issuers = await tx.selectFrom('certificate_template_issuers as i').innerJoin('institutions as n', 'n.id', 'i.institution_id')
    .select(['i.institution_id', 'i.position', 'i.signatory_name', 'i.signatory_title', 'i.logo_file_id', 'n.name', 'n.kind'])
    .where('i.template_id', '=', id).orderBy('i.position').execute()
  return {
    id: t.id, ownerInstitutionId: t.owner_institution_id, state: t.state, languages: t.languages, title: t.title, programme: t.programme,
    body: t.body, outcomes: t.outcomes, hours: num(t.hours), credits: num(t.credits), creditLabel: t.credit_label, shownFields: t.shown_fields,
    validityMonths: t.validity_months, serialScheme: t.serial_scheme, updatedAt: t.updated_at,
    issuers: issuers.map(i => ({
      institutionId: i.institution_id, position: i.position, name: i.name, kind: i.kind, signatoryName: i.signatory_name,
      signatoryTitle: i.signatory_title, logoFileId: i.logo_file_id,
    })),
  }
}
export type TemplateView = Awaited<ReturnType<typeof findTemplate>>

/** Templates of the actor's institutions (owned or co-issued), newest first. */
export async function listTemplates(tx: Tx) {
  const rows = await tx.selectFrom('certificate_templates').select('id').orderBy('updated_at', 'desc').limit(200).execute()
  return Promise.all(rows.map(r => findTemplate(tx, r.id)))
}

/**
 * Creates a draft template or rewrites a draft one, issuers included. The owner's staff only (403); a template that is
 * no longer a draft is not rewritten (409).
 */
export async function saveTemplate(tx: Tx, actor: Actor, input: TemplateInput): Promise<string> {
  if (!(await staffInstitutions(tx, actor)).includes(input.ownerInstitutionId)) fail(403, 'certificates.errors.notOwner')
  const values = {
    languages: input.languages, title: JSON.stringify(input.title), programme: JSON.stringify(input.programme), body: JSON.stringify(input.body),
    outcomes: JSON.stringify(input.outcomes), hours: input.hours, credits: input.credits, credit_label: input.creditLabel,
    shown_fields: input.shownFields, validity_months: input.validityMonths, serial_scheme: input.serialScheme,
  }
  let id = input.id
  if (id) {
    const existing = await tx.selectFrom('certificate_templates').select(['state', 'owner_institution_id']).where('id', '=', id).forUpdate().executeTakeFirst()
    if (!existing) fail(404, 'errors.notFound')
    if (existing.owner_institution_id !== input.ownerInstitutionId) fail(403, 'certificates.errors.notOwner')
    if (existing.state !== 'draft') fail(409, 'certificates.errors.templateNotDraft', {}, { state: existing.state })
    await tx.updateTable('certificate_templates').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute()
    await tx.deleteFrom('certificate_template_issuers').where('template_id', '=', id).execute()
  }
  else {
    id = (await tx.insertInto('certificate_templates').values({ ...values, owner_institution_id: input.ownerInstitutionId, created_by: actor.id })
      .returning('id').executeTakeFirstOrThrow()).id
  }
  await tx.insertInto('certificate_template_issuers').values(input.issuers.map((i, position) => ({
    template_id: id!, institution_id: i.institutionId, position, signatory_name: JSON.stringify(i.signatoryName),
    signatory_title: JSON.stringify(i.signatoryTitle), logo_file_id: i.logoFileId,
  }))).execute()
  return id
}

/** Activates, archives or reactivates a template (its owner's staff), or deletes a draft. */
export async function stepTemplate(tx: Tx, actor: Actor, id: string, action: 'activate' | 'archive' | 'reactivate' | 'delete') {
  const t = await tx.selectFrom('certificate_templates').select(['state', 'owner_institution_id']).where('id', '=', id).forUpdate().executeTakeFirst()
  if (!t) fail(404, 'errors.notFound')
  if (!(await staffInstitutions(tx, actor)).includes(t.owner_institution_id)) fail(403, 'certificates.errors.notOwner')
  if (action === 'delete') {
    if (t.state !== 'draft') fail(409, 'certificates.errors.templateNotDraft', {}, { state: t.state })
    await tx.deleteFrom('certificate_templates').where('id', '=', id).execute()
    return null
  }
  const step = TEMPLATE_TRANSITIONS.find(s => s.action === action && s.from === t.state)
  if (!step) fail(409, 'certificates.errors.templateStep', {}, { state: t.state })
  if (step.to === 'active') {
    const owner = await tx.selectFrom('certificate_template_issuers').select('institution_id')
      .where('template_id', '=', id).where('institution_id', '=', t.owner_institution_id).executeTakeFirst()
    if (!owner) fail(422, 'certificates.errors.ownerNotIssuer')
  }
  await tx.updateTable('certificate_templates').set({ state: step.to, updated_at: new Date() }).where('id', '=', id).execute()
  return id
}

/**
 * What the template's document shows, in one locale of its own (or each of its languages): the texts resolved, the
 * issuers' names and signatories, and a sample serial. The pages and the PDF layout render from this.
 */
export async function templatePreview(tx: Tx, id: string, locale?: LocaleCode) {
  const t = await findTemplate(tx, id)
  const locales = (locale ? [locale] : t.languages) as LocaleCode[]
  const pick = (value: LocalizedText, code: LocaleCode) => resolveLocalizedText(value, code)
  return {
    template: t,
    sampleSerial: renderSerial(t.serialScheme, new Date().getUTCFullYear(), 1),
    pages: locales.map(code => ({
      locale: code, title: pick(t.title, code), programme: pick(t.programme, code), body: pick(t.body, code), outcomes: pick(t.outcomes, code),
      issuers: t.issuers.map(i => ({ institutionId: i.institutionId, name: pick(i.name as LocalizedText, code), signatoryName: pick(i.signatoryName, code),
        signatoryTitle: pick(i.signatoryTitle, code), logoFileId: i.logoFileId })),
    })),
  }
}
