import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { saveCreditRule } from '../../server/domain/credits/credits'
import { createConversionTable, createScale } from '../../server/domain/credits/grades'
import { getLearningAgreement } from '../../server/domain/learning-agreements/learning-agreements'
import { createLearningAgreement, editDraft, proposeVersion, signVersion, startVersion } from '../../server/domain/learning-agreements/steps'
import {
  appeal, decide, getRecognition, issueTranscript, resolveAppeal, saveResults, shareResult,
} from '../../server/domain/recognition/recognition'
import { precedents } from '../../server/domain/recognition/precedents'
import { importTranscript } from '../../server/domain/recognition/transcript-import'
import { translate } from '../../server/i18n/messages'
import { RECOGNITION_TRANSITIONS } from '../../shared/recognition/lifecycle'
import { STAFF_ROLES } from '../../shared/roles'
import type { LearningAgreementComponent } from '../../shared/schemas/learning-agreements'
import { creditRuleSchema, gradeConversionTableSchema, gradingScaleSchema } from '../../shared/schemas/credits'
import { decisionSchema, transcriptResultSchema } from '../../shared/schemas/recognition'
import { loadLocaleFiles } from './agreement-fixtures'
import { createPerson, freshDatabase } from './helpers'
import { applicationIn, openExchange, type Exchange } from './mobility-fixtures'
import { createSecretariat, personWithRole, probeAs, rowsChanged } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let ex: Exchange, outsider: Actor, classmate: Actor, otherOffice: Actor, secretariat: Actor
let hostScale: string, homeScale: string, gradeTable: string, homeRuleV1: string
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  ex = await openExchange(db, 30)
  outsider = await createPerson(db, 'outsider')
  classmate = await personWithRole(db, 'classmate', ex.home, 'student')
  otherOffice = await personWithRole(db, 'other-office', (await openExchange(db, 1)).home, 'office_staff')
  secretariat = await createSecretariat(db)
  const versions = await asUser(db, null, tx => tx.selectFrom('credit_system_versions').select(['id', 'system_id']).execute())
  const v = (s: string) => versions.find(x => x.system_id === s)!.id
  // Host: Chinese credits at 32 h; home: Cambodian credits at 45 h, nearest 0.5 (docs/credits.md's worked example).
  await asUser(db, ex.hostOffice, tx => saveCreditRule(tx, ex.host, creditRuleSchema.parse({ systemVersionId: v('cn_credit'), factorOverride: 32, rounding: 'nearest_0_5' })))
  homeRuleV1 = await asUser(db, ex.homeOffice, tx => saveCreditRule(tx, ex.home, creditRuleSchema.parse({ systemVersionId: v('kh_credit'), factorOverride: 45, rounding: 'nearest_0_5' })))
  const letters = (name: string) => gradingScaleSchema.parse({ name: { en: name }, grades: [
    { value: 'A', passing: true }, { value: 'B', passing: true }, { value: 'C', passing: true }, { value: 'F', passing: false }] })
  hostScale = await asUser(db, ex.hostOffice, tx => createScale(tx, ex.host, letters('Host letters')))
  homeScale = await asUser(db, ex.homeOffice, tx => createScale(tx, ex.home, letters('Home letters')))
  gradeTable = await asUser(db, ex.homeOffice, tx => createConversionTable(tx, ex.home, gradeConversionTableSchema.parse({
    fromScaleId: hostScale, toScaleId: homeScale, rows: [{ fromValue: 'A', toValue: 'B' }, { fromValue: 'B', toValue: 'C' }, { fromValue: 'C', toValue: 'C' }] })))
})
afterAll(() => handle.close())

const line = (side: 'host' | 'home', code: string, credits: number, group: string): LearningAgreementComponent => ({
  side, code, title: { en: `Course ${code}`, km: `មុខវិជ្ជា ${code}` }, credits, creditLabel: side === 'host' ? 'CN credits' : 'KH credits',
  term: '2027 spring', recognitionGroup: group, courseUnitId: null,
})
const LINES = [line('host', 'ROB101', 3, 'A'), line('host', 'PLC201', 2, 'B'), line('host', 'NET301', 2, 'C'),
  line('home', 'MEC310', 2, 'A'), line('home', 'ELC220', 1.5, 'B'), line('home', 'NET999', 1.5, 'C')]

/** A nominated student's learning agreement with LINES (or others), of a home programme or none, signed by all three. */
async function signed(name: string, lines = LINES, homeProgramme?: string) {
  const app = await applicationIn(db, ex, 'nominated', name)
  const laId = await asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
  await asUser(db, app.student, tx => editDraft(tx, app.student, laId, { version: 1, revision: 1, components: lines, homeProgramme }))
  const { contentHash } = await asUser(db, app.student, tx => proposeVersion(tx, app.student, laId, { version: 1, revision: 2 }))
  const by = { student: app.student, sending: ex.homeOffice, receiving: ex.hostOffice }
  for (const party of ['student', 'sending', 'receiving'] as const) {
    await asUser(db, by[party], tx => signVersion(tx, by[party], laId, { version: 1, party, contentHash: contentHash! }))
  }
  return { ...app, laId }
}
type Signed = Awaited<ReturnType<typeof signed>>
const result = (code: string, status: string, grade: string | null, credits: number) =>
  transcriptResultSchema.parse({ code, status, grade: grade ? { scaleId: hostScale, value: grade } : null, credits })
const RESULTS = () => [result('ROB101', 'passed', 'A', 3), result('PLC201', 'passed', 'B', 2), result('NET301', 'failed', 'F', 0)]
const view = (d: Signed, actor: Actor) => asUser(db, actor, tx => getRecognition(tx, actor, d.laId))
const homeLine = async (d: Signed, code: string) => (await view(d, ex.homeOffice)).home.find(h => h.code === code)!
const status = (error: unknown) => (error as { statusCode?: number }).statusCode
async function refusal(fn: () => Promise<unknown>): Promise<unknown> {
  try { await fn() }
  catch (error) { return error }
  throw new Error('expected a refusal')
}
async function issued(name: string, homeProgramme?: string, lines = LINES, results = RESULTS()) {
  const d = await signed(name, lines, homeProgramme)
  await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, results))
  await asUser(db, ex.hostOffice, tx => issueTranscript(tx, ex.hostOffice, d.laId))
  return d
}
const recognize = (d: Signed, code: string, outcome: 'home_course' | 'free_elective' = 'home_course') => homeLine(d, code).then(h =>
  asUser(db, ex.homeOffice, tx => decide(tx, ex.homeOffice, d.laId, h.id, decisionSchema.parse({ outcome, gradeMethod: { conversionTableId: gradeTable } }))))
const refuse = (d: Signed, code: string) => homeLine(d, code).then(h => asUser(db, ex.homeOffice, tx => decide(tx, ex.homeOffice, d.laId, h.id,
  decisionSchema.parse({ outcome: 'not_recognized', justification: { km: 'មាតិកាមិនត្រូវគ្នាជាមួយមុខវិជ្ជានៅសាលា' }, justificationLanguage: 'km' }))))

describe('transcript of records', () => {
  it('the host office enters results; a bad row (unknown grade, other scale, unknown component) writes nothing (422)', async () => {
    const d = await signed('entered')
    for (const bad of [
      [...RESULTS(), result('ROB101', 'passed', 'Z', 3)].slice(1),
      [result('ROB101', 'passed', 'A', 3), transcriptResultSchema.parse({ code: 'PLC201', status: 'passed', grade: { scaleId: homeScale, value: 'A' }, credits: 2 })],
      [result('ROB101', 'passed', 'A', 3), result('NOPE1', 'passed', 'A', 3)],
    ]) {
      expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, bad)))), JSON.stringify(bad)).toBe(422)
    }
    expect((await view(d, ex.hostOffice)).host.every(h => h.result === null)).toBe(true)
    await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS()))
    const host = (await view(d, d.student)).host
    expect(host.map(h => [h.code, h.result?.status, h.result?.grade?.value, h.result?.credits])).toEqual([
      ['ROB101', 'passed', 'A', 3], ['PLC201', 'passed', 'B', 2], ['NET301', 'failed', 'F', 0]])
  })

  it('only the host office enters results; the student and the home office cannot (service 403, database refuses)', async () => {
    const d = await signed('not-yours')
    for (const actor of [d.student, ex.homeOffice]) {
      expect(status(await refusal(() => asUser(db, actor, tx => saveResults(tx, actor, d.laId, RESULTS()))))).toBe(403)
    }
    await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS()))
    const t = await asService(db, 'test check', tx => tx.selectFrom('transcripts').select(['id', 'version_id']).where('learning_agreement_id', '=', d.laId).executeTakeFirstOrThrow())
    const comp = await asService(db, 'test check', tx => tx.selectFrom('learning_agreement_components').select('id').where('version_id', '=', t.version_id).where('code', '=', 'ROB101').executeTakeFirstOrThrow())
    // The home office writing a result: refused by RLS; the student changing a grade: refused by the guard.
    await expect(probeAs(db, ex.homeOffice, tx => tx.insertInto('transcript_results').values({ transcript_id: t.id, component_id: comp.id, status: 'passed', grade_scale_id: hostScale, grade_value: 'A', credits: 3, entered_by: ex.homeOffice.id }).execute()))
      .rejects.toThrow(/row-level security|receiving office|duplicate/)
    await expect(probeAs(db, d.student, tx => tx.updateTable('transcript_results').set({ grade_value: 'A' }).where('transcript_id', '=', t.id).where('component_id', 'in', [comp.id]).execute()))
      .resolves.toBeDefined()
    await expect(probeAs(db, d.student, tx => tx.updateTable('transcript_results').set({ grade_value: 'B' }).where('transcript_id', '=', t.id).execute()))
      .rejects.toThrow(/receiving office/)
  })

  it('is issued once every host line has a result, then locked (no change, even by the host office)', async () => {
    const d = await signed('issuer')
    await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS().slice(0, 2)))
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => issueTranscript(tx, ex.hostOffice, d.laId))))).toBe(409)
    await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS().slice(2)))
    await asUser(db, ex.hostOffice, tx => issueTranscript(tx, ex.hostOffice, d.laId))
    const t = (await view(d, d.student)).transcript!
    expect(t.state).toBe('issued')
    expect(t.issuedAt).toBeInstanceOf(Date)
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS()))))).toBe(409)
    await expect(probeAs(db, ex.hostOffice, tx => tx.updateTable('transcript_results').set({ grade_value: 'C' }).where('transcript_id', '=', t.id).execute()))
      .rejects.toThrow(/issued transcript never changes/)
    await expect(probeAs(db, ex.hostOffice, tx => tx.updateTable('transcripts').set({ state: 'draft' }).where('id', '=', t.id).execute()))
      .rejects.toThrow(/issued transcript never changes/)
  })

  it('a failed result reaches the home office only when the student shares it (default hidden)', async () => {
    const d = await issued('sharer')
    const seenByHome = async () => (await view(d, ex.homeOffice)).host.filter(h => h.result).map(h => h.code)
    expect(await seenByHome()).toEqual(['ROB101', 'PLC201'])
    const failed = (await view(d, d.student)).host.find(h => h.code === 'NET301')!.result!
    expect(failed.shared).toBe(false)
    // Nobody but the student shares it.
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => shareResult(tx, ex.hostOffice, d.laId, failed.id, true))))).toBe(403)
    await expect(probeAs(db, ex.hostOffice, tx => tx.updateTable('transcript_results').set({ shared_with_home: true }).where('id', '=', failed.id).execute()))
      .rejects.toThrow(/only the student shares/)
    await asUser(db, d.student, tx => shareResult(tx, d.student, d.laId, failed.id, true))
    expect(await seenByHome()).toEqual(['ROB101', 'PLC201', 'NET301'])
    await asUser(db, d.student, tx => shareResult(tx, d.student, d.laId, failed.id, false))
    expect(await seenByHome()).toEqual(['ROB101', 'PLC201'])
  })
})

async function xlsx(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('transcript')
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('transcript import (XLSX)', () => {
  it('one bad row: every error reported in the reader\'s words, nothing written', async () => {
    const d = await signed('import-bad')
    const content = await xlsx([['code', 'status', 'grade', 'credits'], ['ROB101', 'passed', 'A', 3], ['NOPE9', 'passed', 'A', 3],
      ['PLC201', 'excellent', 'Z', -1], ['ROB101', 'failed', 'F', 0]])
    const report = await asUser(db, ex.hostOffice, tx => importTranscript(tx, ex.hostOffice, d.laId, { filename: 't.xlsx', content, scaleId: hostScale, dryRun: false }))
    expect(report.written).toBe(false)
    expect(report.errors.map(e => [e.row, e.column, e.key])).toEqual([
      [3, 'code', 'recognition.import.unknownCode'], [4, 'status', 'recognition.import.badStatus'], [4, 'grade', 'recognition.import.unknownGrade'],
      [4, 'credits', 'recognition.import.badCredits'], [5, 'code', 'recognition.import.duplicateCode']])
    expect(report.errors[0]!.params).toEqual({ code: 'NOPE9' })
    expect((await view(d, ex.hostOffice)).host.every(h => h.result === null)).toBe(true)
  })

  it('a good file fills every host line; the student and the home office cannot import', async () => {
    const d = await signed('import-good')
    const content = await xlsx([['Code', 'Status', 'Grade', 'Credits'], ['rob101', 'passed', 'A', 3], ['PLC201', 'passed', 'B', '2'], ['NET301', 'not taken', '', 0]])
    for (const actor of [d.student, ex.homeOffice]) {
      expect(status(await refusal(() => asUser(db, actor, tx => importTranscript(tx, actor, d.laId, { filename: 't.xlsx', content, scaleId: hostScale, dryRun: false }))))).toBe(403)
    }
    const report = await asUser(db, ex.hostOffice, tx => importTranscript(tx, ex.hostOffice, d.laId, { filename: 't.xlsx', content, scaleId: hostScale, dryRun: false }))
    expect([report.written, report.errors]).toEqual([true, []])
    expect((await view(d, d.student)).host.map(h => [h.code, h.result?.status, h.result?.grade?.value ?? null])).toEqual([
      ['ROB101', 'passed', 'A'], ['PLC201', 'passed', 'B'], ['NET301', 'not_taken', null]])
    // A file that is not a spreadsheet: a translated 4xx, not a 500.
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => importTranscript(tx, ex.hostOffice, d.laId, {
      filename: 't.xlsx', content: Buffer.from('not a workbook').toString('base64'), scaleId: hostScale, dryRun: false }))))).toBeGreaterThanOrEqual(400)
  })
})

describe('recognition decisions', () => {
  it('recognizes with credits converted host rule → home rule, the trail and the rule versions kept, the grade by the fixed table', async () => {
    const d = await issued('recognized')
    await recognize(d, 'MEC310')
    const dec = (await homeLine(d, 'MEC310')).decision!
    // 3 Chinese credits × 32 h = 96 h ÷ 45 h = 2.13 → 2 Cambodian credits (nearest 0.5).
    expect([dec.state, dec.outcome, dec.credits, dec.recognizedCode]).toEqual(['recognized', 'home_course', 2, 'MEC310'])
    expect(dec.conversion!.trail).toMatchObject([{ params: { credits: 3, factor: 32, hours: 96 } }, { params: { hours: 96, factor: 45 } }, {}])
    expect(dec.conversion!.targetRuleId).toBe(homeRuleV1)
    expect(dec.grade).toEqual({ scaleId: homeScale, value: 'B' })
    expect(dec.decidedBy).toBeTruthy()
    // The student reads the same decision with its trail.
    expect((await view(d, d.student)).home.find(h => h.code === 'MEC310')!.decision!.conversion!.trail).toEqual(dec.conversion!.trail)
  })

  it('keeps the rule version after the home institution changes its factor', async () => {
    const d = await issued('kept-version')
    await recognize(d, 'MEC310')
    const versions = await asUser(db, null, tx => tx.selectFrom('credit_system_versions').select(['id']).where('system_id', '=', 'kh_credit').execute())
    await asUser(db, ex.homeOffice, tx => saveCreditRule(tx, ex.home, creditRuleSchema.parse({ systemVersionId: versions[0]!.id, factorOverride: 30, rounding: 'nearest_0_5' })))
    const dec = (await homeLine(d, 'MEC310')).decision!
    expect([dec.credits, dec.conversion!.targetRuleId]).toEqual([2, homeRuleV1])
    await expect(asService(db, 'test: rewrite a used rule', tx => tx.updateTable('institution_credit_rules').set({ factor_override: 20 }).where('id', '=', homeRuleV1).execute()))
      .rejects.toThrow()
    // A later decision uses the new rule: 96 h ÷ 30 h = 3.2 → 3.
    const next = await issued('after-change')
    await recognize(next, 'MEC310')
    expect((await homeLine(next, 'MEC310')).decision!.credits).toBe(3)
    await asUser(db, ex.homeOffice, tx => saveCreditRule(tx, ex.home, creditRuleSchema.parse({ systemVersionId: versions[0]!.id, factorOverride: 45, rounding: 'nearest_0_5' })))
  })

  it('refuses only with a justification, which the student reads in Khmer with its language', async () => {
    const d = await issued('refused')
    const h = await homeLine(d, 'ELC220')
    expect(() => decisionSchema.parse({ outcome: 'not_recognized', justification: {}, justificationLanguage: 'km' })).toThrow()
    const id = await refuse(d, 'ELC220')
    await expect(probeAs(db, ex.homeOffice, tx => tx.updateTable('recognition_decisions').set({ justification: null }).where('id', '=', id).execute()))
      .rejects.toThrow(/changes only by a step/)
    const dec = (await view(d, d.student)).home.find(x => x.id === h.id)!.decision!
    expect([dec.state, dec.outcome, dec.credits, dec.justificationLanguage]).toEqual(['refused', 'not_recognized', null, 'km'])
    expect(dec.justification).toEqual({ km: 'មាតិកាមិនត្រូវគ្នាជាមួយមុខវិជ្ជានៅសាលា' })
    // A second decision on the same line is refused.
    expect(status(await refusal(() => recognize(d, 'ELC220')))).toBe(409)
  })

  it('only the home office decides, and only once the transcript is issued', async () => {
    const d = await signed('early-decision')
    const h = (await view(d, ex.homeOffice)).home.find(x => x.code === 'MEC310')!
    const input = decisionSchema.parse({ outcome: 'free_elective' })
    expect(status(await refusal(() => asUser(db, ex.homeOffice, tx => decide(tx, ex.homeOffice, d.laId, h.id, input))))).toBe(409)
    await expect(probeAs(db, ex.homeOffice, tx => tx.insertInto('recognition_decisions').values({ learning_agreement_id: d.laId, home_component_id: h.id, created_by: ex.homeOffice.id }).execute()))
      .rejects.toThrow(/once the transcript is issued/)
    await asUser(db, ex.hostOffice, tx => saveResults(tx, ex.hostOffice, d.laId, RESULTS()))
    await asUser(db, ex.hostOffice, tx => issueTranscript(tx, ex.hostOffice, d.laId))
    for (const actor of [d.student, ex.hostOffice]) {
      expect(status(await refusal(() => asUser(db, actor, tx => decide(tx, actor, d.laId, h.id, input))))).toBe(403)
      await expect(probeAs(db, actor, tx => tx.insertInto('recognition_decisions').values({ learning_agreement_id: d.laId, home_component_id: h.id, created_by: actor.id }).execute()))
        .rejects.toThrow(/row-level security|sending office/)
    }
  })

  it('the student appeals once with a comment; the home office upholds or revises; a pending step is not skipped', async () => {
    const d = await issued('appealer')
    const id = await refuse(d, 'ELC220')
    // Nobody jumps from refused to revised, nor appeals for the student.
    await expect(probeAs(db, ex.homeOffice, tx => tx.updateTable('recognition_decisions').set({ state: 'revised', resolution_comment: 'x' }).where('id', '=', id).execute()))
      .rejects.toThrow(/cannot go from refused to revised/)
    await expect(probeAs(db, ex.homeOffice, tx => tx.updateTable('recognition_decisions').set({ state: 'appealed', appeal_comment: 'x' }).where('id', '=', id).execute()))
      .rejects.toThrow(/by this person/)
    expect(status(await refusal(() => asUser(db, ex.homeOffice, tx => appeal(tx, ex.homeOffice, d.laId, id, 'please'))))).toBe(403)
    await asUser(db, d.student, tx => appeal(tx, d.student, d.laId, id, 'The syllabus covered the same circuits.'))
    expect(status(await refusal(() => asUser(db, d.student, tx => appeal(tx, d.student, d.laId, id, 'again'))))).toBe(409)
    await asUser(db, ex.homeOffice, tx => resolveAppeal(tx, ex.homeOffice, d.laId, id, { result: 'revised', comment: 'Syllabus checked', decision: decisionSchema.parse({ outcome: 'free_elective' }) }))
    const dec = (await view(d, d.student)).home.find(x => x.code === 'ELC220')!.decision!
    // 2 credits × 32 h = 64 h ÷ 45 h = 1.42 → 1.5.
    expect([dec.state, dec.outcome, dec.credits, dec.appealComment, dec.resolutionComment]).toEqual(['revised', 'free_elective', 1.5, 'The syllabus covered the same circuits.', 'Syllabus checked'])
    // Once answered, no second appeal — in the database either.
    await expect(probeAs(db, d.student, tx => tx.updateTable('recognition_decisions').set({ state: 'appealed', appeal_comment: 'again' }).where('id', '=', id).execute()))
      .rejects.toThrow(/cannot go from revised to appealed/)
    const up = await issued('upheld')
    const upId = await recognize(up, 'MEC310')
    await asUser(db, up.student, tx => appeal(tx, up.student, up.laId, upId, 'Grade B should be A'))
    await asUser(db, ex.homeOffice, tx => resolveAppeal(tx, ex.homeOffice, up.laId, upId, { result: 'upheld', comment: 'The table gives B' }))
    expect((await homeLine(up, 'MEC310')).decision!.state).toBe('upheld')
  })

  it('totals per mobility: credits recognized, refused and pending', async () => {
    const d = await issued('totals')
    expect((await view(d, d.student)).totals).toMatchObject({ recognized: 0, refused: 0, pending: 5 })
    await recognize(d, 'MEC310')
    await refuse(d, 'ELC220')
    expect((await view(d, d.student)).totals).toMatchObject({ recognized: 2, refused: 1.5, pending: 1.5, componentsRecognized: 1, componentsRefused: 1 })
    // An outsider reads no totals through the view.
    expect(await asUser(db, outsider, tx => tx.selectFrom('recognition_totals').selectAll().where('learning_agreement_id', '=', d.laId).execute())).toEqual([])
  })

  it('the next student\'s decision form is offered the precedent: outcome, credits, who decided and when — nothing about the earlier student', async () => {
    const first = await issued('precedent-first')
    await recognize(first, 'MEC310')
    const next = await issued('precedent-next')
    const suggested = (await homeLine(next, 'MEC310')).precedents
    expect(suggested.length).toBeGreaterThanOrEqual(1)
    expect(suggested[0]).toMatchObject({ outcome: 'home_course', credits: 2, hostCode: 'ROB101', homeCode: 'MEC310' })
    expect(suggested[0]!.decidedBy).toBeTruthy()
    expect(suggested[0]!.decidedAt).toBeInstanceOf(Date)
    expect(JSON.stringify(suggested)).not.toContain(first.student.id)
    expect(JSON.stringify(suggested)).not.toContain(first.laId)
    // The precedent library per host course, for the home institution's staff; another office sees none of it.
    const library = await asUser(db, ex.homeOffice, tx => precedents(tx, ex.home, { hostInstitutionId: ex.host, code: 'rob101' }))
    expect(library.length).toBeGreaterThanOrEqual(1)
    expect(await asUser(db, otherOffice, tx => precedents(tx, ex.home, { hostInstitutionId: ex.host, code: 'ROB101' }))).toEqual([])
    // The student's view carries no precedents (they are the office's).
    expect((await view(next, next.student)).home.every(h => h.precedents.length === 0)).toBe(true)
  })

  it('keeps the lifecycle table equal to shared/recognition/lifecycle.ts', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('recognition_transitions').selectAll().execute())
    expect(rows.map(r => `${r.from_state}:${r.to_state}:${r.actor}`).sort()).toEqual(RECOGNITION_TRANSITIONS.map(t => `${t.from}:${t.to}:${t.by}`).sort())
  })

  it('every state change is audited', async () => {
    const d = await issued('audited')
    const id = await refuse(d, 'ELC220')
    await asUser(db, d.student, tx => appeal(tx, d.student, d.laId, id, 'please look again'))
    const states = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string>`after ->> 'state'`.as('state'))
      .where('entity', '=', 'recognition_decisions').where('entity_id', '=', id).orderBy('at').orderBy('id').execute())
    expect(states.map(s => s.state)).toEqual(['pending', 'refused', 'appealed'])
    const transcript = (await view(d, d.student)).transcript!
    const t = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string>`after ->> 'state'`.as('state'))
      .where('entity', '=', 'transcripts').where('entity_id', '=', transcript.id).orderBy('at').orderBy('id').execute())
    expect(t.map(s => s.state)).toEqual(['draft', 'issued'])
  })
})

describe('notices at each recognition step', () => {
  /** Who was told of a step on this learning agreement, and the mail each got: its locale and subject. */
  const told = async (d: Signed, kind: string) => {
    const link = `/mobility/learning-agreement/${d.id}`
    const users = await asService(db, 'test check', tx => tx.selectFrom('notifications').select('user_id').where('kind', '=', kind).where('link', '=', link).execute())
    const mails = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
      .where('template', '=', kind).where('body', 'like', `%${link}%`).execute())
    expect(mails.length).toBe(users.length)
    return { users: users.map(u => u.user_id).sort(), mail: (id: string) => mails.find(m => m.to_user_id === id)! }
  }
  const officeStaff = (institution: string) => asService(db, 'test check', tx => tx.selectFrom('memberships').select('user_id')
    .where('institution_id', '=', institution).where('role', 'in', STAFF_ROLES).execute()).then(r => r.map(x => x.user_id))

  it('each step tells the right party in their own language with a link to the learning agreement, never the one who acted', async () => {
    await asService(db, 'test: the home office reads Thai', tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', ex.homeOffice.id).execute())
    const d = await issued('told')
    await asService(db, 'test: the student reads Khmer', tx => tx.updateTable('profiles').set({ preferred_locale: 'km' }).where('id', '=', d.student.id).execute())
    const home = await officeStaff(ex.home)
    expect(home).toContain(ex.homeOffice.id)

    // Transcript issued (by the host office): the student and the home office, not the host office.
    const issuedTold = await told(d, 'recognition.transcriptIssued')
    expect(issuedTold.users).toEqual([d.student.id, ...home].sort())
    expect(issuedTold.users).not.toContain(ex.hostOffice.id)
    expect(issuedTold.mail(ex.homeOffice.id).locale).toBe('th')

    // A decision (by the home office): the student only, in Khmer, with the course code and the outcome.
    await refuse(d, 'ELC220')
    const decided = await told(d, 'recognition.decided')
    expect(decided.users).toEqual([d.student.id])
    const km = decided.mail(d.student.id)
    expect(km.locale).toBe('km')
    expect(km.subject).toBe(translate('km', 'mail.recognition.decided.subject', { code: 'ELC220', state: translate('km', 'recognition.states.refused') }))
    expect(km.body).toContain(`/km/mobility/learning-agreement/${d.id}`)

    // An appeal (by the student): the home office, in Thai, with the comment.
    const id = (await homeLine(d, 'ELC220')).decision!.id
    await asUser(db, d.student, tx => appeal(tx, d.student, d.laId, id, 'เนื้อหาตรงกับวิชาที่บ้าน'))
    const appealed = await told(d, 'recognition.appealed')
    expect(appealed.users).toEqual(home.sort())
    expect(appealed.mail(ex.homeOffice.id).body).toContain('เนื้อหาตรงกับวิชาที่บ้าน')
    expect(appealed.mail(ex.homeOffice.id).subject).toContain('ELC220')

    // The answer (by the home office): the student, upheld or revised, in Khmer.
    await asUser(db, ex.homeOffice, tx => resolveAppeal(tx, ex.homeOffice, d.laId, id, { result: 'upheld', comment: 'Checked again' }))
    const resolved = await told(d, 'recognition.appealResolved')
    expect(resolved.users).toEqual([d.student.id])
    expect(resolved.mail(d.student.id).subject).toBe(translate('km', 'mail.recognition.appealResolved.subject', { code: 'ELC220', state: translate('km', 'recognition.states.upheld') }))
    expect(resolved.mail(d.student.id).body).toContain('Checked again')
    await asService(db, 'test: the home office reads English again', tx => tx.updateTable('profiles').set({ preferred_locale: 'en' }).where('id', '=', ex.homeOffice.id).execute())
  })

  it('a recognition tells the student it was recognized; the in-app notice keeps the state as a key, read in the reader\'s language', async () => {
    const d = await issued('told-recognized')
    await recognize(d, 'MEC310')
    const row = await asService(db, 'test check', tx => tx.selectFrom('notifications').select(['user_id', 'params'])
      .where('kind', '=', 'recognition.decided').where('link', '=', `/mobility/learning-agreement/${d.id}`).executeTakeFirstOrThrow())
    expect(row.user_id).toBe(d.student.id)
    expect(row.params).toMatchObject({ code: 'MEC310', state: { key: 'recognition.states.recognized' } })
  })
})

describe('home programme, precedents while drafting, several host courses graded as one', () => {
  // A host course no other test decides on, so the precedents here are only these.
  const DYN = [line('host', 'DYN401', 3, 'A'), line('home', 'MEC410', 2, 'A')]
  const DYN_RESULTS = () => [result('DYN401', 'passed', 'A', 3)]
  let mech: Signed, robo: Signed
  beforeAll(async () => {
    mech = await issued('prog-mech', 'BEng Mechatronics', DYN, DYN_RESULTS())
    await recognize(mech, 'MEC410')
    robo = await issued('prog-robo', 'BSc Robotics', DYN, DYN_RESULTS())
    await refuse(robo, 'MEC410')
  })

  it('a decision keeps the programme it was taken for, even after the learning agreement\'s programme changes', async () => {
    const decision = (await homeLine(mech, 'MEC410')).decision!
    expect(decision.homeProgramme).toBe('BEng Mechatronics')
    // Audited like the rest: the snapshot is in the decision's audit row.
    const audited = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string | null>`after ->> 'home_programme'`.as('programme'))
      .where('entity', '=', 'recognition_decisions').where('entity_id', '=', decision.id).orderBy('at').orderBy('id').execute())
    expect(audited.map(a => a.programme)).toEqual([null, 'BEng Mechatronics'])
    await asUser(db, mech.student, tx => startVersion(tx, mech.student, mech.laId, 1))
    await asUser(db, mech.student, tx => editDraft(tx, mech.student, mech.laId, { version: 2, revision: 1, components: DYN, homeProgramme: 'BEng Mechatronics 2027' }))
    expect((await view(mech, mech.student)).homeProgramme).toBe('BEng Mechatronics 2027')
    expect((await homeLine(mech, 'MEC410')).decision!.homeProgramme).toBe('BEng Mechatronics')
    // Nobody writes the snapshot by hand.
    await expect(probeAs(db, ex.homeOffice, tx => tx.updateTable('recognition_decisions').set({ home_programme: 'x' } as never).where('learning_agreement_id', '=', mech.laId).execute()))
      .rejects.toThrow(/permission denied/)
  })

  it('precedents rank the same programme first (case-insensitive), then the newest; the library filters by programme', async () => {
    const course = { hostInstitutionId: ex.host, code: 'dyn401' }
    const rows = (options = {}) => asUser(db, ex.homeOffice, tx => precedents(tx, ex.home, course, options))
    const shape = (r: Awaited<ReturnType<typeof rows>>) => r.map(p => [p.homeProgramme, p.sameProgramme, p.outcome])
    expect(shape(await rows())).toEqual([['BSc Robotics', false, 'not_recognized'], ['BEng Mechatronics', false, 'home_course']])
    expect(shape(await rows({ programme: 'beng mechatronics' }))).toEqual([['BEng Mechatronics', true, 'home_course'], ['BSc Robotics', false, 'not_recognized']])
    expect(shape(await rows({ programme: 'BSc Robotics', onlyProgramme: true }))).toEqual([['BSc Robotics', true, 'not_recognized']])
    // The decision form of the next Mechatronics student: the Mechatronics precedent first, marked.
    const next = await issued('prog-next', 'BEng Mechatronics', DYN, DYN_RESULTS())
    expect((await homeLine(next, 'MEC410')).precedents.map(p => [p.homeProgramme, p.sameProgramme])).toEqual([['BEng Mechatronics', true], ['BSc Robotics', false]])
  })

  it('drafting: the student and the sending office are offered the earlier decisions per host course — no student identity; the receiving office is not', async () => {
    const app = await applicationIn(db, ex, 'nominated', 'prog-drafting')
    const laId = await asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
    await asUser(db, app.student, tx => editDraft(tx, app.student, laId, { version: 1, revision: 1, components: [...DYN, line('host', 'NEW999', 1, 'B')], homeProgramme: 'BEng Mechatronics' }))
    // RLS hides the earlier students' decisions from this student: they come through the narrow elevated read.
    expect(await asUser(db, app.student, tx => tx.selectFrom('recognition_decisions').select('id').where('learning_agreement_id', 'in', [mech.laId, robo.laId]).execute())).toEqual([])
    const offered = async (actor: Actor) => (await asUser(db, actor, tx => getLearningAgreement(tx, actor, laId))).precedents
    for (const actor of [app.student, ex.homeOffice]) {
      const p = await offered(actor)
      expect(p.DYN401!.map(x => [x.sameProgramme, x.outcome, x.recognizedCode, x.credits, x.homeProgramme])).toEqual([
        [true, 'home_course', 'MEC410', 2, 'BEng Mechatronics'], [false, 'not_recognized', null, null, 'BSc Robotics']])
      expect(p.DYN401![0]!.decidedBy).toBeTruthy()
      expect(p.DYN401![0]!.decidedAt).toBeInstanceOf(Date)
      expect(p.NEW999).toEqual([])
      const ids = await asService(db, 'test check', tx => tx.selectFrom('recognition_decisions').select('id').where('learning_agreement_id', 'in', [mech.laId, robo.laId]).execute())
      const text = JSON.stringify(p)
      for (const secret of [mech.student.id, robo.student.id, mech.laId, robo.laId, mech.id, robo.id, ...ids.map(i => i.id)]) expect(text).not.toContain(secret)
      expect(Object.keys(p.DYN401![0]!).sort()).toEqual(['credits', 'decidedAt', 'decidedBy', 'grade', 'homeProgramme', 'outcome', 'recognizedCode', 'recognizedTitle', 'sameProgramme', 'state'])
    }
    expect(await offered(ex.hostOffice)).toEqual({})
  })

  it('several host courses for one home line: every grade converted, combined by credit-weighted position', async () => {
    const MULTI = [line('host', 'CAD102', 2, 'A'), line('host', 'ROB101', 3, 'A'), line('home', 'MEC310', 4, 'A')]
    const d = await issued('multi-grade', undefined, MULTI, [result('CAD102', 'passed', 'A', 2), result('ROB101', 'passed', 'B', 3)])
    await recognize(d, 'MEC310')
    const dec = (await homeLine(d, 'MEC310')).decision!
    // The table gives A → B (position 2) and B → C (position 3): (2 × 2 + 3 × 3) ÷ 5 = 2.6 → C (equal weights would give 2.5 → B).
    expect(dec.grade).toEqual({ scaleId: homeScale, value: 'C' })
    expect([...dec.gradeParts!].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: 'CAD102', credits: 2, from: { scaleId: hostScale, value: 'A' }, to: 'B' },
      { code: 'ROB101', credits: 3, from: { scaleId: hostScale, value: 'B' }, to: 'C' }])
    // 5 Chinese credits × 32 h = 160 h ÷ 45 h = 3.56 → 3.5.
    expect(dec.credits).toBe(3.5)
    // One course alone keeps no parts; an appeal cannot rewrite them.
    expect((await homeLine(mech, 'MEC410')).decision!.gradeParts).toBeNull()
    await expect(probeAs(db, d.student, tx => tx.updateTable('recognition_decisions').set({ state: 'appealed', appeal_comment: 'x', grade_parts: '[]' })
      .where('id', '=', dec.id).execute())).rejects.toThrow(/grade parts change only with a decision/)
  })
})

describe('recognition RLS: the student and the two offices only', () => {
  let d: Signed
  beforeAll(async () => {
    d = await issued('rls')
    await refuse(d, 'ELC220')
  })
  const counts = (actor: Actor | null) => asUser(db, actor, (tx: Tx) => Promise.all([
    tx.selectFrom('transcripts').select('id').where('learning_agreement_id', '=', d.laId).execute(),
    tx.selectFrom('transcript_results').select('id').where('transcript_id', 'in', tx.selectFrom('transcripts').select('id').where('learning_agreement_id', '=', d.laId)).execute(),
    tx.selectFrom('recognition_decisions').select('id').where('learning_agreement_id', '=', d.laId).execute(),
  ])).then(rs => rs.map(r => r.length))

  it('select: student all, host office all, home office the issued results but the unshared failure, others nothing', async () => {
    expect(await counts(d.student)).toEqual([1, 3, 1])
    expect(await counts(ex.hostOffice)).toEqual([1, 3, 1])
    expect(await counts(ex.homeOffice)).toEqual([1, 2, 1])
    for (const a of [outsider, classmate, otherOffice, secretariat, null]) expect(await counts(a)).toEqual([0, 0, 0])
  })

  it('insert, update, delete: refused to anyone who is not the party the step belongs to', async () => {
    const t = (await view(d, d.student)).transcript!
    for (const a of [outsider, classmate, otherOffice, secretariat]) {
      await expect(probeAs(db, a, tx => tx.insertInto('transcripts').values({ learning_agreement_id: d.laId, version_id: t.id, created_by: a.id }).execute()))
        .rejects.toThrow(/row-level security|receiving office/)
      expect(rowsChanged(await probeAs(db, a, tx => tx.updateTable('transcript_results').set({ shared_with_home: true }).where('transcript_id', '=', t.id).executeTakeFirst()))).toBe(0)
      expect(rowsChanged(await probeAs(db, a, tx => tx.deleteFrom('transcript_results').where('transcript_id', '=', t.id).executeTakeFirst()))).toBe(0)
      expect(rowsChanged(await probeAs(db, a, tx => tx.updateTable('recognition_decisions').set({ state: 'appealed', appeal_comment: 'x' }).where('learning_agreement_id', '=', d.laId).executeTakeFirst()))).toBe(0)
    }
    await expect(probeAs(db, ex.homeOffice, tx => tx.deleteFrom('recognition_decisions').where('learning_agreement_id', '=', d.laId).execute()))
      .rejects.toThrow(/permission denied/)
    await expect(probeAs(db, ex.hostOffice, tx => tx.deleteFrom('transcript_results').where('transcript_id', '=', t.id).execute()))
      .rejects.toThrow(/issued transcript never changes/)
  })
})
