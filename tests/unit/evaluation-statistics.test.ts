import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '#shared/locales'
import {
  analysePairs, describe as describeValues, distribution, effectBand, effectWording, hedgesCorrection, netPromoterScore,
  noncentralityInterval, noncentralTCdf, normalCdf, pairedEffectSizeFromSummary, pairedTTest, pWording, StatisticsInputError, studentTTwoSidedP,
  suppressSmallGroups, topTwoBox, wilcoxonSignedRank, type PrePostPair,
} from '#shared/evaluation/statistics'

const pairsOf = (pre: number[], post: number[]): PrePostPair[] => pre.map((value, i) => [value, post[i]!] as const)

// Student (1908) / Cushny & Peebles (1905): extra hours of sleep under two drugs, ten patients; R's `sleep` dataset.
const SLEEP_GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
const SLEEP_GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

// Lakens (2013), "Calculating and reporting effect sizes to facilitate cumulative science", Front. Psychol. 4:863, Table 1.
const MOVIE_1 = [9, 7, 8, 9, 8, 9, 9, 10, 9, 9]
const MOVIE_2 = [9, 6, 7, 8, 7, 9, 8, 8, 8, 7]

describe('paired t-test against published worked examples', () => {
  it('sleep data (Student 1908; R t.test(extra ~ group, data = sleep, paired = TRUE)): t = -4.0621, df = 9, p = 0.002833', () => {
    const result = analysePairs(pairsOf(SLEEP_GROUP_2, SLEEP_GROUP_1))
    expect(result.n).toBe(10)
    expect(result.meanDifference).toBeCloseTo(-1.58, 10)
    expect(result.sdDifference).toBeCloseTo(1.229995, 6)
    expect(result.tTest).toMatchObject({ available: true, df: 9 })
    if (!result.tTest.available) throw new Error('t-test expected')
    expect(result.tTest.t).toBeCloseTo(-4.0621, 4)
    expect(result.tTest.p).toBeCloseTo(0.002833, 6)
  })

  it('the direction follows post − pre: the same data the other way round gives t = +4.0621 and the same p', () => {
    const test = analysePairs(pairsOf(SLEEP_GROUP_1, SLEEP_GROUP_2)).tTest
    if (!test.available) throw new Error('t-test expected')
    expect(test.t).toBeCloseTo(4.0621, 4)
    expect(test.p).toBeCloseTo(0.002833, 6)
  })

  it('Lakens (2013) movie ratings: t(9) = 4.74, p = .001', () => {
    const test = analysePairs(pairsOf(MOVIE_2, MOVIE_1)).tTest
    if (!test.available) throw new Error('t-test expected')
    expect(test.t).toBeCloseTo(4.74, 2)
    expect(test.p.toFixed(3)).toBe('0.001')
  })

  it('takes pairs as { pre, post } objects as well as tuples', () => {
    const asObjects = analysePairs(MOVIE_2.map((pre, i) => ({ pre, post: MOVIE_1[i]! })))
    expect(asObjects).toEqual(analysePairs(pairsOf(MOVIE_2, MOVIE_1)))
  })
})

describe('Wilcoxon signed-rank test against published worked examples', () => {
  it('sleep data (R wilcox.test(..., paired = TRUE)): V = 0, p = 0.009091 by the normal approximation, the zero dropped and the tie at 1.3 averaged', () => {
    const test = wilcoxonSignedRank(SLEEP_GROUP_1.map((value, i) => value - SLEEP_GROUP_2[i]!))
    expect(test).toMatchObject({ available: true, n: 9, zerosDropped: 1, wPlus: 0, wMinus: 45, ties: true, method: 'normal' })
    if (!test.available) throw new Error('test expected')
    expect(test.p).toBeCloseTo(0.009091, 6)
  })

  it('Wikipedia\'s ten-pair example (article "Wilcoxon signed-rank test"): one zero dropped, W = 9 (T+ = 27, T− = 18), p = 0.6353', () => {
    const after = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135]
    const before = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145]
    const test = analysePairs(pairsOf(before, after)).wilcoxon
    expect(test).toMatchObject({ available: true, n: 9, zerosDropped: 1, w: 9, wPlus: 27, wMinus: 18, method: 'normal' })
    if (!test.available) throw new Error('test expected')
    expect(test.p).toBeCloseTo(0.6353, 4)
  })

  it('Hollander & Wolfe (1973, p. 29) depression scores, no ties: exact V = 40, two-sided p = 0.0391 (R\'s one-sided 0.01953 doubled)', () => {
    const first = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
    const second = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
    const test = analysePairs(pairsOf(second, first)).wilcoxon
    expect(test).toMatchObject({ available: true, n: 9, wPlus: 40, ties: false, method: 'exact', z: null })
    if (!test.available) throw new Error('test expected')
    expect(test.p).toBeCloseTo(0.0390625, 10)
  })

  it('uses the exact distribution up to 25 pairs without ties and the normal approximation from 26', () => {
    const rises = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? -(i + 1) : i + 1))
    const exact = wilcoxonSignedRank(rises(25))
    expect(exact).toMatchObject({ method: 'exact', wMinus: 25 })
    if (!exact.available) throw new Error('test expected')
    expect(exact.p).toBeCloseTo(5.38826e-5, 9)
    expect(wilcoxonSignedRank(rises(26))).toMatchObject({ method: 'normal' })
  })

  it('counts differences that are equal up to floating-point noise as ties, and 0.3 − 0.1 − 0.2 as zero', () => {
    const test = wilcoxonSignedRank([1.1 - -0.2, 0.1 - -1.2, 0.3 - 0.1 - 0.2, 2])
    expect(test).toMatchObject({ n: 3, zerosDropped: 1, ties: true })
  })
})

describe('effect sizes for paired designs', () => {
  it('Lakens (2013): Cohen\'s d_z = 1.50, d_av = 1.13 and Hedges\' g_av = 1.08 for the movie ratings', () => {
    const effect = analysePairs(pairsOf(MOVIE_2, MOVIE_1)).effectSize
    if (!effect.available) throw new Error('effect size expected')
    expect(effect.dz).toBeCloseTo(1.5, 10)
    expect(effect.dav?.toFixed(2)).toBe('1.13')
    expect(effect.gav?.toFixed(2)).toBe('1.08')
  })

  it('Hedges (1981) exact correction: J(2) = 0.5642, J(3) = 0.7236, J(10) = 0.9227, close to 1 − 3/(4·df − 1) for large df', () => {
    expect(hedgesCorrection(2)).toBeCloseTo(0.5642, 4)
    expect(hedgesCorrection(3)).toBeCloseTo(0.7236, 4)
    expect(hedgesCorrection(10)).toBeCloseTo(0.9227, 4)
    expect(hedgesCorrection(400)).toBeCloseTo(1 - 3 / (4 * 400 - 1), 6)
  })

  it('Borenstein et al. (2009, ch. 4) matched-groups example, n = 50, mean difference 5, SD of differences 10 (r = 0.5): d = 0.50, SE 0.15, g = 0.4923, SE_g 0.1477', () => {
    const effect = pairedEffectSizeFromSummary({ n: 50, meanDifference: 5, sdDifference: 10 })
    if (!effect.available) throw new Error('effect size expected')
    expect(effect.dz).toBe(0.5)
    expect(effect.dzStandardError).toBeCloseTo(0.15, 10)
    expect(effect.hedgesG).toBeCloseTo(0.4923, 4)
    expect(effect.hedgesGStandardError).toBeCloseTo(0.1477, 4)
    // The exact interval is close to the large-sample one at n = 50: g ± 1.96 · 0.1477 = [0.20, 0.78].
    expect(effect.hedgesGCi.lower).toBeCloseTo(0.20, 1)
    expect(effect.hedgesGCi.upper).toBeCloseTo(0.78, 1)
  })

  it('the 95 % interval of d_z is exact (noncentral t): Lakens\' movie ratings, t(9) = 4.743, give d_z in [0.5605, 2.4034], g in J times that', () => {
    // Bounds checked against SciPy's noncentral t (scipy.stats.nct), an independent implementation: δ in [1.77250, 7.60033].
    const effect = analysePairs(pairsOf(MOVIE_2, MOVIE_1)).effectSize
    if (!effect.available) throw new Error('effect size expected')
    expect(effect.ciMethod).toBe('noncentral-t')
    expect(effect.dzCi.lower * Math.sqrt(10)).toBeCloseTo(1.7725014, 6)
    expect(effect.dzCi.upper * Math.sqrt(10)).toBeCloseTo(7.6003326, 6)
    expect(effect.hedgesGCi.lower).toBeCloseTo(effect.j * effect.dzCi.lower, 12)
    expect(effect.hedgesGCi.lower).toBeLessThan(effect.hedgesG)
    expect(effect.hedgesGCi.upper).toBeGreaterThan(effect.hedgesG)
  })

  it('sleep data: a decline of d_z = −1.28 whose interval stays below zero, and g is shrunk towards zero', () => {
    const effect = analysePairs(pairsOf(SLEEP_GROUP_2, SLEEP_GROUP_1)).effectSize
    if (!effect.available) throw new Error('effect size expected')
    expect(effect.dz).toBeCloseTo(-1.58 / 1.229995, 5)
    expect(Math.abs(effect.hedgesG)).toBeLessThan(Math.abs(effect.dz))
    expect(effect.hedgesGCi.upper).toBeLessThan(0)
    expect(effect.hedgesGCi.lower).toBeLessThan(effect.hedgesG)
  })
})

describe('edge cases of paired data', () => {
  it('fewer than two pairs: means but no test, no effect size', () => {
    const one = analysePairs([[3, 4]])
    expect(one).toMatchObject({ n: 1, meanDifference: 1, sdDifference: null, tTest: { available: false, reason: 'tooFew' }, effectSize: { available: false, reason: 'tooFew' } })
    expect(analysePairs([])).toMatchObject({ n: 0, meanPre: null, meanDifference: null, wilcoxon: { available: false, reason: 'tooFew' } })
  })

  it('two pairs: a t-test but no Hedges\' g, whose correction is 0 with one degree of freedom', () => {
    const two = analysePairs([[1, 2], [1, 4]])
    expect(two.tTest.available).toBe(true)
    expect(two.effectSize).toEqual({ available: false, reason: 'tooFew' })
  })

  it('all differences zero: no change, and no test pretends otherwise', () => {
    const same = analysePairs([[3, 3], [4, 4], [5, 5]])
    expect(same.meanDifference).toBe(0)
    expect(same.tTest).toEqual({ available: false, reason: 'noVariation' })
    expect(same.wilcoxon).toEqual({ available: false, reason: 'noChange' })
    expect(same.effectSize).toEqual({ available: false, reason: 'noVariation' })
  })

  it('everyone rising by the same amount: no t or d (no spread), but the signed-rank test still sees every pair rise', () => {
    const even = analysePairs(Array.from({ length: 8 }, (_, i) => [i, i + 1] as const))
    expect(even.tTest).toEqual({ available: false, reason: 'noVariation' })
    expect(even.wilcoxon).toMatchObject({ available: true, wPlus: 36, method: 'normal' })
  })

  it('refuses NaN, Infinity and malformed pairs with a message key naming the position', () => {
    const refusal = (pairs: unknown) => {
      try {
        analysePairs(pairs as PrePostPair[])
      }
      catch (error) {
        return error instanceof StatisticsInputError ? { key: error.key, params: error.params } : error
      }
      return null
    }
    expect(refusal([[1, 2], [3, Number.NaN]])).toEqual({ key: 'evaluation.stats.errors.notANumber', params: { position: 2 } })
    expect(refusal([[Number.POSITIVE_INFINITY, 2]])).toEqual({ key: 'evaluation.stats.errors.notANumber', params: { position: 1 } })
    expect(refusal([[1, 2, 3]])).toEqual({ key: 'evaluation.stats.errors.notPairs', params: {} })
    expect(refusal([{ pre: 1 }])).toEqual({ key: 'evaluation.stats.errors.notPairs', params: {} })
    expect(() => pairedTTest([1, Number.NaN])).toThrow(StatisticsInputError)
    expect(() => wilcoxonSignedRank([1, Number.NaN])).toThrow(StatisticsInputError)
    expect(() => pairedEffectSizeFromSummary({ n: 10, meanDifference: Number.NaN, sdDifference: 1 })).toThrow(StatisticsInputError)
  })

  it('copes with 100 000 pairs: the signed-rank test goes normal, the interval narrows around d_z', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => [i % 7, (i % 7) + ((i * 7919) % 11) - 4] as const)
    const result = analysePairs(many)
    expect(result.wilcoxon).toMatchObject({ available: true, method: 'normal', ties: true })
    if (!result.effectSize.available) throw new Error('effect size expected')
    expect(result.effectSize.dzCi.upper - result.effectSize.dzCi.lower).toBeLessThan(0.02)
  })
})

describe('distribution functions', () => {
  it('noncentral t CDF (Lenth 1989, AS 243) agrees with SciPy\'s scipy.stats.nct to 1e-10, and is the central t at δ = 0', () => {
    expect(noncentralTCdf(4.743, 9, 1.2)).toBeCloseTo(0.9912807749206, 10)
    expect(noncentralTCdf(4.743, 9, 6)).toBeCloseTo(0.1752676975201, 10)
    expect(noncentralTCdf(-2, 5, 1.5)).toBeCloseTo(0.0015165854524, 10)
    expect(noncentralTCdf(-4.0621, 9, -2)).toBeCloseTo(0.0758312027505, 10)
    expect(noncentralTCdf(0.5, 1, 3)).toBeCloseTo(0.0067852721977, 10)
    expect(noncentralTCdf(30, 100, 28)).toBeCloseTo(0.7934882033867, 10)
    expect(noncentralTCdf(2.262157, 9, 0)).toBeCloseTo(0.975, 6)
    // Beyond δ ≈ 37.6 the normal approximation takes over, as in R: still within 1e-3.
    expect(noncentralTCdf(40, 600, 39)).toBeCloseTo(0.7397546, 3)
  })

  it('the noncentrality interval puts the observed t at the 97.5th and 2.5th percentiles', () => {
    const interval = noncentralityInterval(-4.062127683382037, 9)
    expect(interval.lower).toBeCloseTo(-6.6977563, 6)
    expect(interval.upper).toBeCloseTo(-1.3111681, 6)
    const wide = noncentralityInterval(2.5, 2)
    expect(noncentralTCdf(2.5, 2, wide.lower)).toBeCloseTo(0.975, 9)
    expect(noncentralTCdf(2.5, 2, wide.upper)).toBeCloseTo(0.025, 9)
  })

  it('normal CDF to many digits in both tails: Φ(−1.96) = 0.0249979, Φ(−8) = 6.22e−16', () => {
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 12)
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7)
    expect(normalCdf(-8) / 6.220960574271784e-16).toBeCloseTo(1, 10)
  })

  it('Student t two-sided p matches printed tables: t = 2.262 at df 9 and 12.706 at df 1 are the 5 % points, 2.576 at df ∞ ≈ 1 %', () => {
    expect(studentTTwoSidedP(2.262157, 9)).toBeCloseTo(0.05, 6)
    expect(studentTTwoSidedP(12.7062, 1)).toBeCloseTo(0.05, 5)
    expect(studentTTwoSidedP(2.575829, 1e7)).toBeCloseTo(0.01, 6)
    expect(studentTTwoSidedP(0, 5)).toBe(1)
  })
})

describe('descriptive figures', () => {
  it('mean, median and sample SD with the n behind them; none for no answers', () => {
    expect(describeValues([2, 4, 4, 4, 5, 5, 7, 9])).toMatchObject({ n: 8, mean: 5, median: 4.5, min: 2, max: 9 })
    expect(describeValues([2, 4, 4, 4, 5, 5, 7, 9]).sd).toBeCloseTo(Math.sqrt(32 / 7), 12)
    expect(describeValues([3])).toEqual({ n: 1, mean: 3, median: 3, sd: null, min: 3, max: 3 })
    expect(describeValues([])).toEqual({ n: 0, mean: null, median: null, sd: null, min: null, max: null })
  })

  it('counts per value, every point of the scale shown even when nobody chose it', () => {
    expect(distribution([5, 4, 5, 2], [1, 2, 3, 4, 5]).bars).toEqual([
      { value: 1, count: 0, share: 0 }, { value: 2, count: 1, share: 0.25 }, { value: 3, count: 0, share: 0 },
      { value: 4, count: 1, share: 0.25 }, { value: 5, count: 2, share: 0.5 },
    ])
    expect(() => distribution([6], [1, 2, 3, 4, 5])).toThrow(StatisticsInputError)
    expect(distribution([10, 2, 10]).bars.map(bar => [bar.value, bar.count])).toEqual([[2, 1], [10, 2]])
  })

  it('top-2-box: 4–5 on a 5-point scale, 6–7 on a 7-point one; an answer off the scale is refused', () => {
    expect(topTwoBox([5, 4, 3, 2, 5], 5)).toEqual({ n: 5, count: 3, share: 0.6 })
    expect(topTwoBox([5, 6, 7, 4], 7)).toEqual({ n: 4, count: 2, share: 0.5 })
    expect(topTwoBox([], 5)).toEqual({ n: 0, count: 0, share: null })
    expect(() => topTwoBox([6], 5)).toThrow(StatisticsInputError)
    expect(() => topTwoBox([4.5], 5)).toThrow(StatisticsInputError)
  })

  it('NPS: promoters 9–10, detractors 0–6, score = % promoters − % detractors', () => {
    expect(netPromoterScore([10, 9, 9, 8, 7, 6, 0, 10, 3, 9])).toEqual({ n: 10, promoters: 5, passives: 2, detractors: 3, score: 20 })
    expect(netPromoterScore([0, 1])).toMatchObject({ score: -100 })
    expect(netPromoterScore([])).toMatchObject({ n: 0, score: null })
    expect(() => netPromoterScore([11])).toThrow(StatisticsInputError)
  })
})

describe('plain-language wording', () => {
  it('"a large improvement, n = 34" and its counterparts, by Cohen\'s bands 0.2 / 0.5 / 0.8', () => {
    expect(effectWording(0.85, 34)).toEqual({ key: 'evaluation.stats.effect.largeImprovement', params: { n: 34 } })
    expect(effectWording(0.8, 34).key).toBe('evaluation.stats.effect.largeImprovement')
    expect(effectWording(0.79, 12).key).toBe('evaluation.stats.effect.mediumImprovement')
    expect(effectWording(0.2, 12).key).toBe('evaluation.stats.effect.smallImprovement')
    expect(effectWording(0.19, 12).key).toBe('evaluation.stats.effect.negligible')
    expect(effectWording(-0.19, 12).key).toBe('evaluation.stats.effect.negligible')
    expect(effectWording(-0.6, 12).key).toBe('evaluation.stats.effect.mediumDecline')
    expect(effectBand(-1.3)).toBe('large')
  })

  it('a fall is an improvement where lower is better, and missing effects say there is not enough data', () => {
    expect(effectWording(-0.9, 20, { higherIsBetter: false }).key).toBe('evaluation.stats.effect.largeImprovement')
    expect(effectWording(null, 1)).toEqual({ key: 'evaluation.stats.effect.notEnoughData', params: { n: 1 } })
  })

  it('p-values: below 0.001, significant, not significant, never rounded across 0.05', () => {
    expect(pWording(0.0003)).toEqual({ key: 'evaluation.stats.p.belowThousandth', params: { p: '0.001' } })
    expect(pWording(0.002833)).toEqual({ key: 'evaluation.stats.p.significant', params: { p: '0.003' } })
    expect(pWording(0.6353)).toEqual({ key: 'evaluation.stats.p.notSignificant', params: { p: '0.635' } })
    expect(pWording(0.0499)).toEqual({ key: 'evaluation.stats.p.significant', params: { p: '0.0499' } })
    expect(pWording(0.05).key).toBe('evaluation.stats.p.notSignificant')
    expect(pWording(null).key).toBe('evaluation.stats.p.notAvailable')
  })
})

describe('k-anonymity of breakdowns', () => {
  const byCountry = [{ country: 'KH', count: 12 }, { country: 'LA', count: 3 }, { country: 'TH', count: 7 }, { country: 'VN', count: 9 }]

  it('hides a group of fewer than 5 answers and, so it cannot be worked out from the total, the next smallest one', () => {
    const result = suppressSmallGroups(byCountry)
    expect(result.shown.map(g => g.country)).toEqual(['KH', 'VN'])
    expect(result.hidden.map(g => g.country)).toEqual(['LA', 'TH'])
    expect(result.complementary?.country).toBe('TH')
  })

  it('needs no complementary group when two groups are small, and keeps groups of exactly k', () => {
    const result = suppressSmallGroups([...byCountry, { country: 'MM', count: 4 }, { country: 'PH', count: 5 }])
    expect(result.shown.map(g => g.country)).toEqual(['KH', 'TH', 'VN', 'PH'])
    expect(result.hidden.map(g => g.country)).toEqual(['LA', 'MM'])
    expect(result.complementary).toBeNull()
  })

  it('takes another k, and a group with no answers hides nothing else', () => {
    expect(suppressSmallGroups(byCountry, 10).shown.map(g => g.country)).toEqual(['KH'])
    expect(suppressSmallGroups([{ count: 0 }, { count: 8 }, { count: 6 }]).complementary).toBeNull()
    expect(() => suppressSmallGroups(byCountry, 0)).toThrow(RangeError)
  })
})

describe('every message the statistics can give exists in all ten locales', () => {
  type Tree = { [key: string]: string | Tree }
  const lookup = (tree: Tree, key: string) => key.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree)
  const keys = [
    ...[-1, -0.6, -0.3, 0, 0.3, 0.6, 1].map(d => effectWording(d, 10).key), effectWording(null, 1).key,
    ...[0.0001, 0.01, 0.5, null].map(p => pWording(p).key),
    ...['tooFew', 'noVariation', 'noChange'].map(reason => `evaluation.stats.unavailable.${reason}`),
    ...['exact', 'normal'].map(method => `evaluation.stats.method.${method}`),
    ...['notANumber', 'notPairs', 'outOfScale', 'notAScalePoint', 'scalePoints'].map(error => `evaluation.stats.errors.${error}`),
  ]

  it.each(LOCALES.map(locale => [locale.code, locale.file] as const))('%s', (_code, file) => {
    const messages = JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8')) as Tree
    for (const key of keys) expect(typeof lookup(messages, key), key).toBe('string')
    expect(lookup(messages, 'evaluation.stats.effect.largeImprovement')).toContain('{n}')
  })
})
