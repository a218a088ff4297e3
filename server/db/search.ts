import { sql, type Expression, type RawBuilder } from 'kysely'

/** A LIKE pattern for text that contains q, case-folded; %, _ and \ typed by a person match themselves. */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, m => `\\${m}`)}%`
}

/**
 * Whether any of the texts contains q, whatever its case. A substring match, because Thai, Chinese,
 * Khmer, Lao and Myanmar put no spaces between words, where word search would find nothing.
 */
export function anyContains(texts: Expression<unknown>[], q: string): RawBuilder<boolean> {
  const pattern = containsPattern(q)
  return sql<boolean>`(${sql.join(texts.map(text => sql`lower(${text}) like ${pattern}`), sql` or `)})`
}
