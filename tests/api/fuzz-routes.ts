import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** One route file under server/api, e.g. server/api/agreements/[id]/ledger.post.ts → POST /api/agreements/[id]/ledger. */
export interface ApiRoute { method: string; pattern: string; params: string[] }

const apiDir = new URL('../../server/api', import.meta.url).pathname

/** Every route file, found by walking server/api, so a new route is fuzzed without touching this test. */
export function apiRoutes(): ApiRoute[] {
  const files = readdirSync(apiDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'))
  return files.sort().map((file) => {
    const parts = relative(apiDir, join(apiDir, file)).split('/')
    const name = parts.pop()!.replace(/\.ts$/, '')
    // name.method.ts answers one method; a file without one (the catch-all [...].ts) answers any: try GET.
    const [, base, method] = name.match(/^(.*?)(?:\.(get|post|put|patch|delete|head))?$/) as [string, string, string | undefined]
    if (base !== 'index') parts.push(base)
    const pattern = `/api/${parts.join('/')}`.replace(/\/$/, '')
    const params = [...pattern.matchAll(/\[([^\]]+)\]/g)].map(m => m[1]!)
    return { method: (method ?? 'get').toUpperCase(), pattern, params }
  })
}

/** Fills path parameters: a known id where the test found one, else a random uuid / slug / key. */
export function fillPath(route: ApiRoute, known: Record<string, string> = {}): string {
  return route.pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (name === '...') return 'no/such/route'
    return encodeURIComponent(known[name] ?? (name === 'slug' ? `no-such-${randomUUID().slice(0, 8)}` : name === 'key' ? 'passport' : randomUUID()))
  })
}

/** Junk in a path parameter: NUL, a lone surrogate's bytes, 2 000 characters, a number beyond int8. */
export const JUNK_PARAMS = ['%00', '%ED%A0%80', 'x'.repeat(2000), '99999999999999999999999', '..%2F..%2Fetc', '%F0%9F%92%A9']

const BIG = 'x'.repeat(100_000)

/** Values that replace one field at a time: wrong types, text Postgres cannot store, odd dates, huge numbers. */
export const FIELD_VALUES: [string, unknown][] = [
  ['{}', {}], ['[]', []], ['1', 1], ['"x"', 'x'], ['null', null], ['true', true],
  ['NUL', 'a\u0000b'], ['lone surrogate', 'a\uD800b'], ['100 kB', BIG],
  ['year 0000', '0000-01-01'], ['year 99999', '99999-01-01'], ['Feb 30', '2026-02-30'], ['wall clock 0000', '0000-01-01T00:00'],
  ['99999999999', 99999999999], ['1e30', 1e30], ['-1', -1], ['1e12', 1e12], ['0.001', 0.001],
]

/** Whole bodies that are no object of the route's shape. */
export const BAD_BODIES: [string, string][] = [
  ['malformed JSON', '{"not json'], ['{}', '{}'], ['[]', '[]'], ['1', '1'], ['"x"', '"x"'], ['null', 'null'],
  ['NUL escape', '{"a":"\\u0000"}'], ['deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
]

/** Bad query values, each sent alone under every query key the portal uses. */
export const QUERY_KEYS = ['limit', 'before', 'from', 'to', 'year', 'q', 'country', 'kind', 'state', 'institutionId', 'view',
  'callId', 'hostInstitutionId', 'left', 'right', 'second', 'open', 'status']
export const QUERY_VALUES = ['99999999999', '1e30', 'a%00b', 'x'.repeat(4000), '0000%2F0001']

/**
 * Copies of body with one leaf (or one object or array) replaced by each of FIELD_VALUES,
 * walking into nested objects and the first element of arrays (localized texts, parties, conditions).
 */
export function mutations(body: unknown, path: string[] = [], depth = 0): { label: string; body: unknown }[] {
  const out: { label: string; body: unknown }[] = []
  if (body === null || typeof body !== 'object' || depth > 4) return out
  const entries: [string, unknown][] = Array.isArray(body) ? (body.length ? [['0', body[0]]] : []) : Object.entries(body)
  for (const [key, value] of entries) {
    for (const [label, replacement] of FIELD_VALUES) {
      out.push({ label: `${[...path, key].join('.')} = ${label}`, body: setAt(body, key, replacement) })
    }
    for (const inner of mutations(value, [...path, key], depth + 1)) out.push({ label: inner.label, body: setAt(body, key, inner.body) })
  }
  return out
}

function setAt(container: object, key: string, value: unknown): unknown {
  if (Array.isArray(container)) return container.map((v, i) => (String(i) === key ? value : v))
  return { ...container, [key]: value }
}
