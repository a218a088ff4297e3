import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { containsPattern } from '../../server/db/search'
import { listPeople } from '../../server/domain/memberships/memberships'
import { listInstitutions } from '../../server/domain/institutions/institutions'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createSecretariat } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  handle = await freshDatabase()
  await createInstitutionRow(handle.db, 'solar-pct-college')
  await createInstitutionRow(handle.db, 'solarworks')
})
afterAll(() => handle.close())

const institutions = async (q: string) =>
  (await asUser(handle.db, null, tx => listInstitutions(tx, { q }))).items.map(i => i.slug).sort()

describe('one search: a substring, case-folded, where %, _ and \\ match themselves', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(containsPattern('100%_a\\B')).toBe('%100\\%\\_a\\\\b%')
  })

  it('finds institutions by any part of a name or slug, whatever the case, in any script', async () => {
    expect(await institutions('SOLAR')).toEqual(['solar-pct-college', 'solarworks'])
    expect(await institutions('สถาบัน solarw')).toEqual(['solarworks'])
  })

  it('does not treat a typed % or _ as a wildcard', async () => {
    expect(await institutions('solar%college')).toEqual([])
    expect(await institutions('solar_pct')).toEqual([])
    expect(await institutions('%')).toEqual([])
  })

  it('finds people by a part of their name with an underscore in it, and not by _ as any character', async () => {
    const sec = await createSecretariat(handle.db)
    const under = await createPerson(handle.db, 'ana_lim')
    await createPerson(handle.db, 'anaxlim')
    const found = await asUser(handle.db, sec, tx => listPeople(tx, 'A_L'))
    expect(found.map(p => p.id)).toEqual([under.id])
  })
})
