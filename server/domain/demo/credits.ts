import { sql } from 'kysely'
import type { Db } from '../../db/connect'
import { asService } from '../../db/as-user'
import type { LocalizedText } from '../../../shared/localized-text'
import type { RoundingRule } from '../../../shared/credits/conversion'

/**
 * The demo community's credit rules and grading scales: each demo institution (not the enterprise, which awards no
 * credits) uses its country's credit system with a rule (a factor where the system is per institution, a rounding)
 * and one grading scale. Runs after the community seed; idempotent: an institution that already has a rule keeps it,
 * and a scale already there (by its English name) is not added again. Figures and choices: docs/credits.md.
 */
interface DemoGrade {
  value: string
  passing: boolean
  label?: LocalizedText
}

interface DemoScale {
  name: LocalizedText
  passMark: number | null
  maxValue: number | null
  grades: DemoGrade[]
}

interface DemoCreditRule {
  institution: string
  /** A system id of the registry; its newest version is used. */
  system: string
  /** Workload hours per credit (required for a per-institution system). */
  factor: number | null
  rounding: RoundingRule
  decimals?: number
  scale: DemoScale
}

const letters = (passing: string[], failing: string[]): DemoGrade[] => [
  ...passing.map(value => ({ value, passing: true })),
  ...failing.map(value => ({ value, passing: false })),
]

/** 0–100, pass 60: the usual scale of Chinese colleges (优秀 / 良好 / 中等 / 及格 / 不及格). */
const CHINA_PERCENT: DemoScale = {
  name: {
    zh: '百分制（0–100，60分及格）', en: 'Marks 0–100 (pass 60)', id: 'Nilai 0–100 (lulus 60)', ms: 'Markah 0–100 (lulus 60)', th: 'คะแนน 0–100 (ผ่าน 60)',
    vi: 'Thang điểm 0–100 (đạt từ 60)', fil: 'Marka 0–100 (pasado ang 60)', km: 'ពិន្ទុ 0–100 (ជាប់ 60)', lo: 'ຄະແນນ 0–100 (ຜ່ານ 60)', my: 'အမှတ် 0–100 (အောင်မှတ် 60)',
  },
  passMark: 60,
  maxValue: 100,
  grades: [
    { value: '90–100', passing: true, label: { zh: '优秀', en: 'Excellent' } },
    { value: '80–89', passing: true, label: { zh: '良好', en: 'Good' } },
    { value: '70–79', passing: true, label: { zh: '中等', en: 'Fair' } },
    { value: '60–69', passing: true, label: { zh: '及格', en: 'Pass' } },
    { value: '0–59', passing: false, label: { zh: '不及格', en: 'Fail' } },
  ],
}

/** 0–10, pass 4 (Viet Nam's credit-based training: D = 4.0–5.4 passes, F < 4.0 fails). */
const VIET_NAM_TEN: DemoScale = {
  name: {
    zh: '10分制（4分及格）', en: 'Marks 0–10 (pass 4)', id: 'Nilai 0–10 (lulus 4)', ms: 'Markah 0–10 (lulus 4)', th: 'คะแนน 0–10 (ผ่าน 4)',
    vi: 'Thang điểm 10 (đạt từ 4)', fil: 'Marka 0–10 (pasado ang 4)', km: 'ពិន្ទុ 0–10 (ជាប់ 4)', lo: 'ຄະແນນ 0–10 (ຜ່ານ 4)', my: 'အမှတ် 0–10 (အောင်မှတ် 4)',
  },
  passMark: 4,
  maxValue: 10,
  grades: [
    { value: '8.5–10', passing: true, label: { vi: 'A (Giỏi)', en: 'A (Excellent)' } },
    { value: '7.0–8.4', passing: true, label: { vi: 'B (Khá)', en: 'B (Good)' } },
    { value: '5.5–6.9', passing: true, label: { vi: 'C (Trung bình)', en: 'C (Average)' } },
    { value: '4.0–5.4', passing: true, label: { vi: 'D (Trung bình yếu)', en: 'D (Below average)' } },
    { value: '0–3.9', passing: false, label: { vi: 'F (Kém)', en: 'F (Fail)' } },
  ],
}

const letterName = (range: string, points: string | null): LocalizedText => {
  const p = points ? ` (${points})` : ''
  return {
    zh: `字母等级 ${range}${p}`, en: `Letter grades ${range}${p}`, id: `Nilai huruf ${range}${p}`, ms: `Gred huruf ${range}${p}`, th: `เกรดตัวอักษร ${range}${p}`,
    vi: `Điểm chữ ${range}${p}`, fil: `Mga letrang grado ${range}${p}`, km: `និទ្ទេសអក្សរ ${range}${p}`, lo: `ເກຣດຕົວອັກສອນ ${range}${p}`, my: `အက္ခရာ အဆင့် ${range}${p}`,
  }
}

/** Thailand: A–F on 4.0; D (1.0) is the lowest pass. */
const THAI_LETTERS: DemoScale = { name: letterName('A–F', '4.0'), passMark: null, maxValue: null, grades: letters(['A', 'B+', 'B', 'C+', 'C', 'D+', 'D'], ['F']) }
/** Malaysia: A–E on 4.0 (A 4.00 … D 1.00; E fails). */
const MALAYSIAN_LETTERS: DemoScale = {
  name: letterName('A–E', '4.0'), passMark: null, maxValue: null,
  grades: letters(['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D'], ['E']),
}
/** Indonesia: A–E with the half steps AB and BC; C is the lowest pass. */
const INDONESIAN_LETTERS: DemoScale = { name: letterName('A–E', null), passMark: null, maxValue: null, grades: letters(['A', 'AB', 'B', 'BC', 'C'], ['D', 'E']) }
/** Cambodia: A–F (A, B+, B, C+, C, D, E pass; F fails). */
const CAMBODIAN_LETTERS: DemoScale = { name: letterName('A–F', null), passMark: null, maxValue: null, grades: letters(['A', 'B+', 'B', 'C+', 'C', 'D', 'E'], ['F']) }
/** Laos: A–F on 4.0; D is the lowest pass. */
const LAO_LETTERS: DemoScale = { name: letterName('A–F', '4.0'), passMark: null, maxValue: null, grades: letters(['A', 'B+', 'B', 'C+', 'C', 'D+', 'D'], ['F']) }
/** Myanmar (a demo choice): A–F; D is the lowest pass. */
const MYANMAR_LETTERS: DemoScale = { name: letterName('A–F', null), passMark: null, maxValue: null, grades: letters(['A', 'B', 'C', 'D'], ['F']) }

/**
 * China: 16 contact hours a credit; the workload factor adds the self-study the college expects. Nanning counts 32 h
 * (16 in class + 16 outside, as its catalogue does: ROB2101, 3 credits = 96 h); Liuzhou, a university, counts 36 h
 * (16 + 20). Cambodia, Laos and Myanmar: 45 h a credit (15 in class + 30 outside), the institution's stated factor
 * (Mekong's catalogue: CS2203, 3 credits = 135 h).
 */
export const DEMO_CREDIT_RULES: DemoCreditRule[] = [
  { institution: 'nanning-smart-polytechnic', system: 'cn_credit', factor: 32, rounding: 'nearest_0_5', scale: CHINA_PERCENT },
  { institution: 'liuzhou-industrial-tech', system: 'cn_credit', factor: 36, rounding: 'nearest_0_5', scale: CHINA_PERCENT },
  { institution: 'chao-phraya-technical', system: 'th_credit', factor: null, rounding: 'nearest_1', scale: THAI_LETTERS },
  { institution: 'red-river-tech-university', system: 'vn_tin_chi', factor: null, rounding: 'nearest_1', scale: VIET_NAM_TEN },
  { institution: 'kinta-valley-polytechnic', system: 'my_credit', factor: null, rounding: 'down_0_5', scale: MALAYSIAN_LETTERS },
  { institution: 'nusantara-manufacturing-polytechnic', system: 'id_sks', factor: null, rounding: 'nearest_1', scale: INDONESIAN_LETTERS },
  { institution: 'mekong-institute-technology', system: 'kh_credit', factor: 45, rounding: 'nearest_0_5', scale: CAMBODIAN_LETTERS },
  { institution: 'vientiane-technical-college', system: 'la_credit', factor: 45, rounding: 'nearest_0_5', scale: LAO_LETTERS },
  { institution: 'ayeyarwady-polytechnic', system: 'mm_credit', factor: 45, rounding: 'decimals', decimals: 1, scale: MYANMAR_LETTERS },
]

/**
 * A fixed grade table the Mekong Institute keeps for the courses its students take in Nanning: Nanning's marks in
 * bands onto Cambodia's letters (a demo choice, in the Mekong office's own words). It lets a recognition decision
 * carry a converted grade in the demo's learning agreements.
 */
export const DEMO_GRADE_TABLES = [{
  institution: 'mekong-institute-technology',
  from: { institution: 'nanning-smart-polytechnic', scale: CHINA_PERCENT.name.en! },
  to: { institution: 'mekong-institute-technology', scale: CAMBODIAN_LETTERS.name.en! },
  note: 'Nanning 0–100 → Mekong A–F',
  rows: [['90–100', 'A'], ['80–89', 'B+'], ['70–79', 'B'], ['60–69', 'C'], ['0–59', 'F']] as const,
}]

/** Gives each demo institution that exists its rule and scale, then the demo grade tables; returns how many it added. */
export async function seedDemoCredits(db: Db): Promise<{ rules: number; scales: number; tables: number }> {
  return asService(db, 'demo seed: credit rules and grading scales', async (tx) => {
    const slugs = DEMO_CREDIT_RULES.map(r => r.institution)
    const institutions = new Map((await tx.selectFrom('institutions').select(['id', 'slug']).where('slug', 'in', slugs).execute()).map(i => [i.slug, i.id]))
    const versions = await tx.selectFrom('credit_system_versions').select(['id', 'system_id', 'version']).orderBy('version', 'desc').execute()
    const newest = (system: string) => versions.find(v => v.system_id === system)?.id
    let rules = 0
    let scales = 0
    for (const demo of DEMO_CREDIT_RULES) {
      const institutionId = institutions.get(demo.institution)
      const versionId = newest(demo.system)
      if (!institutionId || !versionId) continue
      const hasRule = await tx.selectFrom('institution_credit_rules').select('id').where('institution_id', '=', institutionId).executeTakeFirst()
      if (!hasRule) {
        await tx.insertInto('institution_credit_rules').values({
          institution_id: institutionId, version: 1, system_version_id: versionId, factor_override: demo.factor,
          rounding: demo.rounding, decimals: demo.decimals ?? 1,
        }).execute()
        rules++
      }
      const hasScale = await tx.selectFrom('grading_scales').select('id').where('institution_id', '=', institutionId)
        .where(sql<string>`name->>'en'`, '=', demo.scale.name.en ?? '').executeTakeFirst()
      if (!hasScale) {
        const scale = await tx.insertInto('grading_scales').values({
          institution_id: institutionId, name: JSON.stringify(demo.scale.name), pass_mark: demo.scale.passMark, max_value: demo.scale.maxValue,
        }).returning('id').executeTakeFirstOrThrow()
        await tx.insertInto('grading_scale_grades').values(demo.scale.grades.map((g, i) => ({
          scale_id: scale.id, value: g.value, label: JSON.stringify(g.label ?? {}), position: i + 1, passing: g.passing,
        }))).execute()
        scales++
      }
    }
    let tables = 0
    for (const demo of DEMO_GRADE_TABLES) {
      const scaleOf = (end: { institution: string; scale: string }) => tx.selectFrom('grading_scales').select('id')
        .where('institution_id', '=', institutions.get(end.institution) ?? '00000000-0000-0000-0000-000000000000')
        .where(sql<string>`name->>'en'`, '=', end.scale).executeTakeFirst()
      const [from, to, owner] = [await scaleOf(demo.from), await scaleOf(demo.to), institutions.get(demo.institution)]
      if (!from || !to || !owner) continue
      const has = await tx.selectFrom('grade_conversion_tables').select('id').where('from_scale_id', '=', from.id).where('to_scale_id', '=', to.id).executeTakeFirst()
      if (has) continue
      const table = await tx.insertInto('grade_conversion_tables').values({ institution_id: owner, from_scale_id: from.id, to_scale_id: to.id, note: demo.note })
        .returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('grade_conversion_rows').values(demo.rows.map(([fromValue, toValue]) => ({
        table_id: table.id, from_scale_id: from.id, from_value: fromValue, to_scale_id: to.id, to_value: toValue,
      }))).execute()
      tables++
    }
    return { rules, scales, tables }
  })
}
