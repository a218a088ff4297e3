import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { asService } from '../db/as-user'
import { enqueueMail, portalLink } from '../mail/outbox'
import { useDatabase } from '../utils/database'
import type { AuthProvider } from './provider'
import { hashPassword, verifyPassword } from './password'
import { endSessions, isLive, startSession } from './builtin-sessions'
import { auditAuth as audit, sha256 } from './builtin-records'
import { builtinConfirmSignUp, builtinSignUp } from './builtin-signup'
import { endSession, readSession, writeSession } from './session'
import { disableBuiltinLogin } from '../domain/privacy/logins'

const RESET_TTL_MINUTES = 60

/** Email + password accounts in auth.users of the portal's own Postgres (embedded and postgres modes). */
export const builtinAuth: AuthProvider = {
  signUp: (_event, input) => builtinSignUp(input),
  confirmSignUp: builtinConfirmSignUp,

  async logIn(event, email, password) {
    const db = await useDatabase()
    const user = await asService(db, 'log-in lookup', tx => tx.selectFrom('auth.users')
      .select(['id', 'email', 'encrypted_password'])
      .select(sql<boolean>`exists (select 1 from auth.signup_confirmations c where c.user_id = auth.users.id)`.as('unconfirmed'))
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst())
    const ok = await verifyPassword(password, user?.encrypted_password ?? null)
    // An unconfirmed account answers like a wrong password: otherwise signing up with an address and
    // logging in with that password would tell whether the address already had an account.
    if (!user || !ok || user.unconfirmed) return null
    const sessionId = await asService(db, 'log-in record', async (tx) => {
      await tx.updateTable('auth.users').set({ last_sign_in_at: new Date() }).where('id', '=', user.id).execute()
      await audit(tx, user.id, 'log_in', user.id)
      return startSession(tx, user.id)
    })
    await writeSession(event, { userId: user.id, email: user.email!, sessionId })
    return { id: user.id, email: user.email! }
  },

  async logOut(event) {
    const session = await readSession(event)
    if (session.userId) {
      const db = await useDatabase()
      await asService(db, 'log-out record', async (tx) => {
        await audit(tx, session.userId!, 'log_out', session.userId!)
        if (session.sessionId) await endSessions(tx, { sessionId: session.sessionId })
      })
    }
    await endSession(event)
  },

  async currentActor(event) {
    const session = await readSession(event)
    if (!session.userId || !session.email || !session.sessionId) return null
    return await isLive(await useDatabase(), session.sessionId, session.userId) ? { id: session.userId, email: session.email } : null
  },

  async changePassword(event, actor, currentPassword, newPassword) {
    const db = await useDatabase()
    const user = await asService(db, 'password check', tx => tx.selectFrom('auth.users').select('encrypted_password')
      .where('id', '=', actor.id).executeTakeFirst())
    if (!(await verifyPassword(currentPassword, user?.encrypted_password ?? null))) return false
    const hash = await hashPassword(newPassword)
    await asService(db, 'password change', async (tx) => {
      await tx.updateTable('auth.users').set({ encrypted_password: hash, updated_at: new Date() }).where('id', '=', actor.id).execute()
      // Whoever else holds a session of this account (a copied cookie, a forgotten browser) is signed out.
      await endSessions(tx, { userId: actor.id, except: (await readSession(event)).sessionId })
      await audit(tx, actor.id, 'change_password', actor.id)
    })
    return true
  },

  async endOtherSessions(event, actor) {
    const db = await useDatabase()
    const current = (await readSession(event)).sessionId
    await asService(db, 'end other sessions', async (tx) => {
      await endSessions(tx, { userId: actor.id, except: current })
      await audit(tx, actor.id, 'end_other_sessions', actor.id)
    })
  },

  async requestPasswordReset(_event, email, locale) {
    const db = await useDatabase()
    const token = randomBytes(32).toString('base64url')
    await asService(db, 'password reset request', async (tx) => {
      const user = await tx.selectFrom('auth.users').innerJoin('profiles', 'profiles.id', 'auth.users.id')
        .select(['auth.users.id', 'auth.users.email', 'profiles.preferred_locale'])
        .where(sql`lower(auth.users.email)`, '=', email.toLowerCase()).executeTakeFirst()
      if (!user) return
      // Only the newest link works: an older one, perhaps read by someone else, is void.
      await tx.deleteFrom('auth.password_reset_tokens').where('user_id', '=', user.id).where('used_at', 'is', null).execute()
      await tx.insertInto('auth.password_reset_tokens').values({
        token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + RESET_TTL_MINUTES * 60_000), used_at: null,
      }).execute()
      // The mail is in the recipient's preferred locale, whatever page they asked from.
      const recipientLocale = user.preferred_locale ?? locale
      await enqueueMail(tx, {
        toEmail: user.email!, toUserId: user.id, locale: recipientLocale, template: 'auth.password_reset',
        params: { link: portalLink(recipientLocale, `/auth/reset?token=${token}`), minutes: RESET_TTL_MINUTES },
      })
      await audit(tx, null, 'request_password_reset', user.id)
    })
  },

  async confirmPasswordReset(_event, token, newPassword) {
    const db = await useDatabase()
    const hash = await hashPassword(newPassword)
    return asService(db, 'password reset', async (tx) => {
      const used = await tx.updateTable('auth.password_reset_tokens').set({ used_at: new Date() })
        .where('token_hash', '=', sha256(token)).where('used_at', 'is', null).where('expires_at', '>', new Date())
        .returning('user_id').executeTakeFirst()
      if (!used) return false
      // The reset link proves the address, so it confirms it too (a lost confirmation mail is no dead end).
      await tx.updateTable('auth.users').set({ encrypted_password: hash, updated_at: new Date(), email_confirmed_at: sql`coalesce(email_confirmed_at, now())` })
        .where('id', '=', used.user_id).execute()
      await sql`delete from auth.signup_confirmations where user_id = ${used.user_id}`.execute(tx)
      await endSessions(tx, { userId: used.user_id })
      await audit(tx, null, 'reset_password', used.user_id)
      return true
    })
  },

  async checkPassword(actor, password) {
    const db = await useDatabase()
    const user = await asService(db, 'password check', tx => tx.selectFrom('auth.users').select('encrypted_password')
      .where('id', '=', actor.id).executeTakeFirst())
    return verifyPassword(password, user?.encrypted_password ?? null)
  },

  async closeLogin(event, actor) {
    const db = await useDatabase()
    await asService(db, 'close login after erasure', async (tx) => {
      await disableBuiltinLogin(tx, actor.id)
      await audit(tx, actor.id, 'close_login', actor.id)
    })
    await endSession(event)
  },
}
