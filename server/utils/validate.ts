import type { H3Event } from 'h3'
import { getQuery, getRouterParam } from 'h3'
import { readBodyLimited } from './body'
import type { z } from 'zod'
import { fail } from './errors'

/** Validates a value; a value that fails the schema is 422 with the first failing field named. */
export function parseOr422<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.slice(0, 20).map(i => ({ path: i.path.join('.'), code: i.code }))
  fail(422, 'errors.validation', { field: issues[0]?.path ?? '' }, { issues })
}

/** Reads a JSON body and validates it; malformed JSON is 400. */
export async function readValid<T extends z.ZodType>(event: H3Event, schema: T): Promise<z.output<T>> {
  // Read as it streams with the 1 MB limit (already done by the body-limit middleware for API routes).
  const raw = (await readBodyLimited(event)).toString('utf8')
  let body: unknown = {}
  if (raw.trim()) {
    try { body = JSON.parse(raw) } catch { fail(400, 'errors.malformedJson') }
  }
  return parseOr422(schema, body)
}

export function queryValid<T extends z.ZodType>(event: H3Event, schema: T): z.output<T> {
  return parseOr422(schema, getQuery(event))
}

/** A route parameter that does not fit its schema names nothing that exists: 404. */
export function paramValid<T extends z.ZodType>(event: H3Event, name: string, schema: T): z.output<T> {
  const result = schema.safeParse(getRouterParam(event, name, { decode: true }))
  if (!result.success) fail(404, 'errors.notFound')
  return result.data
}
