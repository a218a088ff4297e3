import { sql } from 'kysely'
import { asService } from '../../db/as-user'
import type { Db } from '../../db/connect'
import { hashPassword } from '../../auth/password'
import { DEMO_ACCOUNTS, DEMO_INSTITUTIONS, DEMO_PASSWORD } from './community'
import { seedDemoGovernance } from './governance'
import { seedDemoCalendars } from './holidays'

/**
 * Creates the demo community where it is missing; running it again changes nothing.
 * Returns the accounts created, or null when everything was already there.
 */
export async function seedDemoCommunity(db: Db): Promise<{ email: string; role: string }[] | null> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const accounts = await asService(db, 'demo seed', async (tx) => {
    for (const inst of DEMO_INSTITUTIONS) {
      await tx.insertInto('institutions').values({
        slug: inst.slug, kind: inst.kind, country: inst.country, website: inst.website,
        city: JSON.stringify(inst.city), name: JSON.stringify(inst.name), description: JSON.stringify(inst.description),
      }).onConflict(oc => oc.column('slug').doNothing()).execute()
    }
    const created: { email: string; role: string }[] = []
    for (const account of DEMO_ACCOUNTS) {
      const exists = await tx.selectFrom('auth.users').select('id').where(sql`lower(email)`, '=', account.email).executeTakeFirst()
      if (exists) {
        // A demo seeded before profiles had zones of their own gets them; a zone chosen since stays.
        await tx.updateTable('profiles').set({ time_zone: account.timeZone }).where('id', '=', exists.id).where('time_zone', 'is', null).execute()
        continue
      }
      const user = await tx.insertInto('auth.users').values({
        email: account.email, encrypted_password: passwordHash, email_confirmed_at: new Date(), last_sign_in_at: null,
        raw_app_meta_data: JSON.stringify({ provider: 'email' }) as never,
        raw_user_meta_data: JSON.stringify({ display_name: account.displayName, preferred_locale: account.locale, time_zone: account.timeZone }) as never,
      }).returning('id').executeTakeFirstOrThrow()
      for (const m of account.memberships) {
        const inst = await tx.selectFrom('institutions').select('id').where('slug', '=', m.institution).executeTakeFirstOrThrow()
        await tx.insertInto('memberships').values({ user_id: user.id, institution_id: inst.id, role: m.role }).execute()
      }
      created.push({ email: account.email, role: account.memberships.map(m => m.role).join(', ') })
    }
    return created.length ? created : null
  })
  await seedDemoGovernance(db)
  await seedDemoCalendars(db)
  return accounts
}
