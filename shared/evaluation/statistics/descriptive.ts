import { max, mean, median, min, sampleStandardDeviation } from 'simple-statistics'
import { finiteValues, StatisticsInputError } from './input'

/** Descriptive figures for one question's numeric answers (Likert, rating, NPS, number): each with the n behind it. */

export interface Description {
  n: number
  mean: number | null
  median: number | null
  /** Sample standard deviation (n − 1); null below two answers. */
  sd: number | null
  min: number | null
  max: number | null
}

export function describe(values: readonly number[]): Description {
  const answers = finiteValues(values)
  const n = answers.length
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null }
  return { n, mean: mean(answers), median: median(answers), sd: n >= 2 ? sampleStandardDeviation(answers) : null, min: min(answers), max: max(answers) }
}

/** Refuses an answer that is not a whole point of the scale from..to. */
function onScale(values: readonly number[], from: number, to: number): number[] {
  const answers = finiteValues(values)
  for (const value of answers) {
    if (!Number.isInteger(value) || value < from || value > to) throw new StatisticsInputError('evaluation.stats.errors.outOfScale', { value, min: from, max: to })
  }
  return answers
}

export interface DistributionBar { value: number; count: number; share: number }

/**
 * How many answers gave each value, in ascending order. With the scale's points given, every point appears (a point
 * nobody chose shows 0) and an answer outside them is refused.
 */
export function distribution(values: readonly number[], scalePoints?: readonly number[]): { n: number; bars: DistributionBar[] } {
  const answers = finiteValues(values)
  const counts = new Map<number, number>((scalePoints ?? []).map(point => [point, 0]))
  for (const value of answers) {
    if (scalePoints && !counts.has(value)) throw new StatisticsInputError('evaluation.stats.errors.notAScalePoint', { value })
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const n = answers.length
  const bars = [...counts.entries()].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count, share: n ? count / n : 0 }))
  return { n, bars }
}

/** The share of answers in the two most favourable points of a 5- or 7-point scale (4–5 or 6–7). */
export function topTwoBox(values: readonly number[], points: 5 | 7): { n: number; count: number; share: number | null } {
  if (points !== 5 && points !== 7) throw new StatisticsInputError('evaluation.stats.errors.scalePoints', { points })
  const answers = onScale(values, 1, points)
  const count = answers.filter(value => value >= points - 1).length
  return { n: answers.length, count, share: answers.length ? count / answers.length : null }
}

export interface NetPromoterScore {
  n: number
  /** 9–10 */
  promoters: number
  /** 7–8 */
  passives: number
  /** 0–6 */
  detractors: number
  /** % promoters − % detractors, from −100 to 100; null without answers. */
  score: number | null
}

/** The Net Promoter Score of 0–10 answers, with the counts behind it. */
export function netPromoterScore(values: readonly number[]): NetPromoterScore {
  const answers = onScale(values, 0, 10)
  const promoters = answers.filter(value => value >= 9).length
  const detractors = answers.filter(value => value <= 6).length
  const n = answers.length
  return { n, promoters, passives: n - promoters - detractors, detractors, score: n ? 100 * (promoters - detractors) / n : null }
}
