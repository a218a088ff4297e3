import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import { isInForce } from '../../../shared/agreements/lifecycle'
import { fail } from '../../utils/errors'
import { findAgreement, findVersion, lockAgreement } from './agreements'
import { academicYearOf, academicYearsOfTerm, academicYearToShow, COMMUNITY_TIME_ZONE, coversAcademicYear, todayIn } from '../../../shared/dates'

export interface QuotaLine {
  condition_id: string
  type: string
  sending_institution_id: string
  receiving_institution_id: string
  academic_year: string
  offered: number
  used: number
  left: number
}

/**
 * The quota lines of one academic year of the agreement's term (by default the one running today, or
 * the nearest end of the term): a year the term does not touch is refused, naming the term's first and last.
 */
export async function quotasInTerm(tx: Tx, agreementId: string, year?: string, today = todayIn(COMMUNITY_TIME_ZONE)): Promise<QuotaLine[]> {
  const agreement = await findAgreement(tx, agreementId)
  const { content } = await findVersion(tx, agreementId, agreement.current_version)
  const years = academicYearsOfTerm(content.startsOn, content.endsOn)
  const chosen = year ?? academicYearToShow(content.startsOn, content.endsOn, today)
  if (!years.includes(chosen)) fail(422, 'agreements.errors.yearOutsideTerm', { field: 'year', first: years[0]!, last: years.at(-1)! })
  return quotasOf(tx, agreementId, chosen)
}

/**
 * Places offered and used per cooperation condition in one academic year (September–August).
 * Offered comes from the current version's terms when the agreement runs in that year; used is
 * what the mobility module recorded.
 */
export async function quotasOf(tx: Tx, agreementId: string, academicYear = academicYearOf(todayIn(COMMUNITY_TIME_ZONE))): Promise<QuotaLine[]> {
  const agreement = await findAgreement(tx, agreementId)
  const { content } = await findVersion(tx, agreementId, agreement.current_version)
  const usage = await tx.selectFrom('agreement_quota_usage').select(['condition_id', sql<string>`sum(places)`.as('used')])
    .where('agreement_id', '=', agreementId).where('academic_year', '=', academicYear).groupBy('condition_id').execute()
  const runs = coversAcademicYear(content.startsOn, content.endsOn, academicYear)
  return content.conditions.map((c) => {
    const offered = runs ? c.placesPerYear : 0
    const used = Number(usage.find(u => u.condition_id === c.id)?.used ?? 0)
    return {
      condition_id: c.id, type: c.type, sending_institution_id: c.sendingInstitutionId, receiving_institution_id: c.receivingInstitutionId,
      academic_year: academicYear, offered, used, left: Math.max(0, offered - used),
    }
  })
}

/**
 * Takes places from a condition's quota (the mobility module calls this when it nominates).
 * The agreement row is locked first, so two offices taking the last place cannot both succeed.
 */
export interface QuotaUse {
  agreementId: string
  conditionId: string
  academicYear: string
  places: number
  source: string
  sourceId: string | null
}

export async function useQuota(tx: Tx, use: QuotaUse) {
  const agreement = await lockAgreement(tx, use.agreementId)
  if (!isInForce(agreement.state)) fail(409, 'agreements.errors.notInForce')
  const line = (await quotasOf(tx, use.agreementId, use.academicYear)).find(l => l.condition_id === use.conditionId)
  if (!line) fail(404, 'errors.notFound')
  if (line.left < use.places) fail(409, 'agreements.errors.quotaExhausted', { left: line.left })
  // Quota usage is written by the service only (the caller checked the right to nominate).
  await elevated(tx, 'take quota places', svc => svc.insertInto('agreement_quota_usage').values({
    agreement_id: use.agreementId, condition_id: use.conditionId, academic_year: use.academicYear,
    places: use.places, source: use.source, source_id: use.sourceId,
  }).execute())
  return { ...line, used: line.used + use.places, left: line.left - use.places }
}
