import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import { endSessions } from '../../auth/builtin-sessions'

/**
 * Built-in auth's part of an erasure: the auth.users row stays (the anonymised profile hangs on it)
 * but holds no email, no password and no metadata, and is banned; every session and reset token ends.
 * tx is a service transaction.
 */
export async function disableBuiltinLogin(tx: Tx, userId: string): Promise<void> {
  await sql`update auth.users set email = null, encrypted_password = null, raw_user_meta_data = '{}'::jsonb,
      raw_app_meta_data = '{}'::jsonb, email_confirmed_at = null, last_sign_in_at = null, banned_until = 'infinity', updated_at = now()
    where id = ${userId}`.execute(tx)
  await endSessions(tx, { userId })
  await tx.deleteFrom('auth.password_reset_tokens').where('user_id', '=', userId).execute()
}
