import { createHash, randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import type { Database } from '../../server/db/schema'
import type { MemberRole } from '../../shared/roles'
import { createInstitutionRow, createPerson, grantRole } from './helpers'

/** Raised to roll back an attempt that unexpectedly succeeded, so a failing probe leaves no damage behind. */
export class RolledBack extends Error {
  constructor() { super('the operation succeeded (and was rolled back)') }
}

/**
 * Runs fn as actor and always rolls the transaction back. Resolves to the error the database raised,
 * or to a RolledBack error when fn succeeded: use it for destructive probes (truncate, DDL) whose success
 * must not wipe the fixtures the other tests in the file rely on.
 */
export async function attemptAndRollBack(db: Db, actor: Actor | null, fn: (tx: Tx) => Promise<unknown>): Promise<Error> {
  try {
    await asUser(db, actor, async (tx) => {
      await fn(tx)
      throw new RolledBack()
    })
  }
  catch (error) {
    return error as Error
  }
  return new Error('unreachable')
}

/** A person who holds `role` at `institutionId`. */
export async function personWithRole(db: Db, name: string, institutionId: string, role: MemberRole): Promise<Actor> {
  const person = await createPerson(db, name)
  await grantRole(db, person, institutionId, role)
  return person
}

/** The secretariat belongs to an institution of its own (the role is global, wherever it is held). */
export async function createSecretariat(db: Db, name = 'secretariat'): Promise<Actor> {
  const office = await createInstitutionRow(db)
  return personWithRole(db, name, office, 'secretariat')
}

export function fileValues(ownerId?: string) {
  return {
    ...(ownerId ? { owner_id: ownerId } : {}),
    storage_key: `test/${randomUUID()}`,
    filename: 'report.pdf',
    content_type: 'application/pdf',
    size_bytes: 1234,
    sha256: createHash('sha256').update(randomUUID()).digest('hex'),
  }
}

/** A file row owned by owner, written on the service path (fixtures only). */
export async function createFileRow(db: Db, owner: Actor): Promise<string> {
  const row = await asService(db, 'test fixture', tx => tx.insertInto('files').values(fileValues(owner.id) as never)
    .returning('id').executeTakeFirstOrThrow())
  return row.id
}

/** A mail in the outbox, written on the service path as the mail service does. */
export async function createMail(db: Db, to: Actor | null, template = 'test.notice'): Promise<string> {
  const row = await asService(db, 'test fixture', tx => tx.insertInto('mail_outbox').values({
    to_email: to?.email ?? 'nobody@test.example', to_user_id: to?.id ?? null, locale: 'en', template,
    subject: `Subject of ${template}`, body: `Body of ${template}: https://portal.example/secret-${randomUUID()}`, sent_at: null,
  }).returning('id').executeTakeFirstOrThrow())
  return row.id
}

type RlsTable = 'profiles' | 'institutions' | 'memberships' | 'files' | 'mail_outbox'

/** Reads a row by id bypassing RLS, to check what really is in the table. */
export async function serviceRow<T extends RlsTable>(db: Db, table: T, id: string): Promise<Selectable<Database[T]> | undefined> {
  const row = await asService(db, 'test check', tx => tx.selectFrom(table as RlsTable).selectAll().where('id', '=', id).executeTakeFirst())
  return row as Selectable<Database[T]> | undefined
}

/** Ids of the rows of a table that actor can see among `ids`. */
export async function visibleIds(db: Db, actor: Actor | null, table: RlsTable, ids: string[]): Promise<string[]> {
  const rows = await asUser(db, actor, tx => tx.selectFrom(table as 'profiles').select('id').where('id', 'in', ids).execute())
  return rows.map(r => r.id).sort()
}

export const RLS_VIOLATION = /row-level security/
export const PERMISSION_DENIED = /permission denied/

/** Runs fn as actor inside a transaction that is always rolled back, and returns what fn returned; a database error is rethrown. */
export async function probeAs<T>(db: Db, actor: Actor | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined
  const error = await attemptAndRollBack(db, actor, async (tx) => { result = await fn(tx) })
  if (!(error instanceof RolledBack)) throw error
  return result as T
}

/** How many rows an update or a delete changed (0 when RLS hid them all). */
export function rowsChanged(result: { numUpdatedRows?: bigint; numDeletedRows?: bigint } | undefined): number {
  return Number(result?.numUpdatedRows ?? result?.numDeletedRows ?? 0)
}
