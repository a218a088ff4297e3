import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase, grantRole } from './helpers'
import { attemptAndRollBack, createFileRow, createSecretariat, fileValues, PERMISSION_DENIED, RLS_VIOLATION, RolledBack, serviceRow, visibleIds } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

// owner and classmate share an institution where staff is office_staff; stranger belongs nowhere.
let owner: Actor, classmate: Actor, staff: Actor, stranger: Actor, sec: Actor
let ownerFile: string, strangerFile: string
beforeAll(async () => {
  const db = handle.db
  const uni = await createInstitutionRow(db)
  owner = await createPerson(db, 'owner')
  classmate = await createPerson(db, 'classmate')
  staff = await createPerson(db, 'staff')
  stranger = await createPerson(db, 'stranger')
  sec = await createSecretariat(db)
  await grantRole(db, owner, uni, 'student')
  await grantRole(db, classmate, uni, 'student')
  await grantRole(db, staff, uni, 'office_staff')
  ownerFile = await createFileRow(db, owner)
  strangerFile = await createFileRow(db, stranger)
})

describe('files_insert (owner_id must be the actor)', () => {
  it('a person adds a file they own', async () => {
    const values = fileValues(owner.id)
    const row = await asUser(handle.db, owner, tx => tx.insertInto('files').values(values as never).returning(['id', 'owner_id']).executeTakeFirstOrThrow())
    expect(row.owner_id).toBe(owner.id)
    expect(await serviceRow(handle.db, 'files', row.id)).toMatchObject({ owner_id: owner.id, storage_key: values.storage_key })
  })

  it('owner_id defaults to the actor', async () => {
    const row = await asUser(handle.db, classmate, tx => tx.insertInto('files').values(fileValues() as never).returning('owner_id').executeTakeFirstOrThrow())
    expect(row.owner_id).toBe(classmate.id)
  })

  it('inserting a file with someone else\'s owner_id fails', async () => {
    const values = fileValues(owner.id)
    await expect(asUser(handle.db, stranger, tx => tx.insertInto('files').values(values as never).execute())).rejects.toThrow(RLS_VIOLATION)
    const leaked = await asUser(handle.db, owner, tx => tx.selectFrom('files').select('id').where('storage_key', '=', values.storage_key).execute())
    expect(leaked).toEqual([])
  })

  it('the secretariat cannot add a file in someone else\'s name either', async () => {
    await expect(asUser(handle.db, sec, tx => tx.insertInto('files').values(fileValues(owner.id) as never).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it('an anonymous visitor cannot add a file', async () => {
    await expect(asUser(handle.db, null, tx => tx.insertInto('files').values(fileValues() as never).execute())).rejects.toThrow()
    await expect(asUser(handle.db, null, tx => tx.insertInto('files').values(fileValues(owner.id) as never).execute())).rejects.toThrow(RLS_VIOLATION)
  })
})

describe('files_select (the owner; others through the row that attaches a file)', () => {
  it('the owner reads their file', async () => {
    const rows = await asUser(handle.db, owner, tx => tx.selectFrom('files').select(['id', 'owner_id']).where('id', '=', ownerFile).execute())
    expect(rows).toEqual([{ id: ownerFile, owner_id: owner.id }])
  })

  it('the owner sees only their own files', async () => {
    expect(await visibleIds(handle.db, owner, 'files', [ownerFile, strangerFile])).toEqual([ownerFile])
    const all = await asUser(handle.db, owner, tx => tx.selectFrom('files').select('owner_id').execute())
    expect(all.length).toBeGreaterThan(0)
    expect(all.every(r => r.owner_id === owner.id)).toBe(true)
  })

  it.each([
    ['an unrelated person', () => stranger],
    ['a classmate at the same institution', () => classmate],
    ['office_staff of the owner\'s institution', () => staff],
    ['an anonymous visitor', () => null],
  ])('%s cannot read the file', async (_label, actor) => {
    expect(await visibleIds(handle.db, actor(), 'files', [ownerFile])).toEqual([])
  })

  it('the secretariat reads no one\'s files that no attachment shows it (an applicant\'s documents stay private)', async () => {
    expect(await visibleIds(handle.db, sec, 'files', [ownerFile, strangerFile])).toEqual([])
  })
})

describe('files: no update policy', () => {
  it('the owner cannot update their file row: 0 rows, unchanged', async () => {
    const rows = await asUser(handle.db, owner, tx => tx.updateTable('files').set({ filename: 'renamed.pdf' })
      .where('id', '=', ownerFile).returning('id').execute())
    expect(rows).toEqual([])
    expect((await serviceRow(handle.db, 'files', ownerFile))?.filename).toBe('report.pdf')
  })

  it('the owner cannot give a file away', async () => {
    const rows = await asUser(handle.db, owner, tx => tx.updateTable('files').set({ owner_id: stranger.id })
      .where('id', '=', ownerFile).returning('id').execute())
    expect(rows).toEqual([])
    expect((await serviceRow(handle.db, 'files', ownerFile))?.owner_id).toBe(owner.id)
  })

  it('the secretariat cannot update a file row it can read', async () => {
    const rows = await asUser(handle.db, sec, tx => tx.updateTable('files').set({ storage_key: 'elsewhere' })
      .where('id', '=', strangerFile).returning('id').execute())
    expect(rows).toEqual([])
    expect((await serviceRow(handle.db, 'files', strangerFile))?.storage_key).not.toBe('elsewhere')
  })

  it('another person cannot update the file', async () => {
    const rows = await asUser(handle.db, stranger, tx => tx.updateTable('files').set({ filename: 'x.pdf' })
      .where('id', '=', ownerFile).returning('id').execute())
    expect(rows).toEqual([])
  })
})

describe('files_delete (owner only)', () => {
  it.each([
    ['an unrelated person', () => stranger],
    ['office_staff of the owner\'s institution', () => staff],
    ['the secretariat', () => sec],
    ['an anonymous visitor', () => null],
  ])('%s cannot delete the file: 0 rows, still there', async (_label, actor) => {
    const rows = await asUser(handle.db, actor(), tx => tx.deleteFrom('files').where('id', '=', ownerFile).returning('id').execute())
    expect(rows).toEqual([])
    expect(await serviceRow(handle.db, 'files', ownerFile)).toBeDefined()
  })

  it('a delete without a where clause removes only the actor\'s own files', async () => {
    const mine = await createFileRow(handle.db, stranger)
    const rows = await asUser(handle.db, stranger, tx => tx.deleteFrom('files').returning('id').execute())
    expect(rows.map(r => r.id).sort()).toEqual([mine, strangerFile].sort())
    expect(await serviceRow(handle.db, 'files', ownerFile)).toBeDefined()
    strangerFile = await createFileRow(handle.db, stranger)
  })

  it('the owner deletes their own file', async () => {
    const doomed = await createFileRow(handle.db, owner)
    const rows = await asUser(handle.db, owner, tx => tx.deleteFrom('files').where('id', '=', doomed).returning('id').execute())
    expect(rows).toEqual([{ id: doomed }])
    expect(await serviceRow(handle.db, 'files', doomed)).toBeUndefined()
  })

  // files hold TRUNCATE through the default privileges too, but profiles.avatar_file_id references files, and
  // truncating profiles reaches mail_outbox, where TRUNCATE is revoked; so the attempt fails (and is rolled back).
  it('an authenticated person cannot truncate files', async () => {
    const error = await attemptAndRollBack(handle.db, stranger, tx => sql`truncate public.files cascade`.execute(tx))
    expect(error).not.toBeInstanceOf(RolledBack)
    expect(error.message).toMatch(PERMISSION_DENIED)
    expect(await serviceRow(handle.db, 'files', ownerFile)).toBeDefined()
  })
})
