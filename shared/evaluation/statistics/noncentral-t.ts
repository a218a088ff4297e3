import { logGamma, normalCdf, regularizedIncompleteBeta } from './distributions'

/**
 * The noncentral t distribution, for the exact confidence interval of a standardized mean difference: invert
 * P(T ≤ t_observed; df, δ) = 0.975 and 0.025 for the noncentrality δ (Steiger & Fouladi 1997; Cumming & Finch 2001).
 * The CDF is Lenth's algorithm AS 243 (Applied Statistics 38, 1989, 185–189), as in R's pnt, with R's switch to the
 * normal approximation of Abramowitz & Stegun 26.7.10 where exp(−δ²/2) would underflow.
 */

const ITERATION_LIMIT = 5000
const ERROR_BOUND = 1e-12
// R's pnt: beyond δ² > 2·ln 2·1021 the Poisson weights underflow.
const MAX_DELTA_SQUARED = 2 * Math.LN2 * 1021

/** P(T ≤ t) for T noncentral t with df degrees of freedom and noncentrality delta. */
export function noncentralTCdf(t: number, df: number, delta: number): number {
  if (Number.isNaN(t) || Number.isNaN(delta) || !(df > 0)) return Number.NaN
  if (t === Number.POSITIVE_INFINITY) return 1
  if (t === Number.NEGATIVE_INFINITY) return 0
  const negative = t < 0
  const tt = negative ? -t : t
  const del = negative ? -delta : delta
  if (del * del > MAX_DELTA_SQUARED) {
    const s = 1 / (4 * df)
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s)
    return negative ? 1 - normalCdf(z) : normalCdf(z)
  }
  let tnc = 0
  const x = tt * tt / (tt * tt + df)
  if (x > 0) {
    const lambda = del * del
    let p = 0.5 * Math.exp(-0.5 * lambda)
    let q = Math.sqrt(2 / Math.PI) * p * del
    let s = -0.5 * Math.expm1(-0.5 * lambda)
    let a = 0.5
    const b = 0.5 * df
    const rxb = Math.pow(1 - x, b)
    const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b)
    let xOdd = regularizedIncompleteBeta(x, a, b)
    let gOdd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta)
    let xEven = 1 - rxb
    let gEven = b * x * rxb
    tnc = p * xOdd + q * xEven
    for (let i = 1; i <= ITERATION_LIMIT; i++) {
      a += 1
      xOdd -= gOdd
      xEven -= gEven
      gOdd *= x * (a + b - 1) / a
      gEven *= x * (a + b - 0.5) / (a + 0.5)
      p *= lambda / (2 * i)
      q *= lambda / (2 * i + 1)
      tnc += p * xOdd + q * xEven
      s -= p
      if (s <= 0 || Math.abs(2 * s * (xOdd - gOdd)) < ERROR_BOUND) break
    }
  }
  tnc += normalCdf(-del)
  const lower = Math.min(1, Math.max(0, tnc))
  return negative ? 1 - lower : lower
}

/** The δ for which P(T ≤ t; df, δ) equals the probability: the CDF falls as δ grows, so bracket and bisect. */
export function noncentralityFor(t: number, df: number, probability: number): number {
  const cdf = (delta: number) => noncentralTCdf(t, df, delta)
  let step = 1 + Math.abs(t) / 4
  let low = t - step
  while (cdf(low) < probability) low -= (step *= 2)
  step = 1 + Math.abs(t) / 4
  let high = t + step
  while (cdf(high) > probability) high += (step *= 2)
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, Math.abs(low)); i++) {
    const middle = (low + high) / 2
    if (cdf(middle) > probability) low = middle
    else high = middle
  }
  return (low + high) / 2
}

/** The 95 % interval of the noncentrality behind an observed t: [δ at which t is the 97.5th percentile, δ at the 2.5th]. */
export function noncentralityInterval(t: number, df: number): { lower: number; upper: number } {
  return { lower: noncentralityFor(t, df, 0.975), upper: noncentralityFor(t, df, 0.025) }
}
