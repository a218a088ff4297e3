import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { seedDemoCommunity } from '../../server/domain/demo/seed'
import { DEMO_INSTITUTIONS } from '../../server/domain/demo/community'
import { DEMO_CREDIT_RULES, DEMO_GRADE_TABLES, seedDemoCredits } from '../../server/domain/demo/credits'
import { currentRule, previewConversion } from '../../server/domain/credits/credits'
import { convertGrade } from '../../server/domain/credits/grades'
import { conversionPreviewSchema, gradingScaleSchema } from '../../shared/schemas/credits'
import { explainTrail } from '../../shared/credits/conversion'
import { freshDatabase } from './helpers'

let handle: DatabaseHandle
beforeAll(async () => {
  handle = await freshDatabase()
  await seedDemoCommunity(handle.db)
})
afterAll(() => handle.close())

const colleges = DEMO_INSTITUTIONS.filter(i => i.kind !== 'enterprise').map(i => i.slug)

describe('demo credit rules and grading scales', () => {
  it('every demo scale passes the editor\'s own schema', () => {
    for (const r of DEMO_CREDIT_RULES) expect(gradingScaleSchema.safeParse(r.scale).success, r.institution).toBe(true)
  })
  it('seeds once: every demo institution but the enterprise has a rule of its country\'s system and a scale; a second run adds nothing', async () => {
    expect(await seedDemoCredits(handle.db)).toEqual({ rules: colleges.length, scales: colleges.length, tables: DEMO_GRADE_TABLES.length })
    expect(await seedDemoCredits(handle.db)).toEqual({ rules: 0, scales: 0, tables: 0 })
    const rows = await asUser(handle.db, null, tx => tx.selectFrom('institutions as i')
      .leftJoin('institution_credit_rules as r', 'r.institution_id', 'i.id')
      .leftJoin('credit_system_versions as v', 'v.id', 'r.system_version_id')
      .leftJoin('credit_systems as s', 's.id', 'v.system_id')
      .select(['i.slug', 'i.country', 's.country as system_country', 'r.version']).execute())
    for (const slug of colleges) {
      const mine = rows.filter(r => r.slug === slug)
      expect(mine.map(r => r.version), slug).toEqual([1])
      expect(mine[0]!.system_country, slug).toBe(mine[0]!.country)
    }
    expect(rows.find(r => r.slug === 'zhiyun-equipment')!.version).toBeNull()
    const scales = await asUser(handle.db, null, tx => tx.selectFrom('grading_scales as g').innerJoin('institutions as i', 'i.id', 'g.institution_id')
      .select(['i.slug']).execute())
    // Scales are read by the signed-in only: a visitor sees none.
    expect(scales).toEqual([])
  })
  it('every college has exactly one scale with its grades (its pass mark and maximum where it is numeric)', async () => {
    const rows = await asService(handle.db, 'test: read scales', tx => tx.selectFrom('grading_scales as g')
      .innerJoin('institutions as i', 'i.id', 'g.institution_id')
      .select(eb => ['i.slug', 'g.pass_mark', 'g.max_value', eb.selectFrom('grading_scale_grades as gr').whereRef('gr.scale_id', '=', 'g.id').select(eb2 => eb2.fn.countAll<string>().as('n')).as('grades')])
      .execute())
    expect(rows.map(r => r.slug).sort()).toEqual([...colleges].sort())
    const nanning = rows.find(r => r.slug === 'nanning-smart-polytechnic')!
    expect([Number(nanning.pass_mark), Number(nanning.max_value), Number(nanning.grades)]).toEqual([60, 100, 5])
    const redRiver = rows.find(r => r.slug === 'red-river-tech-university')!
    expect([Number(redRiver.pass_mark), Number(redRiver.max_value)]).toEqual([4, 10])
  })
  it('converts a 3-credit Nanning course into Mekong\'s system: 3 × 32 h = 96 h ÷ 45 h = 2.13 → 2, with a trail', async () => {
    const result = await asUser(handle.db, null, async (tx) => {
      const slug = (s: string) => tx.selectFrom('institutions').select('id').where('slug', '=', s).executeTakeFirstOrThrow().then(r => r.id)
      const nanning = await slug('nanning-smart-polytechnic')
      const mekong = await slug('mekong-institute-technology')
      const source = await currentRule(tx, nanning)
      return previewConversion(tx, mekong, conversionPreviewSchema.parse({ credits: 3, sourceVersionId: source!.version.id, sourceInstitutionId: nanning }))
    })
    expect([result.workloadHours, result.credits]).toEqual([96, 2])
    expect(result.trail.map(s => s.key)).toEqual(['sourceTimesInstitutionFactor', 'dividedByInstitutionFactor', 'rounded.nearest_0_5'])
    expect(result.trail[0]!.params).toMatchObject({ credits: 3, system: 'cn_credit', factor: 32, hours: 96 })
    expect(result.trail[1]!.params).toMatchObject({ hours: 96, factor: 45, system: 'kh_credit' })
    expect(result.rules.sourceRuleId).not.toBeNull()
    expect(result.rules.targetRuleId).not.toBeNull()
    // The trail reads in English with the new system's name (a missing message would show its key).
    const en = JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, unknown>
    const t = (key: string, params: Record<string, string | number> = {}) => {
      const msg = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en)
      return typeof msg === 'string' ? msg.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : key
    }
    const lines = explainTrail(result.trail, t, 'en')
    expect(lines.some(l => l.includes('Cambodian credit'))).toBe(true)
    expect(lines.join('\n')).not.toMatch(/credits\./)
  })
  it('the Mekong office converts a Nanning mark with its table: 80–89 → B+, a failed 0–59 → F', async () => {
    const answers = await asService(handle.db, 'test: convert with the demo table', async (tx) => {
      const table = await tx.selectFrom('grade_conversion_tables').select(['id', 'from_scale_id']).where('note', '=', DEMO_GRADE_TABLES[0]!.note).executeTakeFirstOrThrow()
      const convert = (value: string) => convertGrade(tx, { grade: { scaleId: table.from_scale_id, value }, conversionTableId: table.id })
      return [await convert('80–89'), await convert('0–59')]
    })
    expect(answers.map(a => a.to?.value)).toEqual(['B+', 'F'])
  })
})
