import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { assertLocaleCodes, databaseLocaleCodes, localeCodesSql, LocaleCodesMismatchError } from '../../server/db/locale-codes'
import { migrate } from '../../server/db/migrate'
import { LOCALE_CODES, type LocaleCode } from '../../shared/locales'
import { WITH_FAKE } from '../unit/fake-locale'
import { createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, RolledBack } from './rls-fixtures'
import { schemaFiles } from './schema-files'

// The database takes its locale list from one function. A migration made from a registry with an extra
// language ('xx') must open every check at once; a check still holding a literal list would refuse 'xx'.
let handle: DatabaseHandle
let ann: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  ann = await createPerson(handle.db, 'ann')
})
afterAll(() => handle.close())

const XX = 'xx' as LocaleCode
const CHECK_VIOLATION = /violates check constraint/
const EVERYWHERE = { preferredLocale: true, consentLocale: true, localizedTextKey: true, signUpKeeps: true }

/** What each place that checks a locale makes of one code, as a person or a sign-up meets it. */
async function accepts(code: string) {
  const db = handle.db
  const asPreferred = await attemptAndRollBack(db, ann, tx => tx.updateTable('profiles')
    .set({ preferred_locale: code as LocaleCode }).where('id', '=', ann.id).execute())
  const asConsent = await attemptAndRollBack(db, ann, tx => tx.insertInto('consents')
    .values({ user_id: ann.id, document: 'terms', version: '2026-01-01', locale: code as LocaleCode }).execute())
  const asTextKey = await attemptAndRollBack(db, ann, async (tx) => {
    const { rows } = await sql<{ ok: boolean }>`select public.is_locale_map(${JSON.stringify({ [code]: 'Text' })}::jsonb) as ok`.execute(tx)
    if (!rows[0]!.ok) throw new Error('not a locale map')
  })
  const signedUp = await asService(db, 'test fixture', tx => tx.insertInto('auth.users').values({
    email: `${code}-${Date.now()}@test.example`, encrypted_password: null, email_confirmed_at: null, last_sign_in_at: null,
    raw_app_meta_data: JSON.stringify({}) as never,
    raw_user_meta_data: JSON.stringify({ display_name: 'New', preferred_locale: code }) as never,
  }).returning('id').executeTakeFirstOrThrow())
  const profile = await asService(db, 'test check', tx => tx.selectFrom('profiles').select('preferred_locale')
    .where('id', '=', signedUp.id).executeTakeFirstOrThrow())
  // An attempt that went through ends in RolledBack (true); a refused one in the database's message.
  const passed = (e: Error) => e instanceof RolledBack || e.message
  return {
    preferredLocale: passed(asPreferred),
    consentLocale: passed(asConsent),
    localizedTextKey: passed(asTextKey),
    signUpKeeps: profile.preferred_locale === code,
  }
}

describe('the database reads its locale list from the registry', () => {
  it('the migrated database accepts exactly the codes of shared/locales.ts, in their order', async () => {
    expect(await databaseLocaleCodes(handle.db)).toEqual(LOCALE_CODES)
    await expect(assertLocaleCodes(handle.db, LOCALE_CODES)).resolves.toBeUndefined()
  })

  it('every registry locale passes every check today', async () => {
    for (const code of ['zh', 'fil', 'my']) expect(await accepts(code), code).toEqual(EVERYWHERE)
  })

  it('a language added to the registry is refused everywhere until its migration, then accepted everywhere', async () => {
    const codes = WITH_FAKE.map(l => l.code)
    // Before: the server would refuse to start, and each check refuses the new code.
    await expect(assertLocaleCodes(handle.db, codes)).rejects.toBeInstanceOf(LocaleCodesMismatchError)
    const before = await accepts(XX)
    expect(before.preferredLocale).toMatch(CHECK_VIOLATION)
    expect(before.consentLocale).toMatch(CHECK_VIOLATION)
    expect(before.localizedTextKey).toBe('not a locale map')
    expect(before.signUpKeeps).toBe(false)

    // The migration `npm run i18n:migration` writes from that registry, applied by the real runner.
    const { migrations } = schemaFiles()
    const made = { name: '29991231000000_locale_codes.sql', sql: localeCodesSql(codes) }
    expect(await migrate(handle, [...migrations, made])).toEqual([made.name])

    await expect(assertLocaleCodes(handle.db, codes)).resolves.toBeUndefined()
    expect(await accepts(XX)).toEqual(EVERYWHERE)
    // Institutions' names are localized text: the new language's key is stored.
    const inserted = await asService(handle.db, 'test fixture', tx => tx.insertInto('institutions').values({
      slug: 'xx-college', kind: 'university', country: 'TH', name: JSON.stringify({ en: 'College', xx: 'Xx College' }),
      city: JSON.stringify({ xx: 'Xxville' }), description: JSON.stringify({}), website: null,
    }).returning('name').executeTakeFirstOrThrow())
    expect(inserted.name).toEqual({ en: 'College', xx: 'Xx College' })
    // Still one list: a code in no registry stays out, and the old registry no longer matches the database.
    expect(await accepts('yy')).toMatchObject({ preferredLocale: expect.stringMatching(CHECK_VIOLATION), signUpKeeps: false })
    await expect(assertLocaleCodes(handle.db, LOCALE_CODES)).rejects.toThrow(/npm run i18n:migration/)
  })
})
