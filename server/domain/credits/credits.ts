import { sql } from 'kysely'
import type { Selectable } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { CreditSystemVersions, InstitutionCreditRules } from '../../db/schema-credits'
import { convertCredits, type ConversionResult, type CreditSystemVersion, type InstitutionCreditRule } from '../../../shared/credits/conversion'
import type { ConversionPreviewInput, CreditRuleInput } from '../../../shared/schemas/credits'
import { fail } from '../../utils/errors'

const num = (v: string | number | null): number | null => (v === null ? null : Number(v))

export function toVersion(row: Selectable<CreditSystemVersions>): CreditSystemVersion {
  return {
    id: row.id, systemId: row.system_id, version: row.version, workloadHours: num(row.workload_hours),
    contactHours: num(row.contact_hours), variants: row.variants ?? {},
  }
}

export function toRule(row: Selectable<InstitutionCreditRules>): InstitutionCreditRule {
  return { id: row.id, factorOverride: num(row.factor_override), rounding: row.rounding, decimals: row.decimals }
}

/** The registry: every system with its versions, newest first. */
export async function listCreditSystems(tx: Tx) {
  const systems = await tx.selectFrom('credit_systems').selectAll().orderBy('position').execute()
  const versions = await tx.selectFrom('credit_system_versions').selectAll().orderBy('system_id').orderBy('version', 'desc').execute()
  return systems.map(s => ({
    id: s.id, name: s.name, country: s.country, perInstitution: s.per_institution,
    versions: versions.filter(v => v.system_id === s.id).map(v => ({
      id: v.id, version: v.version, workloadHours: num(v.workload_hours), workloadMin: num(v.workload_min), workloadMax: num(v.workload_max),
      contactHours: num(v.contact_hours), variants: v.variants, summary: v.summary, source: v.source, validFrom: v.valid_from,
    })),
  }))
}

/** The institution by its slug (404 when there is none). */
export async function institutionBySlug(tx: Tx, slug: string): Promise<{ id: string; slug: string; name: Record<string, string> }> {
  const row = await tx.selectFrom('institutions').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row as { id: string; slug: string; name: Record<string, string> }
}

export async function isStaffOf(tx: Tx, institutionId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.is_staff_of(${institutionId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}

/** 403 unless the signed-in person is staff of the institution. */
export async function requireStaffOf(tx: Tx, institutionId: string): Promise<void> {
  if (!(await isStaffOf(tx, institutionId))) fail(403, 'errors.forbidden')
}

/** An institution's current rule (its newest version) with the system version it names; null when it has none. */
export async function currentRule(tx: Tx, institutionId: string) {
  const rule = await tx.selectFrom('institution_credit_rules').selectAll().where('institution_id', '=', institutionId)
    .orderBy('version', 'desc').limit(1).executeTakeFirst()
  if (!rule) return null
  const version = await tx.selectFrom('credit_system_versions').selectAll().where('id', '=', rule.system_version_id).executeTakeFirstOrThrow()
  return { rule, version }
}

export async function ruleHistory(tx: Tx, institutionId: string) {
  const rows = await tx.selectFrom('institution_credit_rules as r').innerJoin('credit_system_versions as v', 'v.id', 'r.system_version_id')
    .select(['r.id', 'r.version', 'r.system_version_id', 'r.factor_override', 'r.rounding', 'r.decimals', 'r.created_at', 'v.system_id', 'v.version as system_version'])
    .where('r.institution_id', '=', institutionId).orderBy('r.version', 'desc').execute()
  return rows.map(r => ({
    id: r.id, version: r.version, systemVersionId: r.system_version_id, systemId: r.system_id, systemVersion: r.system_version,
    factorOverride: num(r.factor_override), rounding: r.rounding, decimals: r.decimals, createdAt: r.created_at,
  }))
}

/**
 * Saves the institution's rule as a new version (old versions stay as they were: decisions name them). Two offices
 * saving at once: the unique (institution_id, version) refuses the second, 409.
 */
export async function saveCreditRule(tx: Tx, institutionId: string, input: CreditRuleInput): Promise<string> {
  await requireStaffOf(tx, institutionId)
  const version = await tx.selectFrom('credit_system_versions').select(['id']).where('id', '=', input.systemVersionId).executeTakeFirst()
  if (!version) fail(422, 'errors.validation', { field: 'systemVersionId' }, { issues: [{ path: 'systemVersionId', code: 'unknown' }] })
  const last = await tx.selectFrom('institution_credit_rules').select(sql<number>`coalesce(max(version), 0)`.as('n'))
    .where('institution_id', '=', institutionId).executeTakeFirstOrThrow()
  const row = await tx.insertInto('institution_credit_rules').values({
    institution_id: institutionId, version: Number(last.n) + 1, system_version_id: input.systemVersionId,
    factor_override: input.factorOverride, rounding: input.rounding, decimals: input.decimals,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * Converts credits of a source system (and, if named, a partner institution's rule) into the institution's own system,
 * rounded by its rule. 422 with a translated reason when a factor is missing.
 */
export async function previewConversion(tx: Tx, institutionId: string, input: ConversionPreviewInput): Promise<ConversionResult> {
  const target = await currentRule(tx, institutionId)
  if (!target) fail(409, 'credits.errors.noRule')
  const sourceVersion = await tx.selectFrom('credit_system_versions').selectAll().where('id', '=', input.sourceVersionId).executeTakeFirst()
  if (!sourceVersion) fail(422, 'errors.validation', { field: 'sourceVersionId' }, { issues: [{ path: 'sourceVersionId', code: 'unknown' }] })
  let sourceRule: InstitutionCreditRule | null = null
  if (input.sourceInstitutionId) {
    const partner = await currentRule(tx, input.sourceInstitutionId)
    // The partner's factor counts only when it uses the same system version as the one converted from.
    if (partner && partner.rule.system_version_id === sourceVersion.id) sourceRule = toRule(partner.rule)
  }
  const result = convertCredits({
    credits: input.credits,
    source: { version: toVersion(sourceVersion), rule: sourceRule, workloadHours: input.workloadHours, contactHours: input.contactHours, kind: input.kind },
    target: { version: toVersion(target.version), rule: toRule(target.rule) },
  })
  if (!result.ok) fail(422, `credits.errors.${result.reason}`)
  return result
}

/** Keeps a conversion with the rule versions it used (for a recognition decision); from then on those versions are fixed. */
export async function recordConversion(tx: Tx, institutionId: string, credits: number, result: ConversionResult): Promise<string> {
  const row = await tx.insertInto('credit_conversions').values({
    institution_id: institutionId, source_version_id: result.rules.sourceVersionId, target_version_id: result.rules.targetVersionId,
    source_rule_id: result.rules.sourceRuleId, target_rule_id: result.rules.targetRuleId, credits, result: result.credits,
    trail: JSON.stringify(result.trail),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}
