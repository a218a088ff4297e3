import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { updateInstitution } from '../../server/domain/institutions/institutions'
import { createInstitutionRow, freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'

let handle: DatabaseHandle
let institution: string
let staff: Actor
let otherStaff: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  institution = await createInstitutionRow(handle.db)
  staff = await personWithRole(handle.db, 'staff', institution, 'partner_staff')
  otherStaff = await personWithRole(handle.db, 'other', await createInstitutionRow(handle.db), 'partner_staff')
})
afterAll(() => handle.close())

async function fileOf(owner: Actor, contentType: string) {
  return asService(handle.db, 'test fixture', tx => tx.insertInto('files').values({
    owner_id: owner.id, storage_key: `${owner.id}/${randomUUID()}`, filename: 'logo', content_type: contentType, size_bytes: 10, sha256: 'a'.repeat(64),
  }).returning('id').executeTakeFirstOrThrow()).then(r => r.id)
}

describe('institution logos', () => {
  it('makes a logo readable by anonymous visitors once it is the institution’s logo, and not before', async () => {
    const logo = await fileOf(staff, 'image/png')
    const seenByVisitor = () => asUser(handle.db, null, tx => tx.selectFrom('files').select('id').where('id', '=', logo).executeTakeFirst())
    expect(await seenByVisitor()).toBeUndefined()
    await asUser(handle.db, staff, tx => updateInstitution(tx, institution, { logoFileId: logo }, staff))
    expect(await seenByVisitor()).toEqual({ id: logo })
  })

  it('refuses someone else’s upload as a logo (422) and an SVG or PDF (415)', async () => {
    const foreign = await fileOf(otherStaff, 'image/png')
    await expect(asUser(handle.db, staff, tx => updateInstitution(tx, institution, { logoFileId: foreign }, staff))).rejects.toMatchObject({ statusCode: 422 })
    const pdf = await fileOf(staff, 'application/pdf')
    await expect(asUser(handle.db, staff, tx => updateInstitution(tx, institution, { logoFileId: pdf }, staff))).rejects.toMatchObject({ statusCode: 415 })
  })
})
