import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadMessages, translate } from '../../server/i18n/messages'
import {
  convertCredits, explainTrail, roundCredits,
  type ConversionInput, type ConversionResult, type CreditSystemVersion, type InstitutionCreditRule, type RoundingRule,
} from '../../shared/credits/conversion'

beforeAll(() => loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))))

// The registry's first versions, as the migration seeds them (20261213000000_credit_systems.sql).
function v(systemId: string, workloadHours: number | null, contactHours: number | null = null, variants: Record<string, number> = {}, version = 1) {
  const made: CreditSystemVersion = { id: `${systemId}-v${version}`, systemId, version, workloadHours, contactHours, variants }
  return made
}
const ECTS = v('ects', 27.5)
const VN = v('vn_tin_chi', 50, 15)
const TH = v('th_credit', 45, 15, { lecture: 45, lab: 45, practice: 45 })
const MY = v('my_credit', 40, null, { industrial_training: 80 })
const PH = v('ph_unit', 48, 16)
const SKS_2020 = v('id_sks', 45.33)
const SKS_2023 = v('id_sks', 45, null, {}, 2)
const CN = v('cn_credit', null)
const ACTS = v('acts', null)
const AIMS = v('aims', null)
const rule = (id: string, factorOverride: number | null, rounding: RoundingRule = 'nearest_0_5', decimals = 1): InstitutionCreditRule =>
  ({ id, factorOverride, rounding, decimals })

function convert(input: ConversionInput): ConversionResult {
  const result = convertCredits(input)
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result
}
const english = (result: ConversionResult) => explainTrail(result.trail, (key, params) => translate('en', key, params), 'en')

describe('conversion by workload hours, one hand-worked example per credit system', () => {
  it('ECTS → Viet Nam: 6 ECTS × 27.5 h = 165 h ÷ 50 h = 3.3 tín chỉ, nearest 0.5 → 3.5', () => {
    const r = convert({ credits: 6, source: { version: ECTS }, target: { version: VN, rule: rule('hanoi-1', null) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([165, 3.3, 3.5])
  })
  it('Viet Nam → ECTS at an institution counting 30 h: 3 tín chỉ × 50 h = 150 h ÷ 30 h = 5 ECTS → 5', () => {
    const r = convert({ credits: 3, source: { version: VN }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([150, 5, 5])
  })
  it('Thailand → ECTS (30 h): 3 credits × 45 h = 135 h ÷ 30 h = 4.5 ECTS, nearest 0.5 → 4.5, and the trail says so in English', () => {
    const r = convert({ credits: 3, source: { version: TH }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([135, 4.5, 4.5])
    expect(english(r)).toEqual([
      '3 Thai credits × 45 h = 135 h of workload',
      '135 h ÷ 30 h per ECTS credit (the institution\'s own factor) = 4.5 ECTS credits',
      'rounded to the nearest 0.5 → 4.5 ECTS credits',
    ])
    expect(r.rules).toEqual({ sourceVersionId: 'th_credit-v1', targetVersionId: 'ects-v1', sourceRuleId: null, targetRuleId: 'ects-30' })
  })
  it('Malaysia → ECTS (27.5 h): 4 credits × 40 h SLT = 160 h ÷ 27.5 h = 5.82, nearest 0.5 → 6; down to 0.5 → 5.5', () => {
    const r = convert({ credits: 4, source: { version: MY }, target: { version: ECTS, rule: rule('ects', null) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([160, 5.818181818, 6])
    expect(convert({ credits: 4, source: { version: MY }, target: { version: ECTS, rule: rule('ects', null, 'down_0_5') } }).credits).toBe(5.5)
  })
  it('Malaysian industrial training counts 80 h a credit: 5 credits × 80 h = 400 h ÷ 27.5 h = 14.55, nearest 1 → 15', () => {
    const r = convert({ credits: 5, source: { version: MY, kind: 'industrial_training' }, target: { version: ECTS, rule: rule('ects', null, 'nearest_1') } })
    expect([r.workloadHours, r.credits]).toEqual([400, 15])
    expect(english(r)[0]).toBe('5 Malaysian credits × 80 h (industrial training) = 400 h of workload')
  })
  it('the Philippines → Viet Nam: 3 units × 48 h = 144 h ÷ 50 h = 2.88, nearest 0.5 → 3; one decimal → 2.9', () => {
    const r = convert({ credits: 3, source: { version: PH }, target: { version: VN, rule: rule('vn', null) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([144, 2.88, 3])
    expect(convert({ credits: 3, source: { version: PH }, target: { version: VN, rule: rule('vn', null, 'decimals', 1) } }).credits).toBe(2.9)
  })
  it('Indonesia, SKS of 2020 (170 min × 16 weeks = 45.33 h) → ECTS (25 h): 3 × 45.33 = 135.99 h ÷ 25 = 5.44, nearest 0.5 → 5.5; two decimals → 5.44', () => {
    const r = convert({ credits: 3, source: { version: SKS_2020 }, target: { version: ECTS, rule: rule('ects-25', 25) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([135.99, 5.4396, 5.5])
    expect(convert({ credits: 3, source: { version: SKS_2020 }, target: { version: ECTS, rule: rule('ects-25', 25, 'decimals', 2) } }).credits).toBe(5.44)
  })
  it('Indonesia, SKS of 2023 (45 h): 3 × 45 = 135 h ÷ 25 = 5.4, down to 0.5 → 5; the version used is the 2023 one', () => {
    const r = convert({ credits: 3, source: { version: SKS_2023 }, target: { version: ECTS, rule: rule('ects-25', 25, 'down_0_5') } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([135, 5.4, 5])
    expect(r.rules.sourceVersionId).toBe('id_sks-v2')
  })
  it('China needs the institution\'s factor: 2 credits × 48 h (16 contact + 32 self-study) = 96 h ÷ 30 h = 3.2 ECTS → 3; without it, refused', () => {
    const r = convert({ credits: 2, source: { version: CN, rule: rule('nanning-1', 48) }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([96, 3.2, 3])
    expect(english(r)[0]).toBe('2 Chinese credits × 48 h (the institution\'s own factor) = 96 h of workload')
    expect(convertCredits({ credits: 2, source: { version: CN }, target: { version: ECTS } })).toEqual({ ok: false, reason: 'noSourceFactor' })
    expect(convertCredits({ credits: 2, source: { version: ECTS }, target: { version: CN } })).toEqual({ ok: false, reason: 'noTargetFactor' })
  })
  it('ACTS at a university counting 40 h → Thailand: 3 × 40 h = 120 h ÷ 45 h = 2.67, nearest 0.5 → 2.5; up to 0.5 → 3', () => {
    const r = convert({ credits: 3, source: { version: ACTS, rule: rule('acts-40', 40) }, target: { version: TH, rule: rule('th', null) } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([120, 2.666666667, 2.5])
    expect(convert({ credits: 3, source: { version: ACTS, rule: rule('acts-40', 40) }, target: { version: TH, rule: rule('th', null, 'up_0_5') } }).credits).toBe(3)
  })
  it('AIMS at a partner counting 30 h → Malaysia: 6 × 30 h = 180 h ÷ 40 h = 4.5, nearest 1 → 5 (a half goes up); down to 1 → 4', () => {
    const r = convert({ credits: 6, source: { version: AIMS, rule: rule('aims-30', 30) }, target: { version: MY, rule: rule('my', null, 'nearest_1') } })
    expect([r.workloadHours, r.raw, r.credits]).toEqual([180, 4.5, 5])
    expect(convert({ credits: 6, source: { version: AIMS, rule: rule('aims-30', 30) }, target: { version: MY, rule: rule('my', null, 'down_1') } }).credits).toBe(4)
  })
})

describe('what the host states wins over the factor', () => {
  it('a course of 2 Chinese credits stated as 90 h of workload: 90 h ÷ 30 h = 3 ECTS, no factor needed', () => {
    const r = convert({ credits: 2, source: { version: CN, workloadHours: 90 }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    expect([r.workloadHours, r.credits]).toEqual([90, 3])
    expect(english(r)[0]).toBe('2 Chinese credits, stated as 90 h of workload')
  })
  it('contact hours below Viet Nam\'s minimum (3 tín chỉ with 30 class h = 10 h a credit < 15 h) are pointed out, not hidden', () => {
    const r = convert({ credits: 3, source: { version: VN, contactHours: 30 }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    expect(r.trail.map(s => s.key)).toContain('contactBelowMinimum')
    expect(english(r)[1]).toBe('30 contact h is 10 h per credit, below the 15 h one tín chỉ requires')
  })
  it('reads in Thai and Vietnamese too, with the numbers written the locale\'s way', () => {
    const r = convert({ credits: 3, source: { version: TH }, target: { version: ECTS, rule: rule('ects-30', 30) } })
    const thai = explainTrail(r.trail, (key, params) => translate('th', key, params), 'th')
    expect(thai[0]).toContain('135')
    expect(thai[0]).not.toMatch(/credits\.|\{/)
    const vietnamese = explainTrail(r.trail, (key, params) => translate('vi', key, params), 'vi')
    expect(vietnamese[1]).toContain('4,5')
  })
  it('negative credits are refused', () => {
    expect(convertCredits({ credits: -1, source: { version: VN }, target: { version: ECTS } })).toEqual({ ok: false, reason: 'badCredits' })
  })
})

describe('rounding rules', () => {
  it.each([
    [4.25, 'nearest_0_5', 1, 4.5], [4.24, 'nearest_0_5', 1, 4], [4.75, 'nearest_0_5', 1, 5],
    [2.5, 'nearest_1', 1, 3], [2.49, 'nearest_1', 1, 2],
    [5.99, 'down_0_5', 1, 5.5], [5.5, 'down_0_5', 1, 5.5], [5.99, 'down_1', 1, 5],
    [5.01, 'up_0_5', 1, 5.5], [5, 'up_0_5', 1, 5],
    [5.4396, 'decimals', 2, 5.44], [5.45, 'decimals', 1, 5.5], [5.45, 'decimals', 0, 5],
  ] as const)('%f %s (%i decimals) → %f', (value, rule, decimals, expected) => {
    expect(roundCredits(value, rule, decimals)).toBe(expected)
  })
  it('float noise does not push a value below a step: 4.4999999999 down to 0.5 is 4.5, (0.1 + 0.2) × 10 to 1 is 3', () => {
    expect(roundCredits(4.4999999999, 'down_0_5')).toBe(4.5)
    expect(roundCredits((0.1 + 0.2) * 10, 'down_1')).toBe(3)
  })
})
