import { mean, sampleStandardDeviation } from 'simple-statistics'
import { logGamma, normalTwoSidedP, studentTTwoSidedP } from './distributions'
import { finiteValues, StatisticsInputError } from './input'
import { noncentralityInterval } from './noncentral-t'

/**
 * Paired (pre/post) designs, Kirkpatrick level 2: one participant's score before and after. Every difference is
 * post − pre, so a positive mean difference, t, W and d_z all mean the scores went up.
 */

/** One participant's pre and post score, as a tuple or an object. */
export type PrePostPair = readonly [pre: number, post: number] | { readonly pre: number; readonly post: number }

/** Why a figure is not given: too few pairs, or no spread in the differences to standardise by. */
export interface Unavailable { available: false; reason: 'tooFew' | 'noVariation' | 'noChange' }

export interface PairedTTest { available: true; t: number; df: number; p: number }

export interface WilcoxonSignedRank {
  available: true
  /** Pairs left once zero differences are dropped. */
  n: number
  zerosDropped: number
  /** Sum of the ranks of the rises (R's V) and of the falls; w is their difference (the signed-rank sum W). */
  wPlus: number
  wMinus: number
  w: number
  ties: boolean
  /** Exact null distribution (n ≤ 25, no ties) or the normal approximation with tie and continuity correction. */
  method: 'exact' | 'normal'
  z: number | null
  p: number
}

export interface ConfidenceInterval { level: 0.95; lower: number; upper: number }

export interface PairedEffectSize {
  available: true
  /** Cohen's d_z: mean difference over the SD of the differences. */
  dz: number
  /** Hedges' exact small-sample correction J(n − 1), so that g = J · d_z. */
  j: number
  hedgesG: number
  /** Exact 95 % intervals from the noncentral t distribution; g's is d_z's scaled by J. */
  dzCi: ConfidenceInterval
  hedgesGCi: ConfidenceInterval
  ciMethod: 'noncentral-t'
  /** Large-sample standard errors, √(1/n + d_z²/(2n)) and J times it, for meta-analyses that pool runs. */
  dzStandardError: number
  hedgesGStandardError: number
  /** Cumming's d_av (mean difference over the average of the two SDs) and Lakens' (2013) g_av; null when both SDs are 0. */
  dav: number | null
  gav: number | null
}

export interface PairedAnalysis {
  n: number
  meanPre: number | null
  meanPost: number | null
  meanDifference: number | null
  sdDifference: number | null
  tTest: PairedTTest | Unavailable
  wilcoxon: WilcoxonSignedRank | Unavailable
  effectSize: PairedEffectSize | Unavailable
}

const pre = (pair: PrePostPair) => ('pre' in pair ? pair.pre : pair[0])
const post = (pair: PrePostPair) => ('post' in pair ? pair.post : pair[1])

/** The pre and post scores as two finite arrays; NaN, Infinity or a missing score is refused. */
export function splitPairs(pairs: readonly PrePostPair[]): { pre: number[]; post: number[] } {
  const isPair = (pair: unknown) => (Array.isArray(pair) ? pair.length === 2 : typeof pair === 'object' && pair !== null && 'pre' in pair && 'post' in pair)
  if (!Array.isArray(pairs) || !pairs.every(isPair)) throw new StatisticsInputError('evaluation.stats.errors.notPairs')
  return { pre: finiteValues(pairs.map(pre)), post: finiteValues(pairs.map(post)) }
}

/** post − pre for each pair. */
export function differences(pairs: readonly PrePostPair[]): number[] {
  const split = splitPairs(pairs)
  return split.post.map((value, i) => value - split.pre[i]!)
}

/** Student's paired t-test on the differences (two-sided). */
export function pairedTTest(differences: readonly number[]): PairedTTest | Unavailable {
  const diffs = finiteValues(differences)
  const n = diffs.length
  if (n < 2) return { available: false, reason: 'tooFew' }
  const sd = sampleStandardDeviation(diffs)
  if (!(sd > 0)) return { available: false, reason: 'noVariation' }
  const t = mean(diffs) / (sd / Math.sqrt(n))
  return { available: true, t, df: n - 1, p: studentTTwoSidedP(t, n - 1) }
}

// Differences are compared to 12 significant digits of the largest one, as R's digits.rank does on request:
// 1.1 − (−0.2) and 0.1 − (−1.2) must tie, and 0.3 − 0.1 − 0.2 next to a difference of 2 must count as zero.
function rankingKeys(diffs: readonly number[]): number[] {
  const scale = diffs.reduce((largest, d) => Math.max(largest, Math.abs(d)), 0)
  return scale > 0 ? diffs.map(d => Math.round(d / scale * 1e12)) : diffs.map(() => 0)
}

/** Average ranks of |d| (ties share the mean of their ranks) and the tie term Σ(t³ − t). */
function averageRanks(magnitudes: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = magnitudes.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value)
  const ranks = new Array<number>(magnitudes.length)
  let tieTerm = 0
  for (let start = 0; start < order.length;) {
    let end = start
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++
    const size = end - start + 1
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = (start + end) / 2 + 1
    tieTerm += size ** 3 - size
    start = end + 1
  }
  return { ranks, tieTerm }
}

/** How many subsets of {1, …, n} sum to each total: the exact null distribution of W+ times 2ⁿ. */
function signedRankCounts(n: number): number[] {
  const max = n * (n + 1) / 2
  const counts = new Array<number>(max + 1).fill(0)
  counts[0] = 1
  for (let rank = 1; rank <= n; rank++) {
    for (let total = rank * (rank + 1) / 2; total >= rank; total--) counts[total]! += counts[total - rank]!
  }
  return counts
}

/** The largest n for which the exact distribution is used (when there are no ties). */
export const WILCOXON_EXACT_MAX_N = 25

/**
 * The Wilcoxon signed-rank test on the differences (two-sided). Zero differences are dropped (Wilcoxon's method, as
 * R does) and tied |differences| get average ranks. Exact p for n ≤ 25 without ties, n counted after dropping the
 * zeros (where R would fall back to the normal approximation): 2 · min(P(V ≤ v), P(V ≥ v)),
 * capped at 1. Otherwise the normal approximation with the tie correction of the variance and a continuity
 * correction of ½ towards the mean (Hollander & Wolfe, Nonparametric Statistical Methods; R's wilcox.test).
 */
export function wilcoxonSignedRank(diffs: readonly number[]): WilcoxonSignedRank | Unavailable {
  if (diffs.length === 0) return { available: false, reason: 'tooFew' }
  const nonZero = rankingKeys(finiteValues(diffs)).filter(key => key !== 0)
  if (nonZero.length === 0) return { available: false, reason: 'noChange' }
  const n = nonZero.length
  const { ranks, tieTerm } = averageRanks(nonZero.map(Math.abs))
  const wPlus = ranks.reduce((sum, rank, i) => (nonZero[i]! > 0 ? sum + rank : sum), 0)
  const wMinus = n * (n + 1) / 2 - wPlus
  const ties = tieTerm > 0
  const base = { available: true as const, n, zerosDropped: diffs.length - n, wPlus, wMinus, w: wPlus - wMinus, ties }
  if (!ties && n <= WILCOXON_EXACT_MAX_N) {
    const counts = signedRankCounts(n)
    const total = 2 ** n
    const atMost = counts.slice(0, wPlus + 1).reduce((a, b) => a + b, 0) / total
    const atLeast = counts.slice(wPlus).reduce((a, b) => a + b, 0) / total
    return { ...base, method: 'exact', z: null, p: Math.min(1, 2 * Math.min(atMost, atLeast)) }
  }
  const centred = wPlus - n * (n + 1) / 4
  const variance = n * (n + 1) * (2 * n + 1) / 24 - tieTerm / 48
  const z = (centred - Math.sign(centred) * 0.5) / Math.sqrt(variance)
  return { ...base, method: 'normal', z, p: normalTwoSidedP(z) }
}

/** Hedges' (1981) exact bias correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)); J(10) = 0.9227. */
export function hedgesCorrection(df: number): number {
  if (!(df > 1)) return 0
  return Math.exp(logGamma(df / 2) - logGamma((df - 1) / 2)) / Math.sqrt(df / 2)
}

/**
 * Effect sizes for a paired design from its summary figures. d_z = mean difference / SD of differences (Cohen 1988),
 * g = J(n − 1) · d_z with Hedges' exact J.
 * The 95 % interval is exact under normality: d_z · √n is the observed t of a noncentral t with n − 1 df, so the
 * noncentralities at which it is the 97.5th and 2.5th percentile, divided by √n, bound d_z (Steiger & Fouladi 1997;
 * Cumming & Finch 2001; Cumming, Understanding the New Statistics, 2012); g's bounds are J times d_z's.
 * The standard errors are the large-sample ones, var(d_z) ≈ 1/n + d_z²/(2n) (Hedges & Olkin, Statistical Methods for
 * Meta-Analysis, 1985; Borenstein, Hedges, Higgins & Rothstein, Introduction to Meta-Analysis, 2009, ch. 4, which gives
 * this variance for matched groups when r = 0.5) and V_g = J² V_d. Needs n ≥ 3: with n = 2, J(1) = 0.
 */
export function pairedEffectSizeFromSummary(
  summary: { n: number; meanDifference: number; sdDifference: number; sdPre?: number; sdPost?: number },
): PairedEffectSize | Unavailable {
  const { n, meanDifference, sdDifference } = summary
  finiteValues([n, meanDifference, sdDifference])
  if (n < 3) return { available: false, reason: 'tooFew' }
  if (!(sdDifference > 0)) return { available: false, reason: 'noVariation' }
  const dz = meanDifference / sdDifference
  const j = hedgesCorrection(n - 1)
  const se = Math.sqrt(1 / n + dz * dz / (2 * n))
  const delta = noncentralityInterval(dz * Math.sqrt(n), n - 1)
  const dzCi: ConfidenceInterval = { level: 0.95, lower: delta.lower / Math.sqrt(n), upper: delta.upper / Math.sqrt(n) }
  const averageSd = summary.sdPre !== undefined && summary.sdPost !== undefined ? (summary.sdPre + summary.sdPost) / 2 : 0
  const dav = averageSd > 0 ? meanDifference / averageSd : null
  return {
    available: true,
    dz,
    j,
    hedgesG: j * dz,
    dzCi,
    hedgesGCi: { level: 0.95, lower: j * dzCi.lower, upper: j * dzCi.upper },
    ciMethod: 'noncentral-t',
    dzStandardError: se,
    hedgesGStandardError: j * se,
    dav,
    // Lakens (2013) corrects d_av with the two-group approximation 1 − 3/(4(n₁ + n₂) − 9), here n₁ = n₂ = n.
    gav: dav === null ? null : dav * (1 - 3 / (8 * n - 9)),
  }
}

/** Everything the level-2 view shows about a set of pre/post pairs, each figure with the n behind it. */
export function analysePairs(pairs: readonly PrePostPair[]): PairedAnalysis {
  const split = splitPairs(pairs)
  const diffs = split.post.map((value, i) => value - split.pre[i]!)
  const n = diffs.length
  const sd = (values: number[]) => (values.length >= 2 ? sampleStandardDeviation(values) : null)
  const sdDifference = sd(diffs)
  const meanDifference = n ? mean(diffs) : null
  const effectSize = meanDifference === null || sdDifference === null
    ? { available: false as const, reason: 'tooFew' as const }
    : pairedEffectSizeFromSummary({ n, meanDifference, sdDifference, sdPre: sd(split.pre) ?? undefined, sdPost: sd(split.post) ?? undefined })
  return {
    n,
    meanPre: n ? mean(split.pre) : null,
    meanPost: n ? mean(split.post) : null,
    meanDifference,
    sdDifference,
    tTest: pairedTTest(diffs),
    wilcoxon: wilcoxonSignedRank(diffs),
    effectSize,
  }
}
