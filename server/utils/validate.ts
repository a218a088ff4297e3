import type { H3Event } from 'h3'
import { getQuery, getRouterParam } from 'h3'
import { readBodyLimited } from './body'
import type { z } from 'zod'
import { isStorableText } from '../../shared/schemas/primitives'
import { issuesOf } from '../../shared/forms/issues'
import { fail } from './errors'

/** The path of the first string (value or key) Postgres cannot store (NUL, lone surrogate), or null. */
function unstorablePath(value: unknown): string | null {
  // Iterative: a body of 5 000 nested arrays must not exhaust the stack.
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path
      continue
    }
    if (item === null || typeof item !== 'object') continue
    for (const [key, inner] of Object.entries(item)) {
      const at = path ? `${path}.${key}` : key
      if (!isStorableText(key)) return at
      stack.push([inner, at])
    }
  }
  return null
}

/**
 * Validates a value; a value that fails the schema is 422 with the first failing field named. Text no
 * column can hold is refused here for every route, whatever its schema says.
 */
export function parseOr422<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const unstorable = unstorablePath(value)
  if (unstorable !== null) fail(422, 'errors.validation', { field: unstorable }, { issues: [{ path: unstorable, code: 'unstorable_text' }] })
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = issuesOf(result.error, value)
  fail(422, 'errors.validation', { field: issues[0]?.path ?? '' }, { issues })
}

/** Reads a JSON body and validates it; malformed JSON is 400. */
export async function readValid<T extends z.ZodType>(event: H3Event, schema: T): Promise<z.output<T>> {
  // Read as it streams with the 1 MB limit (already done by the body-limit middleware for API routes).
  const raw = (await readBodyLimited(event)).toString('utf8')
  let body: unknown = {}
  if (raw.trim()) {
    try { body = JSON.parse(raw) }
    catch { fail(400, 'errors.malformedJson') }
  }
  return parseOr422(schema, body)
}

export function queryValid<T extends z.ZodType>(event: H3Event, schema: T): z.output<T> {
  return parseOr422(schema, getQuery(event))
}

/** A route parameter that does not fit its schema names nothing that exists: 404. */
export function paramValid<T extends z.ZodType>(event: H3Event, name: string, schema: T): z.output<T> {
  const raw = getRouterParam(event, name, { decode: true })
  const result = schema.safeParse(raw)
  if (!result.success || (typeof raw === 'string' && !isStorableText(raw))) fail(404, 'errors.notFound')
  return result.data
}
