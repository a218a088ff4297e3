import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import { sameProgramme } from '../../../shared/recognition/programme'
import { displayNames } from '../profiles/profiles'

const num = (v: string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v))

/** A host course: its catalogue unit, or the host institution and the course's code (case-insensitive). */
export type PrecedentCourse = { courseUnitId: string } | { hostInstitutionId: string; code: string }

export interface PrecedentOptions {
  /** The decisions of this learning agreement are not its precedents. */
  excludeLa?: string
  /** The home programme to rank first (and mark `sameProgramme`). */
  programme?: string | null
  /** Only the decisions of that programme (the library's filter). */
  onlyProgramme?: boolean
  limit?: number
}

/** The host course of a learning agreement's line, as precedents look it up. */
export function courseOf(line: { course_unit_id: string | null; code: string }, hostInstitutionId: string): PrecedentCourse {
  return line.course_unit_id ? { courseUnitId: line.course_unit_id } : { hostInstitutionId, code: line.code }
}

/**
 * Earlier decisions of the home institution on a host course: outcome, credits, grade, the programme decided for, who
 * decided and when — nothing about the student. Same-programme decisions first, then the newest. Reads through the
 * caller's rights (RLS: an institution sees its own decisions).
 */
export async function precedents(tx: Tx, homeInstitutionId: string, course: PrecedentCourse, options: PrecedentOptions = {}) {
  const programme = options.programme ?? null
  let q = tx.selectFrom('recognition_decisions as d')
    .innerJoin('learning_agreement_components as home', 'home.id', 'd.home_component_id')
    .innerJoin('learning_agreement_components as host', join => join.onRef('host.version_id', '=', 'home.version_id')
      .on('host.side', '=', 'host').onRef('host.recognition_group', '=', 'home.recognition_group'))
    .select(['d.id', 'd.state', 'd.outcome', 'd.credits', 'd.grade_scale_id', 'd.grade_value', 'd.recognized_code', 'd.recognized_title',
      'd.decided_by', 'd.decided_at', 'd.receiving_institution_id', 'd.home_programme', 'host.code as host_code', 'host.title as host_title',
      'host.credits as host_credits', 'host.course_unit_id', 'home.code as home_code'])
    .where('d.sending_institution_id', '=', homeInstitutionId).where('d.state', '<>', 'pending')
  if ('courseUnitId' in course) q = q.where('host.course_unit_id', '=', course.courseUnitId)
  else q = q.where('d.receiving_institution_id', '=', course.hostInstitutionId).where(sql<boolean>`lower(host.code) = lower(${course.code})`)
  if (options.excludeLa) q = q.where('d.learning_agreement_id', '<>', options.excludeLa)
  if (programme && options.onlyProgramme) q = q.where(sql<boolean>`lower(d.home_programme) = lower(${programme})`)
  if (programme) q = q.orderBy(sql`coalesce(lower(d.home_programme) = lower(${programme}), false)`, 'desc')
  const rows = await q.orderBy('d.decided_at', 'desc').orderBy('d.id').limit(options.limit ?? 50).execute()
  const names = await displayNames(tx, rows.flatMap(r => (r.decided_by ? [r.decided_by] : [])), 'recognition precedent: who decided')
  return rows.map(r => ({
    decisionId: r.id, state: r.state, outcome: r.outcome, credits: num(r.credits), hostCode: r.host_code, hostTitle: r.host_title,
    hostCredits: num(r.host_credits), homeCode: r.home_code, recognizedCode: r.recognized_code, recognizedTitle: r.recognized_title,
    grade: r.grade_scale_id && r.grade_value ? { scaleId: r.grade_scale_id, value: r.grade_value } : null,
    decidedBy: r.decided_by ? names.get(r.decided_by) ?? null : null, decidedAt: r.decided_at, hostInstitutionId: r.receiving_institution_id,
    courseUnitId: r.course_unit_id, homeProgramme: r.home_programme, sameProgramme: sameProgramme(r.home_programme, programme),
  }))
}

/** The programmes the home institution has decided this host course for (the library's filter choices). */
export async function precedentProgrammes(tx: Tx, homeInstitutionId: string, course: PrecedentCourse): Promise<string[]> {
  const rows = await precedents(tx, homeInstitutionId, course, { limit: 200 })
  const seen = new Map<string, string>()
  for (const r of rows) if (r.homeProgramme && !seen.has(r.homeProgramme.toLowerCase())) seen.set(r.homeProgramme.toLowerCase(), r.homeProgramme)
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}

interface HostLine { code: string; course_unit_id: string | null }
type Precedent = Awaited<ReturnType<typeof precedents>>[number]

/** What a drafter reads of an earlier decision: no decision id, learning agreement or student. */
function draftingView(r: Precedent) {
  return {
    outcome: r.outcome, state: r.state, recognizedCode: r.recognizedCode, recognizedTitle: r.recognizedTitle, credits: r.credits,
    grade: r.grade?.value ?? null, decidedBy: r.decidedBy, decidedAt: r.decidedAt, homeProgramme: r.homeProgramme, sameProgramme: r.sameProgramme,
  }
}

/**
 * While a learning agreement is drafted, the earlier decisions of its sending institution on each host course, keyed by
 * the host line's code, same programme first. Earlier decisions belong to other students' agreements, which RLS hides
 * from this student: they are read through a narrow elevated path that keeps the sending institution's decisions only
 * and returns only the outcome, credits, grade, programme, who decided and when.
 */
export async function draftingPrecedents(
  tx: Tx, la: { id: string; sending_institution_id: string; receiving_institution_id: string; home_programme: string | null }, lines: HostLine[],
) {
  const out: Record<string, ReturnType<typeof draftingView>[]> = {}
  if (!lines.length) return out
  await elevated(tx, 'learning agreement: earlier recognition of its host courses (no student data)', async (svc) => {
    for (const line of lines) {
      if (out[line.code]) continue
      const rows = await precedents(svc, la.sending_institution_id, courseOf(line, la.receiving_institution_id),
        { excludeLa: la.id, programme: la.home_programme, limit: 5 })
      out[line.code] = rows.map(draftingView)
    }
  })
  return out
}
