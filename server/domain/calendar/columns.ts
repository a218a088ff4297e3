import { sql } from 'kysely'

/**
 * An activity's eligible roles as a JS array from either driver: node-postgres has no parser for an enum's array type
 * (it hands over '{student}'), so the column is read as text[]. `table` names an alias when the query has several.
 */
export function eligibleRolesColumn(table?: string) {
  return sql<string[]>`${sql.raw(table ? `${table}.` : '')}eligible_roles::text[]`.as('eligible_roles')
}
