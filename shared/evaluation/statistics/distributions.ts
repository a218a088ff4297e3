import { gammaln } from 'simple-statistics'

/**
 * The distribution functions the tests need and simple-statistics lacks: its normal CDF is a 4-digit lookup table
 * and it has no Student t CDF. Both are computed here to double precision from the regularized incomplete beta and
 * gamma functions (Press, Teukolsky, Vetterling & Flannery, Numerical Recipes, 3rd ed., §6.2 and §6.4), with
 * simple-statistics' Lanczos log-gamma.
 */

const EPSILON = 1e-15
const TINY = 1e-300
const MAX_ITERATIONS = 10_000

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  return gammaln(x)
}

/** The continued fraction of the incomplete beta function, evaluated by the modified Lentz method (NR eq. 6.4.5). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b
  const qap = a + 1
  const qam = a - 1
  let c = 1
  let d = 1 - qab * x / qap
  if (Math.abs(d) < TINY) d = TINY
  d = 1 / d
  let h = d
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    h *= d * c
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) return h
  }
  throw new Error('incomplete beta: continued fraction did not converge')
}

/** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return Number.NaN
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x))
  // The fraction converges fast only below (a + 1) / (a + b + 2); above it use I_x(a, b) = 1 − I_{1−x}(b, a).
  return x < (a + 1) / (a + b + 2)
    ? front * betaContinuedFraction(x, a, b) / a
    : 1 - front * betaContinuedFraction(1 - x, b, a) / b
}

/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): the series below a + 1, the continued
 * fraction above, so that a small Q (a far tail) is computed directly rather than as 1 − P.
 */
export function regularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (!(a > 0) || Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN }
  if (x <= 0) return { lower: 0, upper: 1 }
  const logFront = -x + a * Math.log(x) - logGamma(a)
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n)
      sum += term
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        const lower = sum * Math.exp(logFront)
        return { lower, upper: 1 - lower }
      }
    }
    throw new Error('incomplete gamma: series did not converge')
  }
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) {
      const upper = Math.exp(logFront) * h
      return { lower: 1 - upper, upper }
    }
  }
  throw new Error('incomplete gamma: continued fraction did not converge')
}

/** Φ(z), the standard normal CDF: erfc(|z|/√2) = Q(½, z²/2), so the lower tail keeps its precision. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN
  const tail = 0.5 * regularizedGamma(0.5, z * z / 2).upper
  return z >= 0 ? 1 - tail : tail
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)))
}

/** Two-sided p-value of a Student t statistic with df degrees of freedom: P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN
  if (!Number.isFinite(t)) return 0
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5)
}

/** The Student t CDF, P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTwoSidedP(t, df) / 2
  return t >= 0 ? 1 - tail : tail
}
