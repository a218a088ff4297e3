import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { DecisionInput, ResolveAppealInput, TranscriptResultInput } from '../../../shared/schemas/recognition'
import type { RecognitionOutcome } from '../../../shared/recognition/lifecycle'
import { fail } from '../../utils/errors'
import { currentRule, previewConversion, recordConversion } from '../credits/credits'
import { combineGrades, type GradePart } from '../../../shared/recognition/grade-combination'
import { convertGrade, gradesOf } from '../credits/grades'
import { findLearningAgreement, partiesOf } from '../learning-agreements/learning-agreements'
import { tellParties } from '../learning-agreements/notices'
import { displayNames } from '../profiles/profiles'
import { courseOf, precedents } from './precedents'

const num = (v: string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v))
const badField = (field: string, code: string): never => fail(422, 'errors.validation', { field }, { issues: [{ path: field, code }] })

type La = Awaited<ReturnType<typeof findLearningAgreement>>

async function requireParty(tx: Tx, actor: Actor, la: La, party: 'student' | 'sending' | 'receiving') {
  const parties = await partiesOf(tx, actor, la)
  if (!parties.includes(party)) fail(403, `recognition.errors.not_${party}`)
  return parties
}

async function latestSignedVersion(tx: Tx, laId: string) {
  return tx.selectFrom('learning_agreement_versions').select(['id', 'number']).where('learning_agreement_id', '=', laId)
    .where('state', '=', 'signed').orderBy('number', 'desc').limit(1).executeTakeFirst()
}

async function transcriptOf(tx: Tx, laId: string) {
  return tx.selectFrom('transcripts').selectAll().where('learning_agreement_id', '=', laId).executeTakeFirst()
}

/** The receiving office starts the transcript of the latest signed version (409 before any version is signed). */
export async function startTranscript(tx: Tx, actor: Actor, laId: string): Promise<string> {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'receiving')
  const existing = await transcriptOf(tx, laId)
  if (existing) return existing.id
  const version = await latestSignedVersion(tx, laId)
  if (!version) fail(409, 'recognition.errors.notSigned')
  const row = await tx.insertInto('transcripts').values({ learning_agreement_id: laId, version_id: version.id, created_by: actor.id })
    .returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * Saves results (an entry or an import): every row is checked first — the component, the grade against its scale —
 * and nothing is written when one is wrong (422 naming the row).
 */
export async function saveResults(tx: Tx, actor: Actor, laId: string, results: TranscriptResultInput[]) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'receiving')
  const transcript = await transcriptOf(tx, laId) ?? { id: await startTranscript(tx, actor, laId), state: 'draft' as const, version_id: (await latestSignedVersion(tx, laId))!.id }
  if (transcript.state === 'issued') fail(409, 'recognition.errors.issued')
  const hostLines = await tx.selectFrom('learning_agreement_components').select(['id', 'code'])
    .where('version_id', '=', transcript.version_id).where('side', '=', 'host').execute()
  const scales = await tx.selectFrom('grading_scales').select('id').where('institution_id', '=', la.receiving_institution_id).execute()
  const scaleIds = new Set(scales.map(s => s.id))
  const grades = scales.length ? await tx.selectFrom('grading_scale_grades').select(['scale_id', 'value']).where('scale_id', 'in', [...scaleIds]).execute() : []
  const known = new Set(grades.map(g => `${g.scale_id}\u0000${g.value}`))
  const rows = results.map((r, i) => {
    const line = hostLines.find(l => (r.componentId ? l.id === r.componentId : l.code.toLowerCase() === r.code?.toLowerCase()))
    if (!line) return badField(`results.${i}.code`, 'unknown_component')
    if (r.grade && !scaleIds.has(r.grade.scaleId)) return badField(`results.${i}.grade.scaleId`, 'other_scale')
    if (r.grade && !known.has(`${r.grade.scaleId}\u0000${r.grade.value}`)) return badField(`results.${i}.grade.value`, 'unknown_grade')
    return { componentId: line.id, ...r }
  })
  if (new Set(rows.map(r => r.componentId)).size !== rows.length) badField('results', 'duplicate')
  for (const r of rows) {
    const values = { status: r.status, grade_scale_id: r.grade?.scaleId ?? null, grade_value: r.grade?.value ?? null, credits: r.credits }
    const updated = await tx.updateTable('transcript_results').set(values)
      .where('transcript_id', '=', transcript.id).where('component_id', '=', r.componentId).executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) {
      await tx.insertInto('transcript_results').values({ ...values, transcript_id: transcript.id, component_id: r.componentId, entered_by: actor.id }).execute()
    }
  }
}

/** The receiving office issues the transcript (a result for every host line); from then on it is locked. */
export async function issueTranscript(tx: Tx, actor: Actor, laId: string) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'receiving')
  const transcript = await transcriptOf(tx, laId)
  if (!transcript) fail(409, 'recognition.errors.noTranscript')
  if (transcript.state === 'issued') fail(409, 'recognition.errors.issued')
  const missing = await tx.selectFrom('learning_agreement_components as c').select('c.code')
    .where('c.version_id', '=', transcript.version_id).where('c.side', '=', 'host')
    .where(eb => eb.not(eb.exists(eb.selectFrom('transcript_results as r').select('r.id').whereRef('r.component_id', '=', 'c.id').where('r.transcript_id', '=', transcript.id))))
    .execute()
  if (missing.length) fail(409, 'recognition.errors.resultsMissing', { codes: missing.map(m => m.code).join(', ') })
  await tx.updateTable('transcripts').set({ state: 'issued' }).where('id', '=', transcript.id).execute()
  await tellParties(tx, la, 'recognition.transcriptIssued', {}, ['student', 'sending'])
}

/** The student shows (or hides) a failed result to the home office. */
export async function shareResult(tx: Tx, actor: Actor, laId: string, resultId: string, shared: boolean) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'student')
  const changed = await tx.updateTable('transcript_results').set({ shared_with_home: shared }).where('id', '=', resultId)
    .where('transcript_id', 'in', tx.selectFrom('transcripts').select('id').where('learning_agreement_id', '=', laId)).executeTakeFirst()
  if (Number(changed.numUpdatedRows) === 0) fail(404, 'errors.notFound')
}

/** The host lines recognized as a home line: the same recognition group (a line without a group stands alone). */
function hostLinesFor<T extends { side: string; recognition_group: string | null }>(lines: T[], home: T): T[] {
  if (!home.recognition_group) return []
  return lines.filter(l => l.side === 'host' && l.recognition_group === home.recognition_group)
}

async function decisionContext(tx: Tx, laId: string, homeComponentId: string) {
  const transcript = await transcriptOf(tx, laId)
  if (!transcript || transcript.state !== 'issued') fail(409, 'recognition.errors.notIssued')
  const lines = await tx.selectFrom('learning_agreement_components').selectAll().where('version_id', '=', transcript.version_id).execute()
  const home = lines.find(l => l.id === homeComponentId && l.side === 'home')
  if (!home) return badField('homeComponentId', 'unknown_component')
  const hosts = hostLinesFor(lines, home)
  const results = hosts.length
    ? await tx.selectFrom('transcript_results').selectAll().where('transcript_id', '=', transcript.id).where('component_id', 'in', hosts.map(h => h.id)).execute()
    : []
  return { transcript, home, hosts, results }
}

/** Credits after conversion from the host's rule to the home's rule, kept with the rule versions used. */
async function convertAndKeep(tx: Tx, la: La, credits: number) {
  const hostRule = await currentRule(tx, la.receiving_institution_id)
  if (!hostRule) fail(409, 'recognition.errors.noHostRule')
  const result = await previewConversion(tx, la.sending_institution_id, {
    credits, sourceVersionId: hostRule.rule.system_version_id, sourceInstitutionId: la.receiving_institution_id,
    workloadHours: null, contactHours: null, kind: null,
  })
  const conversionId = await recordConversion(tx, la.sending_institution_id, credits, result)
  return { conversionId, credits: result.credits }
}

type Ctx = Awaited<ReturnType<typeof decisionContext>>
type Result = Ctx['results'][number]

/**
 * The home grade of a decision: every passed result's grade converted with the chosen method, then combined by the
 * credit-weighted mean of the converted grades' positions on the home scale (shared/recognition/grade-combination.ts).
 * The parts are kept when several courses were combined; a part without a converted grade leaves no grade ('noTable').
 */
async function combinedGrade(tx: Tx, ctx: Ctx, passed: Result[], method: Exclude<DecisionInput, { outcome: 'not_recognized' }>['gradeMethod']) {
  if ('none' in method) return { grade: null, gradeNote: method.none as string, parts: [] }
  const graded = passed.filter(r => r.grade_scale_id && r.grade_value)
  if (!graded.length) return { grade: null, gradeNote: 'notGraded', parts: [] }
  const parts: GradePart[] = []
  let scaleId: string | null = null
  for (const r of graded) {
    const from = { scaleId: r.grade_scale_id!, value: r.grade_value! }
    const answer = await convertGrade(tx, { grade: from, ...method } as never)
    scaleId ??= answer.to?.scaleId ?? null
    parts.push({ code: ctx.hosts.find(h => h.id === r.component_id)?.code ?? '', credits: Number(r.credits), from, to: answer.to?.value ?? null })
  }
  const combined = scaleId ? combineGrades(parts, await gradesOf(tx, scaleId)) : { value: null }
  return { grade: scaleId && combined.value ? { scaleId, value: combined.value } : null, gradeNote: combined.value ? null : 'noTable', parts }
}

async function decisionValues(tx: Tx, la: La, ctx: Awaited<ReturnType<typeof decisionContext>>, decision: DecisionInput) {
  if (decision.outcome === 'not_recognized') {
    return {
      outcome: decision.outcome as RecognitionOutcome, recognized_code: null, recognized_title: null, credits: null, conversion_id: null,
      grade_scale_id: null, grade_value: null, grade_note: null, grade_parts: null,
      justification: JSON.stringify(decision.justification), justification_language: decision.justificationLanguage,
    }
  }
  const passed = ctx.results.filter(r => r.status === 'passed')
  if (!passed.length) fail(409, 'recognition.errors.nothingPassed')
  const hostCredits = passed.reduce((sum, r) => sum + Number(r.credits), 0)
  const { conversionId, credits } = await convertAndKeep(tx, la, hostCredits)
  const { grade, gradeNote, parts } = await combinedGrade(tx, ctx, passed, decision.gradeMethod)
  return {
    outcome: decision.outcome as RecognitionOutcome, recognized_code: ctx.home.code, recognized_title: JSON.stringify(ctx.home.title),
    credits, conversion_id: conversionId, grade_scale_id: grade?.scaleId ?? null, grade_value: grade?.value ?? null, grade_note: gradeNote,
    grade_parts: parts.length > 1 ? JSON.stringify(parts) : null, justification: null, justification_language: null,
  }
}

/** The sending office decides on a home line: recognized (credits converted, the trail kept) or refused with a justification. */
export async function decide(tx: Tx, actor: Actor, laId: string, homeComponentId: string, decision: DecisionInput) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'sending')
  const ctx = await decisionContext(tx, laId, homeComponentId)
  let row = await tx.selectFrom('recognition_decisions').select(['id', 'state']).where('home_component_id', '=', homeComponentId).forUpdate().executeTakeFirst()
  if (row && row.state !== 'pending') fail(409, 'recognition.errors.decided')
  if (!row) {
    row = await tx.insertInto('recognition_decisions').values({ learning_agreement_id: laId, home_component_id: homeComponentId, created_by: actor.id })
      .returning(['id', 'state']).executeTakeFirstOrThrow()
  }
  const values = await decisionValues(tx, la, ctx, decision)
  await tx.updateTable('recognition_decisions').set({ ...values, state: decision.outcome === 'not_recognized' ? 'refused' : 'recognized' })
    .where('id', '=', row.id).execute()
  const state = { key: `recognition.states.${decision.outcome === 'not_recognized' ? 'refused' : 'recognized'}` }
  await tellParties(tx, la, 'recognition.decided', { code: ctx.home.code, state }, ['student'])
  return row.id
}

async function findDecision(tx: Tx, laId: string, decisionId: string) {
  const row = await tx.selectFrom('recognition_decisions').selectAll().where('id', '=', decisionId).where('learning_agreement_id', '=', laId).forUpdate().executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

async function homeCode(tx: Tx, componentId: string) {
  const line = await tx.selectFrom('learning_agreement_components').select('code').where('id', '=', componentId).executeTakeFirst()
  return line?.code ?? ''
}

/** The student appeals a decision once, with a comment. */
export async function appeal(tx: Tx, actor: Actor, laId: string, decisionId: string, comment: string) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'student')
  const row = await findDecision(tx, laId, decisionId)
  if (row.appealed_at) fail(409, 'recognition.errors.appealedOnce')
  if (row.state !== 'recognized' && row.state !== 'refused') fail(409, 'recognition.errors.notAppealable')
  await tx.updateTable('recognition_decisions').set({ state: 'appealed', appeal_comment: comment }).where('id', '=', row.id).execute()
  await tellParties(tx, la, 'recognition.appealed', { code: await homeCode(tx, row.home_component_id), comment }, ['sending'])
}

/** The sending office answers an appeal: upheld as it was, or revised with a new decision. */
export async function resolveAppeal(tx: Tx, actor: Actor, laId: string, decisionId: string, input: ResolveAppealInput) {
  const la = await findLearningAgreement(tx, laId)
  await requireParty(tx, actor, la, 'sending')
  const row = await findDecision(tx, laId, decisionId)
  if (row.state !== 'appealed') fail(409, 'recognition.errors.notAppealed')
  if (input.result === 'upheld') {
    await tx.updateTable('recognition_decisions').set({ state: 'upheld', resolution_comment: input.comment }).where('id', '=', row.id).execute()
    return tellResolved(tx, la, row.home_component_id, input)
  }
  const ctx = await decisionContext(tx, laId, row.home_component_id)
  const values = await decisionValues(tx, la, ctx, input.decision!)
  await tx.updateTable('recognition_decisions').set({ ...values, state: 'revised', resolution_comment: input.comment }).where('id', '=', row.id).execute()
  await tellResolved(tx, la, row.home_component_id, input)
}

/** Tells the student how their appeal was answered (upheld or revised), with the office's comment. */
async function tellResolved(tx: Tx, la: La, homeComponentId: string, input: ResolveAppealInput) {
  const params = { code: await homeCode(tx, homeComponentId), state: { key: `recognition.states.${input.result}` }, comment: input.comment }
  await tellParties(tx, la, 'recognition.appealResolved', params, ['student'])
}

type DecisionRow = Awaited<ReturnType<typeof findDecision>>

interface KeptConversion {
  trail: unknown
  sourceVersionId: string
  targetVersionId: string
  sourceRuleId: string | null
  targetRuleId: string | null
  credits: number
}

async function conversionsOf(tx: Tx, ids: string[]) {
  if (!ids.length) return new Map<string, KeptConversion>()
  // Named only by decisions the reader can see (RLS chose them): the student and the host office read their trails too.
  const rows = await elevated(tx, 'recognition: the conversion trail of a visible decision', svc => svc.selectFrom('credit_conversions').selectAll().where('id', 'in', ids).execute())
  return new Map(rows.map(r => [r.id, {
    trail: r.trail, sourceVersionId: r.source_version_id, targetVersionId: r.target_version_id,
    sourceRuleId: r.source_rule_id, targetRuleId: r.target_rule_id, credits: Number(r.credits),
  }]))
}

function decisionView(d: DecisionRow, names: Map<string, string>, conversions: Awaited<ReturnType<typeof conversionsOf>>) {
  return {
    id: d.id, homeComponentId: d.home_component_id, state: d.state, outcome: d.outcome, recognizedCode: d.recognized_code,
    recognizedTitle: d.recognized_title, credits: num(d.credits),
    conversion: d.conversion_id ? conversions.get(d.conversion_id) ?? null : null,
    grade: d.grade_scale_id && d.grade_value ? { scaleId: d.grade_scale_id, value: d.grade_value } : null, gradeNote: d.grade_note,
    gradeParts: d.grade_parts, homeProgramme: d.home_programme, justification: d.justification, justificationLanguage: d.justification_language,
    decidedBy: d.decided_by ? names.get(d.decided_by) ?? null : null, decidedAt: d.decided_at,
    appealComment: d.appeal_comment, appealedAt: d.appealed_at, resolutionComment: d.resolution_comment, resolvedAt: d.resolved_at,
  }
}

/** Totals per mobility (the indicators read the same view). */
export async function totalsOf(tx: Tx, laId: string) {
  const row = await tx.selectFrom('recognition_totals').selectAll().where('learning_agreement_id', '=', laId).executeTakeFirst()
  return {
    recognized: num(row?.credits_recognized) ?? 0, refused: num(row?.credits_refused) ?? 0, pending: num(row?.credits_pending) ?? 0,
    componentsRecognized: row?.components_recognized ?? 0, componentsRefused: row?.components_refused ?? 0,
  }
}

/** The transcript and decisions of a learning agreement as the actor may read them, with suggested precedents for the home office. */
export async function getRecognition(tx: Tx, actor: Actor, laId: string) {
  const la = await findLearningAgreement(tx, laId)
  const parties = await partiesOf(tx, actor, la)
  if (!parties.length) fail(404, 'errors.notFound')
  const transcript = await transcriptOf(tx, laId)
  const version = transcript ? { id: transcript.version_id } : await latestSignedVersion(tx, laId)
  const lines = version ? await tx.selectFrom('learning_agreement_components').selectAll().where('version_id', '=', version.id).orderBy('side').orderBy('position').execute() : []
  const results = transcript ? await tx.selectFrom('transcript_results').selectAll().where('transcript_id', '=', transcript.id).execute() : []
  const decisions = await tx.selectFrom('recognition_decisions').selectAll().where('learning_agreement_id', '=', laId).execute()
  const names = await displayNames(tx, [...decisions.flatMap(d => (d.decided_by ? [d.decided_by] : [])), ...(transcript?.issued_by ? [transcript.issued_by] : [])], 'recognition: who decided')
  const conversions = await conversionsOf(tx, decisions.flatMap(d => (d.conversion_id ? [d.conversion_id] : [])))
  const isSending = parties.includes('sending')
  const home = []
  for (const l of lines.filter(x => x.side === 'home')) {
    const d = decisions.find(x => x.home_component_id === l.id)
    const hosts = hostLinesFor(lines, l)
    let suggested: Awaited<ReturnType<typeof precedents>> = []
    if (isSending && (!d || d.state === 'pending')) {
      for (const h of hosts) {
        const options = { excludeLa: laId, programme: la.home_programme }
        suggested.push(...await precedents(tx, la.sending_institution_id, courseOf(h, la.receiving_institution_id), options))
      }
      // Same programme first across the host lines, then the newest.
      suggested = suggested.filter((p, i, all) => all.findIndex(x => x.decisionId === p.decisionId) === i)
        .sort((a, b) => Number(b.sameProgramme) - Number(a.sameProgramme) || (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0))
        .slice(0, 5)
    }
    home.push({
      id: l.id, code: l.code, title: l.title, credits: num(l.credits), creditLabel: l.credit_label, recognitionGroup: l.recognition_group,
      hostComponentIds: hosts.map(h => h.id), decision: d ? decisionView(d, names, conversions) : null, precedents: suggested,
    })
  }
  return {
    learningAgreementId: laId, parties, homeProgramme: la.home_programme,
    homeInstitutionId: la.sending_institution_id, hostInstitutionId: la.receiving_institution_id,
    transcript: transcript
      ? {
          id: transcript.id, state: transcript.state, issuedAt: transcript.issued_at,
          issuedBy: transcript.issued_by ? names.get(transcript.issued_by) ?? null : null,
        }
      : null,
    host: lines.filter(l => l.side === 'host').map((l) => {
      const r = results.find(x => x.component_id === l.id)
      return {
        id: l.id, code: l.code, title: l.title, credits: num(l.credits), creditLabel: l.credit_label, courseUnitId: l.course_unit_id,
        recognitionGroup: l.recognition_group,
        result: r
          ? {
              id: r.id, status: r.status, grade: r.grade_scale_id && r.grade_value ? { scaleId: r.grade_scale_id, value: r.grade_value } : null,
              credits: num(r.credits), shared: r.shared_with_home,
            }
          : null,
      }
    }),
    home,
    totals: await totalsOf(tx, laId),
    hostScales: parties.includes('receiving') ? await tx.selectFrom('grading_scales').select(['id', 'name']).where('institution_id', '=', la.receiving_institution_id).execute() : [],
    // Fixed grade tables from the host's scales the home office may use (RLS: the institution and its partners).
    gradeTables: isSending
      ? await tx.selectFrom('grade_conversion_tables as g').innerJoin('grading_scales as s', 's.id', 'g.from_scale_id')
          .select(['g.id', 'g.note']).where('s.institution_id', '=', la.receiving_institution_id).execute()
      : [],
    permissions: {
      enterResults: parties.includes('receiving') && !!version && transcript?.state !== 'issued',
      decide: isSending && transcript?.state === 'issued',
      share: parties.includes('student'),
      appeal: parties.includes('student'),
    },
  }
}
