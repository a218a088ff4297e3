import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { connectPglite, connectPostgres, type DatabaseHandle, type Db } from '../../server/db/connect'
import { asService, type Actor } from '../../server/db/as-user'
import type { MemberRole } from '../../shared/roles'

/** A database of this test file's own, cloned from the migrated template. */
export async function freshDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) return connectPglite(undefined, new Blob([readFileSync(inject('pgliteTemplate'))]))
  const template = inject('postgresTemplate')
  const name = `${template}_${randomUUID().slice(0, 8)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name} template ${template}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const handle = connectPostgres(url.toString(), 25)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const drop = new pg.Client({ connectionString: serverUrl })
      await drop.connect()
      await drop.query(`drop database if exists ${name} with (force)`)
      await drop.end()
    },
  }
}

/** A person as built-in sign-up makes one: a row in auth.users and, by trigger, a profile. */
export async function createPerson(db: Db, name = 'person'): Promise<Actor> {
  const email = `${name}-${randomUUID().slice(0, 8)}@test.example`
  const row = await asService(db, 'test fixture', tx => tx.insertInto('auth.users').values({
    email, encrypted_password: null, email_confirmed_at: null, last_sign_in_at: null,
    raw_app_meta_data: JSON.stringify({}) as never,
    raw_user_meta_data: JSON.stringify({ display_name: name }) as never,
  }).returning(['id', 'email']).executeTakeFirstOrThrow())
  return { id: row.id, email: row.email! }
}

export async function createInstitutionRow(db: Db, slug = `inst-${randomUUID().slice(0, 8)}`): Promise<string> {
  const row = await asService(db, 'test fixture', tx => tx.insertInto('institutions').values({
    slug, kind: 'university', country: 'TH', name: JSON.stringify({ en: `Institution ${slug}`, th: `สถาบัน ${slug}` }),
    city: JSON.stringify({}), description: JSON.stringify({}), website: null,
  }).returning('id').executeTakeFirstOrThrow())
  return row.id
}

export async function grantRole(db: Db, person: Actor, institutionId: string, role: MemberRole): Promise<void> {
  await asService(db, 'test fixture', tx => tx.insertInto('memberships').values({ user_id: person.id, institution_id: institutionId, role }).execute())
}
