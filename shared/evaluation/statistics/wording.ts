import type { StatisticsMessageParams } from './input'

/** A sentence for the UI as an i18n key and its params, so every locale says it in its own words. */
export interface StatisticsWording { key: string; params: StatisticsMessageParams }

export type EffectBand = 'negligible' | 'small' | 'medium' | 'large'

/** Cohen's (1988) conventional bands for a standardized mean difference: 0.2 small, 0.5 medium, 0.8 large. */
export function effectBand(d: number): EffectBand {
  const size = Math.abs(d)
  if (size >= 0.8) return 'large'
  if (size >= 0.5) return 'medium'
  if (size >= 0.2) return 'small'
  return 'negligible'
}

/**
 * "A large improvement, n = 34": the band and direction of an effect size with the n behind it. Give it Hedges' g
 * (the bias-corrected d_z of analysePairs) and the number of pairs.
 * higherIsBetter = false for scales where a fall is the good direction (e.g. a count of complaints).
 * With no effect size (too few pairs, no variation) it says there is not enough data.
 */
export function effectWording(d: number | null, n: number, options: { higherIsBetter?: boolean } = {}): StatisticsWording {
  if (d === null || !Number.isFinite(d)) return { key: 'evaluation.stats.effect.notEnoughData', params: { n } }
  const band = effectBand(d)
  if (band === 'negligible') return { key: 'evaluation.stats.effect.negligible', params: { n } }
  const better = (d > 0) === (options.higherIsBetter ?? true)
  const key = `${band}${better ? 'Improvement' : 'Decline'}`
  return { key: `evaluation.stats.effect.${key}`, params: { n } }
}

/**
 * A p-value in plain words, with the figure: "p < 0.001", or p to three decimals, and whether
 * the difference is unlikely to be chance at the 5 % level. The figure is a string so no locale rounds it again.
 */
export function pWording(p: number | null): StatisticsWording {
  if (p === null || !Number.isFinite(p) || p < 0 || p > 1) return { key: 'evaluation.stats.p.notAvailable', params: {} }
  if (p < 0.001) return { key: 'evaluation.stats.p.belowThousandth', params: { p: '0.001' } }
  // Three decimals, or four where three would round a p just under 0.05 up to "0.050".
  const shown = p < 0.05 && p.toFixed(3) === '0.050' ? p.toFixed(4) : p.toFixed(3)
  return { key: p < 0.05 ? 'evaluation.stats.p.significant' : 'evaluation.stats.p.notSignificant', params: { p: shown } }
}
