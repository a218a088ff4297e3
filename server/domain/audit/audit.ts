import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import { anyContains } from '../../db/search'
import { AUDIT_PAGE_SIZE, type AuditEventNames } from '../../../shared/audit/events'
import type { AuditFilter } from '../../../shared/schemas/audit'
import type { LocalizedText } from '../../../shared/localized-text'

/** The most rows one export holds: a year of a busy community; narrower filters give the rest. */
export const AUDIT_EXPORT_LIMIT = 20_000

/** Columns of an audited row that name the institution it concerns: the institution filter looks at these. */
const INSTITUTION_COLUMNS = ['institution_id', 'home_institution_id', 'host_institution_id'] as const

type Snapshot = Record<string, unknown>

const ACCOUNT_ENTITIES = ['auth.users', 'profiles']

function filtered(tx: Tx, filter: AuditFilter) {
  let query = tx.selectFrom('audit_log').leftJoin('profiles', 'profiles.id', 'audit_log.actor_id')
  if (filter.person) query = query.where(anyContains([sql.ref('profiles.display_name'), sql.ref('profiles.email')], filter.person))
  if (filter.entity) query = query.where('audit_log.entity', '=', filter.entity)
  if (filter.action) query = query.where('audit_log.action', '=', filter.action)
  if (filter.institutionId) {
    const id = filter.institutionId
    const row = sql`coalesce(audit_log.after, audit_log.before)`
    query = query.where(sql<boolean>`((audit_log.entity = 'institutions' and audit_log.entity_id = ${id})
      or ${sql.join(INSTITUTION_COLUMNS.map(c => sql`${row} ->> ${c} = ${id}`), sql` or `)})`)
  }
  // Days are the reader's: from midnight of `from` to midnight after `to`, in their time zone.
  if (filter.from) query = query.where(sql<boolean>`audit_log.at >= (${filter.from}::date::timestamp at time zone ${filter.timeZone})`)
  if (filter.to) query = query.where(sql<boolean>`audit_log.at < ((${filter.to}::date + 1)::timestamp at time zone ${filter.timeZone})`)
  return query.select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.entity', 'audit_log.entity_id',
    'audit_log.before', 'audit_log.after', 'profiles.display_name as actor_name', 'profiles.email as actor_email'])
    .orderBy('audit_log.id', 'desc')
}

/**
 * One page of events, newest first, each with the names a sentence needs. RLS decides which rows and which
 * names the reader sees (the route lets only the secretariat in); values the trigger redacted never were here.
 */
export async function listAudit(tx: Tx, filter: AuditFilter) {
  const rows = await filtered(tx, filter).limit(AUDIT_PAGE_SIZE + 1).offset((filter.page - 1) * AUDIT_PAGE_SIZE).execute()
  const items = await withNames(tx, rows.slice(0, AUDIT_PAGE_SIZE))
  return { items, page: filter.page, hasMore: rows.length > AUDIT_PAGE_SIZE }
}

/** Every event the filters match, up to AUDIT_EXPORT_LIMIT, for the spreadsheet. */
export async function listAuditForExport(tx: Tx, filter: AuditFilter) {
  return withNames(tx, await filtered(tx, filter).limit(AUDIT_EXPORT_LIMIT).execute())
}

type Row = Awaited<ReturnType<ReturnType<typeof filtered>['execute']>>[number]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function idsOf(snapshots: Snapshot[], ...columns: string[]): string[] {
  const ids = new Set<string>()
  for (const s of snapshots) for (const c of columns) if (typeof s[c] === 'string' && UUID.test(s[c] as string)) ids.add(s[c] as string)
  return [...ids]
}

function isNameValue(value: unknown): value is LocalizedText | string {
  return typeof value === 'string' || (!!value && typeof value === 'object' && !Array.isArray(value))
}

/** Names by id for the rows' references, each looked up once, as the reader (RLS hides what they may not see). */
async function lookups(tx: Tx, snapshots: Snapshot[]) {
  const people = idsOf(snapshots, 'applicant_id', 'user_id')
  const institutions = idsOf(snapshots, 'institution_id', 'home_institution_id')
  const agreements = idsOf(snapshots, 'agreement_id')
  const calls = idsOf(snapshots, 'call_id')
  const programs = idsOf(snapshots, 'program_id')
  const bodies = idsOf(snapshots, 'body_id')
  const [p, i, a, c, pr, b] = await Promise.all([
    people.length ? tx.selectFrom('profiles').select(['id', 'display_name as name']).where('id', 'in', people).execute() : [],
    institutions.length ? tx.selectFrom('institutions').select(['id', 'name']).where('id', 'in', institutions).execute() : [],
    agreements.length ? tx.selectFrom('agreements').select(['id', 'title as name']).where('id', 'in', agreements).execute() : [],
    calls.length ? tx.selectFrom('calls').select(['id', 'title as name']).where('id', 'in', calls).execute() : [],
    programs.length ? tx.selectFrom('programs').select(['id', 'title as name']).where('id', 'in', programs).execute() : [],
    bodies.length ? tx.selectFrom('governance_bodies').select(['id', 'name']).where('id', 'in', bodies).execute() : [],
  ])
  const map = <T>(rows: { id: string; name: T }[]) => new Map(rows.map(r => [r.id, r.name]))
  return { people: map(p), institutions: map(i), contexts: new Map([...map(a), ...map(c), ...map(pr), ...map(b)]) }
}

async function withNames(tx: Tx, rows: Row[]) {
  // Rows about an account carry no image of it (sign-ins, erasure): the person is the row's id.
  const snapshots = rows.map((r): Snapshot => ({
    ...(ACCOUNT_ENTITIES.includes(r.entity) ? { user_id: r.entity_id } : {}),
    ...(r.after ?? r.before ?? {}) as Snapshot,
  }))
  const names = await lookups(tx, snapshots)
  return rows.map((r, n) => {
    const s = snapshots[n]!
    const own = s.name ?? s.title ?? s.display_name
    const ref = (column: string) => (typeof s[column] === 'string' ? s[column] as string : undefined)
    const contextId = ref('agreement_id') ?? ref('call_id') ?? ref('program_id') ?? ref('body_id')
    const before = (r.before ?? {}) as Snapshot
    const person = names.people.get(ref('applicant_id') ?? ref('user_id') ?? '')
    const event: AuditEventNames = {
      entity: r.entity,
      action: r.action,
      actor_name: r.actor_name,
      subject: isNameValue(own) ? own : ACCOUNT_ENTITIES.includes(r.entity) ? person ?? null : null,
      person_name: person ?? null,
      institution_name: (names.institutions.get(ref('institution_id') ?? ref('home_institution_id') ?? '') as LocalizedText | undefined) ?? null,
      context_name: (names.contexts.get(contextId ?? '') as LocalizedText | undefined) ?? null,
      new_state: r.action === 'update' && typeof s.state === 'string' && s.state !== before.state ? s.state : null,
    }
    return { id: r.id, at: r.at, entity_id: r.entity_id, actor_email: r.actor_email, ...event }
  })
}

/** Delivery metadata for the secretariat: which kind of mail went to whom, and when; never what it said. */
export async function listOutbox(tx: Tx, limit: number) {
  return tx.selectFrom('mail_deliveries').select(['id', 'to_email', 'locale', 'template', 'created_at', 'sent_at'])
    .orderBy('created_at', 'desc').limit(limit).execute()
}
