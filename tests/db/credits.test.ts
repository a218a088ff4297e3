import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { currentRule, listCreditSystems, previewConversion, recordConversion, saveCreditRule } from '../../server/domain/credits/credits'
import { convertGrade, createConversionTable, createGradingTable, createScale } from '../../server/domain/credits/grades'
import { conversionPreviewSchema, creditRuleSchema, gradeConversionTableSchema, gradingScaleSchema, gradingTableSchema } from '../../shared/schemas/credits'
import { LOCALE_CODES } from '../../shared/locales'
import { createInstitutionRow, freshDatabase } from './helpers'
import { PERMISSION_DENIED, RLS_VIOLATION, attemptAndRollBack, createSecretariat, personWithRole, probeAs, rowsChanged } from './rls-fixtures'
import { draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
// home: our institution (its office, its student); partner: an agreement in force with home; pending: a draft agreement
// with home only; outsider: no agreement at all.
let home: string, partner: string, pending: string, outsider: string
let office: Actor, partnerStaff: Actor, pendingStaff: Actor, outsiderStaff: Actor, student: Actor, secretariat: Actor
const versionIds: Record<string, string> = {}

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  const setup = await partiesWithStaff(db, 2)
  ;[home, partner] = setup.institutionIds as [string, string]
  ;[office, partnerStaff] = setup.staff as [Actor, Actor]
  const active = await draftAgreement(db, setup)
  await asService(db, 'test: agreement in force', tx => tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', active).execute())
  pending = await createInstitutionRow(db)
  pendingStaff = await personWithRole(db, 'pending-staff', pending, 'office_staff')
  await draftAgreement(db, { institutionIds: [home, pending], staff: [office, pendingStaff] })
  outsider = await createInstitutionRow(db)
  outsiderStaff = await personWithRole(db, 'outsider-staff', outsider, 'office_staff')
  student = await personWithRole(db, 'student', home, 'student')
  secretariat = await createSecretariat(db)
  const rows = await asUser(db, null, tx => tx.selectFrom('credit_system_versions').select(['id', 'system_id', 'version']).execute())
  for (const r of rows) versionIds[`${r.system_id}@${r.version}`] = r.id
})
afterAll(() => handle.close())

const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const rule = (system: string, factorOverride: number | null, rounding = 'nearest_0_5', decimals = 1) =>
  creditRuleSchema.parse({ systemVersionId: versionIds[system], factorOverride, rounding, decimals })
const preview = (institution: string, input: Record<string, unknown>) =>
  probe(office, tx => previewConversion(tx, institution, conversionPreviewSchema.parse(input)))

describe('the registry the migration seeds', () => {
  it('has every system with a version and a source; Indonesia has two versions (2020: 45.33 h, 2023: 45 h)', async () => {
    const systems = await asUser(db, null, tx => listCreditSystems(tx))
    expect(systems.map(s => s.id)).toEqual(['ects', 'vn_tin_chi', 'th_credit', 'my_credit', 'ph_unit', 'id_sks', 'cn_credit', 'kh_credit', 'la_credit', 'mm_credit', 'acts', 'aims'])
    for (const s of systems) expect(s.versions[0]!.source.length, s.id).toBeGreaterThan(10)
    expect(systems.find(s => s.id === 'id_sks')!.versions.map(v => [v.version, v.workloadHours])).toEqual([[2, 45], [1, 45.33]])
    expect(systems.filter(s => s.perInstitution).map(s => s.id)).toEqual(['cn_credit', 'kh_credit', 'la_credit', 'mm_credit', 'acts', 'aims'])
    expect(systems.find(s => s.id === 'my_credit')!.versions[0]!.variants).toEqual({ industrial_training: 80 })
  })
  it('Cambodia, Laos and Myanmar are per-institution systems with no hour figure and an honest source', async () => {
    const systems = await asUser(db, null, tx => listCreditSystems(tx))
    for (const [id, country] of [['kh_credit', 'KH'], ['la_credit', 'LA'], ['mm_credit', 'MM']] as const) {
      const s = systems.find(x => x.id === id)!
      expect([s.country, s.perInstitution, s.versions.length, s.versions[0]!.workloadHours], id).toEqual([country, true, 1, null])
      expect(s.versions[0]!.source, id).toMatch(/^No national figure assumed by the portal/)
    }
    const positions = await asUser(db, null, tx => tx.selectFrom('credit_systems').select('position').execute())
    expect(new Set(positions.map(p => p.position)).size).toBe(positions.length)
  })
  it('every system name and every version summary is in all ten languages; zh, th, km, lo and my are not English', async () => {
    const systems = await asUser(db, null, tx => listCreditSystems(tx))
    const texts = systems.flatMap(s => [
      [`${s.id} name`, s.name as Record<string, string>] as const,
      ...s.versions.map(v => [`${s.id}@${v.version} summary`, v.summary as Record<string, string>] as const),
    ])
    expect(texts.length).toBe(12 + 13)
    for (const [what, text] of texts) {
      expect(Object.keys(text).sort(), what).toEqual([...LOCALE_CODES].sort())
      for (const code of LOCALE_CODES) expect(text[code]?.trim(), `${what} ${code}`).toBeTruthy()
      for (const code of ['zh', 'th', 'km', 'lo', 'my'] as const) expect(text[code], `${what} ${code}`).not.toBe(text.en)
    }
  })
  it('is written by the secretariat only', async () => {
    const add = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('credit_system_versions').values({ system_id: 'ects', version: 2, workload_hours: 30, source: 'A later guide' }).execute())
    expect((await add(office)).message).toMatch(RLS_VIOLATION)
    expect((await add(secretariat)).message).toMatch(/succeeded/)
  })
})

describe('conversion figures through the database, one hand-worked example per system (home converts into ECTS at 30 h)', () => {
  beforeAll(async () => {
    await asUser(db, office, tx => saveCreditRule(tx, home, rule('ects@1', 30)))
  })
  it.each([
    // credits, system, hours = credits × factor, ÷ 30, nearest 0.5
    [3, 'vn_tin_chi@1', 150, 5], // 3 × 50 = 150 ÷ 30 = 5 → 5
    [3, 'th_credit@1', 135, 4.5], // 3 × 45 = 135 ÷ 30 = 4.5 → 4.5
    [4, 'my_credit@1', 160, 5.5], // 4 × 40 = 160 ÷ 30 = 5.33 → 5.5
    [3, 'ph_unit@1', 144, 5], // 3 × 48 = 144 ÷ 30 = 4.8 → 5
    [3, 'id_sks@1', 135.99, 4.5], // 3 × 45.33 = 135.99 ÷ 30 = 4.533 → 4.5
    [3, 'id_sks@2', 135, 4.5], // 3 × 45 = 135 ÷ 30 = 4.5 → 4.5
    [10, 'ects@1', 275, 9], // 10 × 27.5 = 275 ÷ 30 = 9.17 → 9
  ] as const)('%f credits of %s = %f h → %f ECTS', async (credits, system, hours, result) => {
    const r = await preview(home, { credits, sourceVersionId: versionIds[system] })
    expect([r.workloadHours, r.credits]).toEqual([hours, result])
  })
  it('China, ACTS and AIMS take the partner institution\'s own factor: 2 Chinese credits × 48 h = 96 h ÷ 30 = 3.2 → 3', async () => {
    await asUser(db, partnerStaff, tx => saveCreditRule(tx, partner, rule('cn_credit@1', 48)))
    const r = await preview(home, { credits: 2, sourceVersionId: versionIds['cn_credit@1'], sourceInstitutionId: partner })
    expect([r.workloadHours, r.credits]).toEqual([96, 3])
    await expect(preview(home, { credits: 2, sourceVersionId: versionIds['acts@1'] })).rejects.toMatchObject({ statusCode: 422, data: { key: 'credits.errors.noSourceFactor' } })
    await expect(preview(home, { credits: 6, sourceVersionId: versionIds['aims@1'], workloadHours: 180 })).resolves.toMatchObject({ credits: 6 })
  })
  it('a per-institution system cannot be chosen without a factor (the database says so)', async () => {
    const bare = await attemptAndRollBack(db, outsiderStaff, tx => saveCreditRule(tx, outsider, rule('acts@1', null)))
    expect(bare.message).toMatch(/sets its factor/)
  })
})

describe('the rule version kept with a conversion', () => {
  it('a factor change is a new version; the kept conversion still names the old one, whose figures the database refuses to change', async () => {
    const first = await asUser(db, outsiderStaff, tx => saveCreditRule(tx, outsider, rule('ects@1', 25)))
    const kept = await asUser(db, outsiderStaff, async (tx) => {
      const r = await previewConversion(tx, outsider, conversionPreviewSchema.parse({ credits: 3, sourceVersionId: versionIds['th_credit@1'] }))
      expect(r.credits).toBe(5.5) // 135 h ÷ 25 = 5.4 → 5.5
      return recordConversion(tx, outsider, 3, r)
    })
    const second = await asUser(db, outsiderStaff, tx => saveCreditRule(tx, outsider, rule('ects@1', 30)))
    expect(second).not.toBe(first)
    const now = await asUser(db, outsiderStaff, tx => currentRule(tx, outsider))
    expect([now!.rule.id, now!.rule.version, Number(now!.rule.factor_override)]).toEqual([second, 2, 30])
    const record = await asUser(db, outsiderStaff, tx => tx.selectFrom('credit_conversions').selectAll().where('id', '=', kept).executeTakeFirstOrThrow())
    expect([record.target_rule_id, Number(record.result), record.target_version_id]).toEqual([first, 5.5, versionIds['ects@1']])
    // Even the service cannot rewrite a version a conversion names…
    const rewrite = await asService(db, 'test: rewrite', tx => tx.updateTable('institution_credit_rules').set({ factor_override: 27 }).where('id', '=', first).execute()).catch((e: Error) => e)
    expect((rewrite as Error).message).toMatch(/never rewritten/)
    const registry = await asService(db, 'test: rewrite', tx => tx.updateTable('credit_system_versions').set({ workload_hours: 28 }).where('id', '=', versionIds['ects@1']!).execute()).catch((e: Error) => e)
    expect((registry as Error).message).toMatch(/never rewritten/)
    // …while a version nobody used can still be corrected.
    const unused = await asService(db, 'test: correct', tx => tx.updateTable('institution_credit_rules').set({ factor_override: 31 }).where('id', '=', second).executeTakeFirst())
    expect(rowsChanged(unused)).toBe(1)
  })
  it('nobody acting as a user updates or deletes a rule or a kept conversion', async () => {
    const edit = await attemptAndRollBack(db, office, tx => tx.updateTable('institution_credit_rules').set({ decimals: 2 }).where('institution_id', '=', home).execute())
    expect(edit.message).toMatch(PERMISSION_DENIED)
    const remove = await attemptAndRollBack(db, outsiderStaff, tx => tx.deleteFrom('credit_conversions').execute())
    expect(remove.message).toMatch(PERMISSION_DENIED)
  })
  it('rules are public; only an institution\'s staff add one, in their own name; a student cannot', async () => {
    expect((await asUser(db, null, tx => tx.selectFrom('institution_credit_rules').select('id').where('institution_id', '=', home).execute())).length).toBe(1)
    const add = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('institution_credit_rules').values({ institution_id: home, version: 9, system_version_id: versionIds['ects@1']!, factor_override: 25 }).execute())
    expect((await add(partnerStaff)).message).toMatch(RLS_VIOLATION)
    expect((await add(student)).message).toMatch(RLS_VIOLATION)
    expect((await add(office)).message).toMatch(/succeeded/)
  })
  it('kept conversions are read by the converting institution\'s staff only', async () => {
    const count = (a: Actor) => asUser(db, a, tx => tx.selectFrom('credit_conversions').select('id').execute()).then(r => r.length)
    expect([await count(outsiderStaff), await count(office), await count(partnerStaff)]).toEqual([1, 0, 0])
  })
  it('every change to a rule is in the audit log', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['action']).where('entity', '=', 'institution_credit_rules').execute())
    expect(rows.filter(r => r.action === 'insert').length).toBeGreaterThanOrEqual(4)
  })
})

describe('grading scales, grading tables and conversion tables', () => {
  let letters: string, tens: string, hostTable: string, homeTable: string, fixed: string
  beforeAll(async () => {
    tens = await asUser(db, office, tx => createScale(tx, home, gradingScaleSchema.parse({
      name: { en: 'Ten-point scale', vi: 'Thang điểm 10' }, passMark: 5, maxValue: 10,
      grades: ['10', '9', '8', '7', '6', '5', '4'].map(value => ({ value, passing: value !== '4' })),
    })))
    letters = await asUser(db, partnerStaff, tx => createScale(tx, partner, gradingScaleSchema.parse({
      name: { en: 'Letter grades' }, grades: ['A', 'B', 'C', 'D', 'E', 'F'].map(value => ({ value, passing: value !== 'F' })),
    })))
    // The worked example of tests/unit/grade-conversion.test.ts, stored.
    hostTable = await asUser(db, partnerStaff, tx => createGradingTable(tx, partner, gradingTableSchema.parse({
      scaleId: letters, iscedCode: '0714', level: 'eqf_6', fromYear: 2023, toYear: 2025,
      counts: [['A', 30], ['B', 75], ['C', 90], ['D', 75], ['E', 30]].map(([value, count]) => ({ value, count })),
    })))
    homeTable = await asUser(db, office, tx => createGradingTable(tx, home, gradingTableSchema.parse({
      scaleId: tens, iscedCode: '0714', level: 'eqf_6', fromYear: 2023, toYear: 2025,
      counts: [['10', 10], ['9', 30], ['8', 40], ['7', 60], ['6', 40], ['5', 20]].map(([value, count]) => ({ value, count })),
    })))
    fixed = await asUser(db, office, tx => createConversionTable(tx, home, gradeConversionTableSchema.parse({
      fromScaleId: letters, toScaleId: tens, rows: [{ fromValue: 'A', toValue: '10' }, { fromValue: 'B', toValue: '8' }],
    })))
  })

  it('a scale and its grades are read by anyone signed in (a grade is never shown without its scale), not by a visitor', async () => {
    const read = (a: Actor | null) => asUser(db, a, tx => tx.selectFrom('grading_scale_grades').select('value').where('scale_id', '=', tens).execute()).then(r => r.length)
    expect([await read(null), await read(outsiderStaff), await read(student)]).toEqual([0, 7, 7])
  })
  it('only the institution\'s staff add, edit or delete its scale and grades', async () => {
    const addGrade = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('grading_scale_grades').values({ scale_id: tens, value: '3', position: 8, passing: false }).execute())
    expect((await addGrade(partnerStaff)).message).toMatch(RLS_VIOLATION)
    expect((await addGrade(office)).message).toMatch(/succeeded/)
    const rename = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('grading_scales').set({ pass_mark: 6 }).where('id', '=', tens).executeTakeFirst()))
    expect([await rename(partnerStaff), await rename(student), await rename(office)]).toEqual([0, 0, 1])
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('grading_scales').where('id', '=', tens).executeTakeFirst()))
    expect([await remove(outsiderStaff), await remove(office)]).toEqual([0, 1])
  })
  it('grading tables and their counts: the institution and its partner in force read them; a draft agreement or none does not', async () => {
    const tables = (a: Actor) => asUser(db, a, tx => tx.selectFrom('grading_tables').select('id').where('id', '=', homeTable).execute()).then(r => r.length)
    const counts = (a: Actor) => asUser(db, a, tx => tx.selectFrom('grading_table_counts').select('value').where('table_id', '=', homeTable).execute()).then(r => r.length)
    const who = [office, partnerStaff, pendingStaff, outsiderStaff, student]
    expect(await Promise.all(who.map(tables))).toEqual([1, 1, 0, 0, 0])
    expect([await counts(office), await counts(partnerStaff), await counts(pendingStaff), await counts(outsiderStaff)]).toEqual([6, 6, 0, 0])
  })
  it('the agreement ending ends the partner\'s sight of the tables', async () => {
    const agreement = await asService(db, 'test', tx => tx.selectFrom('agreement_parties').select('agreement_id').where('institution_id', '=', partner).executeTakeFirstOrThrow())
    const seen = () => asUser(db, partnerStaff, tx => tx.selectFrom('grading_tables').select('id').where('id', '=', homeTable).execute()).then(r => r.length)
    await asService(db, 'test', tx => tx.updateTable('agreements').set({ state: 'terminated' }).where('id', '=', agreement.agreement_id).execute())
    expect(await seen()).toBe(0)
    await asService(db, 'test', tx => tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', agreement.agreement_id).execute())
    expect(await seen()).toBe(1)
  })
  it('a partner reads but does not write or delete another institution\'s tables and counts', async () => {
    const changeCount = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('grading_table_counts').set({ count: 1 }).where('table_id', '=', homeTable).executeTakeFirst()))
    expect([await changeCount(partnerStaff), await changeCount(office)]).toEqual([0, 6])
    const addTable = await attemptAndRollBack(db, partnerStaff, tx => tx.insertInto('grading_tables').values({ institution_id: home, scale_id: tens, isced_code: '0714', level: 'eqf_7', from_year: 2023, to_year: 2025 }).execute())
    expect(addTable.message).toMatch(RLS_VIOLATION)
    const addCount = await attemptAndRollBack(db, partnerStaff, async (tx) => {
      await tx.deleteFrom('grading_table_counts').where('table_id', '=', homeTable).execute()
      await tx.insertInto('grading_table_counts').values({ table_id: homeTable, scale_id: tens, value: '9', count: 3 }).execute()
    })
    expect(addCount.message).toMatch(RLS_VIOLATION)
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('grading_tables').where('id', '=', homeTable).executeTakeFirst()))
    expect([await remove(partnerStaff), await remove(office)]).toEqual([0, 1])
  })
  it('counts only passing grades of the table\'s own scale', async () => {
    const failing = await attemptAndRollBack(db, office, tx => tx.insertInto('grading_table_counts').values({ table_id: homeTable, scale_id: tens, value: '4', count: 3 }).execute())
    expect(failing.message).toMatch(/passing grades only/)
    const foreign = await attemptAndRollBack(db, office, tx => tx.insertInto('grading_tables').values({ institution_id: home, scale_id: letters, isced_code: '0714', level: 'eqf_6', from_year: 2020, to_year: 2022 }).execute())
    expect(foreign.message).toMatch(/scale of its own institution/)
    const fourYears = await attemptAndRollBack(db, office, tx => tx.insertInto('grading_tables').values({ institution_id: home, scale_id: tens, isced_code: '0714', level: 'eqf_6', from_year: 2020, to_year: 2024 }).execute())
    expect(fourYears.message).toMatch(/check constraint/)
  })
  it('converts the worked example between the stored tables: host B → home 8, host D → home 6', async () => {
    expect((await probe(office, tx => convertGrade(tx, { grade: { scaleId: letters, value: 'B' }, fromTableId: hostTable, toTableId: homeTable }))).to)
      .toEqual({ scaleId: tens, value: '8' })
    expect((await probe(partnerStaff, tx => convertGrade(tx, { grade: { scaleId: letters, value: 'D' }, fromTableId: hostTable, toTableId: homeTable }))).to)
      .toEqual({ scaleId: tens, value: '6' })
    await expect(probe(outsiderStaff, tx => convertGrade(tx, { grade: { scaleId: letters, value: 'B' }, fromTableId: hostTable, toTableId: homeTable })))
      .rejects.toMatchObject({ statusCode: 404 })
    await expect(probe(office, tx => convertGrade(tx, { grade: { scaleId: tens, value: '8' }, fromTableId: hostTable, toTableId: homeTable })))
      .rejects.toMatchObject({ statusCode: 422 })
  })
  it('the audit log records every change to the tables but shows the secretariat no grade or count it may not read', async () => {
    const rows = await asUser(db, secretariat, tx => tx.selectFrom('audit_log').select(['entity', 'after']).where('entity', 'in', ['grading_table_counts', 'grade_conversion_rows']).execute())
    expect(rows.length).toBeGreaterThanOrEqual(13)
    for (const row of rows) expect(JSON.stringify(row.after)).not.toMatch(/"count":\d|"to_value":"\d/)
    expect(await asUser(db, secretariat, tx => tx.selectFrom('grading_table_counts').select('value').execute())).toEqual([])
  })
  it('fixed conversion tables: read by the institution and partners in force, converted row by row, written by the institution only', async () => {
    const read = (a: Actor) => asUser(db, a, tx => tx.selectFrom('grade_conversion_rows').select('from_value').where('table_id', '=', fixed).execute()).then(r => r.length)
    expect([await read(office), await read(partnerStaff), await read(pendingStaff), await read(outsiderStaff)]).toEqual([2, 2, 0, 0])
    expect((await probe(partnerStaff, tx => convertGrade(tx, { grade: { scaleId: letters, value: 'A' }, conversionTableId: fixed }))).to).toEqual({ scaleId: tens, value: '10' })
    expect((await probe(office, tx => convertGrade(tx, { grade: { scaleId: letters, value: 'C' }, conversionTableId: fixed }))).to).toBeNull()
    const addRow = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('grade_conversion_rows').values({ table_id: fixed, from_scale_id: letters, from_value: 'C', to_scale_id: tens, to_value: '7' }).execute())
    expect((await addRow(partnerStaff)).message).toMatch(RLS_VIOLATION)
    expect((await addRow(office)).message).toMatch(/succeeded/)
    // A row's grades are keyed to their scales: a grade the scale does not have is refused.
    const unknown = await attemptAndRollBack(db, office, tx => tx.insertInto('grade_conversion_rows').values({ table_id: fixed, from_scale_id: letters, from_value: 'Z', to_scale_id: tens, to_value: '7' }).execute())
    expect(unknown.message).toMatch(/foreign key/)
  })
})
