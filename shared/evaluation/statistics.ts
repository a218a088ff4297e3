/**
 * The statistics of the evaluation module, pure and shared by the server (reports, analytics) and the UI: paired
 * pre/post tests and effect sizes, descriptive figures, plain-language wording and the k-anonymity rule.
 */
export * from './statistics/distributions'
export * from './statistics/noncentral-t'
export * from './statistics/input'
export * from './statistics/paired'
export * from './statistics/descriptive'
export * from './statistics/wording'
export * from './statistics/k-anonymity'
