import { randomBytes } from 'node:crypto'
import type { H3Event } from 'h3'
import { sql } from 'kysely'
import { asService } from '../db/as-user'
import type { Actor } from '../db/as-user'
import { acceptNotices } from '../domain/privacy/consents'
import { enqueueMail, portalLink } from '../mail/outbox'
import { useDatabase } from '../utils/database'
import type { LocaleCode } from '../../shared/locales'
import type { SignUpInput } from './provider'
import { hashPassword } from './password'
import { startSession } from './builtin-sessions'
import { auditAuth, sha256 } from './builtin-records'
import { writeSession } from './session'
import { isUniqueViolation } from '../utils/database-errors'
import { canonicalZone } from '../../shared/time-zones'

const CONFIRM_TTL_HOURS = 24

/**
 * Built-in sign-up. A new email gets an account that signs in once the mailed link confirms the
 * address; a taken email changes nothing and its owner is told by mail, in their own language. The
 * caller sees the same either way, and both ways hash the password, so neither answers faster.
 */
export async function builtinSignUp(input: SignUpInput): Promise<void> {
  const db = await useDatabase()
  const passwordHash = await hashPassword(input.password)
  const token = randomBytes(32).toString('base64url')
  const email = input.email.toLowerCase()
  try {
    await asService(db, 'sign-up', async (tx) => {
      const owner = await tx.selectFrom('auth.users').leftJoin('profiles', 'profiles.id', 'auth.users.id')
        .select(['auth.users.id', 'profiles.preferred_locale']).where(sql`lower(auth.users.email)`, '=', email).executeTakeFirst()
      if (owner) {
        const locale = (owner.preferred_locale ?? input.locale) as LocaleCode
        await enqueueMail(tx, {
          toEmail: email, toUserId: owner.id, locale, template: 'auth.signup_existing',
          params: { login: portalLink(locale, '/auth/login'), reset: portalLink(locale, '/auth/forgot') },
        })
        await auditAuth(tx, null, 'sign_up_email_taken', owner.id)
        return
      }
      const user = await tx.insertInto('auth.users').values({
        email,
        encrypted_password: passwordHash,
        email_confirmed_at: null,
        last_sign_in_at: null,
        raw_app_meta_data: JSON.stringify({ provider: 'email' }) as never,
        raw_user_meta_data: JSON.stringify({
          display_name: input.displayName, preferred_locale: input.locale, time_zone: input.timeZone && canonicalZone(input.timeZone),
        }) as never,
      }).returning('id').executeTakeFirstOrThrow()
      await sql`insert into auth.signup_confirmations (token_hash, user_id, expires_at)
        values (${sha256(token)}, ${user.id}, now() + make_interval(hours => ${CONFIRM_TTL_HOURS}))`.execute(tx)
      await enqueueMail(tx, {
        toEmail: email, toUserId: user.id, locale: input.locale, template: 'auth.signup_confirm',
        params: { name: input.displayName, link: portalLink(input.locale, `/auth/confirm?token=${token}`), hours: CONFIRM_TTL_HOURS },
      })
      // Accepting the terms and privacy notice on the sign-up page is recorded with the account.
      if (input.acceptNotices) await acceptNotices(tx, { id: user.id, email }, input.locale)
      await auditAuth(tx, user.id, 'sign_up', user.id)
    })
  }
  catch (error) {
    // The same email signed up twice at once: the later one is a taken email, and answers as one.
    if (!isUniqueViolation(error)) throw error
  }
}

/** Confirms the address with the mailed token (once, before it expires) and signs the person in. */
export async function builtinConfirmSignUp(event: H3Event, token: string): Promise<Actor | null> {
  const db = await useDatabase()
  const confirmed = await asService(db, 'sign-up confirmation', async (tx) => {
    const pending = await sql<{ user_id: string }>`delete from auth.signup_confirmations
      where token_hash = ${sha256(token)} and expires_at > now() returning user_id`.execute(tx)
    const userId = pending.rows[0]?.user_id
    if (!userId) return null
    const user = await tx.updateTable('auth.users').set({ email_confirmed_at: new Date(), last_sign_in_at: new Date() })
      .where('id', '=', userId).returning(['id', 'email']).executeTakeFirstOrThrow()
    await auditAuth(tx, user.id, 'confirm_email', user.id)
    return { id: user.id, email: user.email!, sessionId: await startSession(tx, user.id) }
  })
  if (!confirmed) return null
  await writeSession(event, { userId: confirmed.id, email: confirmed.email, sessionId: confirmed.sessionId })
  return { id: confirmed.id, email: confirmed.email }
}
