import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { eraseAccount, erasedLabel } from '../../server/domain/privacy/erase'
import { collectPersonalData } from '../../server/domain/privacy/export'
import { disableBuiltinLogin } from '../../server/domain/privacy/logins'
import { addCoauthor } from '../../server/domain/conferences/submissions'
import { inviteReviewer } from '../../server/domain/conferences/reviews'
import type { FileStore } from '../../server/storage/file-store'
import { authorSchema, reviewerInviteSchema } from '../../shared/schemas/conferences'
import { createPerson, freshDatabase } from './helpers'
import { conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'

const NO_FILES: FileStore = { put: async () => {}, putFile: async () => {}, get: async () => null, delete: async () => {} }

/** Every table whose rows, as text, contain needle (any case). */
async function tablesHolding(db: Db, needle: string): Promise<string[]> {
  return asService(db, 'test: search the whole database', async (tx) => {
    const tables = await sql<{ name: string }>`select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(tx)
    const hits: string[] = []
    for (const { name } of tables.rows) {
      const found = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(name)} t where strpos(lower(t::text), lower(${needle})) > 0`.execute(tx)
      if (found.rows[0]!.n > 0) hits.push(name)
    }
    return hits
  })
}

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let submissionId: string, invitee: Actor
const printedName = `Malee Srisuk ${randomUUID().slice(0, 6)}`
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  submissionId = await submissionBy(db, w, 'submitted')
  await asService(db, 'test fixture', tx => tx.updateTable('submission_authors').set({ display_name: printedName }).where('person_id', '=', w.thaiAuthor.id).execute())
  // Someone invited by email, as a co-author and as a reviewer, who has an account but never answered.
  invitee = await createPerson(db, 'invitee')
  const draft = await submissionBy(db, w, 'draft')
  await asUser(db, w.thaiAuthor, tx => addCoauthor(tx, draft, authorSchema.parse({
    email: invitee.email.toUpperCase(), displayName: 'Sokha Chan', institutionName: 'Royal University of Phnom Penh', country: 'KH', position: 3,
  })))
  await asUser(db, w.chair, tx => inviteReviewer(tx, w.chair, w.conferenceId, reviewerInviteSchema.parse({ email: invitee.email })))
})
afterAll(() => handle.close())

describe('conferences in a person\'s data', () => {
  it('the archive holds their submissions with their author line', async () => {
    const data = await asUser(db, w.thaiAuthor, tx => collectPersonalData(tx, NO_FILES, w.thaiAuthor))
    const conferences = data.areas.conferences as { authorships: { submission_id: string; display_name: string }[] }
    expect(conferences.authorships.map(a => [a.submission_id, a.display_name])).toContainEqual([submissionId, printedName])
  })

  it('after erasure the author\'s name and email are nowhere; the submission and its author line (institution, country) stay', async () => {
    await asService(db, 'test: erase account', async (tx) => {
      await eraseAccount(tx, NO_FILES, w.thaiAuthor.id)
      await disableBuiltinLogin(tx, w.thaiAuthor.id)
    })
    expect(await tablesHolding(db, printedName)).toEqual([])
    expect(await tablesHolding(db, w.thaiAuthor.email)).toEqual([])
    const line = await asService(db, 'test check', tx => tx.selectFrom('submission_authors').select(['display_name', 'email', 'institution_id', 'country'])
      .where('submission_id', '=', submissionId).where('person_id', '=', w.thaiAuthor.id).executeTakeFirstOrThrow())
    expect(line).toEqual({ display_name: erasedLabel(w.thaiAuthor.id), email: null, institution_id: w.thaiCollege, country: 'TH' })
  })

  it('invitations by email to an erased person name them no more', async () => {
    await asService(db, 'test: erase account', async (tx) => {
      await eraseAccount(tx, NO_FILES, invitee.id)
      await disableBuiltinLogin(tx, invitee.id)
    })
    expect(await tablesHolding(db, invitee.email)).toEqual([])
    expect(await tablesHolding(db, 'Sokha Chan')).toEqual([])
  })
})
