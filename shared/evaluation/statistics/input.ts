/** What the UI and the server need to say why a computation refused its input: a key under evaluation.stats.errors.*. */
export type StatisticsMessageParams = Record<string, string | number>

/** Thrown for input no statistic can be computed from; a route turns it into a translated 4xx with fail(422, key, params). */
export class StatisticsInputError extends Error {
  constructor(readonly key: string, readonly params: StatisticsMessageParams = {}) {
    super(key)
    this.name = 'StatisticsInputError'
  }
}

/** The values themselves, refusing NaN and ±Infinity: a missing answer must be left out, not passed as NaN. */
export function finiteValues(values: readonly number[]): number[] {
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new StatisticsInputError('evaluation.stats.errors.notANumber', { position: index + 1 })
  })
  return [...values]
}
