import { createHash } from 'node:crypto'
import type { VersionedContent } from '../../../shared/agreements/vocabulary'

/** JSON with keys in a fixed order, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** What an approval and a signature bind to: the hash of a version's title and content. */
export function contentHash(versioned: VersionedContent): string {
  return createHash('sha256').update(canonicalJson(versioned)).digest('hex')
}

export interface FieldChange {
  /** A dotted path, e.g. goals.th, conditions.c1.placesPerYear, parties.<institution>.divisionOfLabour.zh */
  path: string
  before: string | number | boolean | null
  after: string | number | boolean | null
}

// Lists are keyed by identity (a condition's id, a party's institution), not by position,
// so reordering is not a change and an edit shows against the right item.
function keyOf(item: unknown, index: number): string {
  const record = item as Record<string, unknown>
  return String(record?.id ?? record?.institutionId ?? index)
}

function flatten(value: unknown, prefix: string, out: Map<string, FieldChange['before']>) {
  if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}.${keyOf(item, i)}`, out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  else out.set(prefix, (value ?? null) as FieldChange['before'])
}

/** Field-by-field differences between two versions. */
export function compareContent(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, FieldChange['before']>()
  const b = new Map<string, FieldChange['before']>()
  flatten(before, '', a)
  flatten(after, '', b)
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort()
  return paths.filter(p => a.get(p) !== b.get(p)).map(p => ({ path: p, before: a.get(p) ?? null, after: b.get(p) ?? null }))
}
