import type { H3Event } from 'h3'
import type { Actor } from '../db/as-user'
import type { LocaleCode } from '../../shared/locales'
import type { SignUpInput } from '../../shared/schemas/platform'

/** What the sign-up form sends, as its schema parses it: declared once, in the schema. */
export type { SignUpInput }

/**
 * What the pages and API need from an auth backend. Built-in (embedded, postgres) and Supabase Auth
 * implement it; both end with a row in auth.users, a profile by trigger, and the same session cookie.
 */
export interface AuthProvider {
  /**
   * Starts an account that can sign in once its address is confirmed, and mails the address. The
   * caller cannot tell a new email from a taken one: both end the same way, with nobody signed in.
   */
  signUp(event: H3Event, input: SignUpInput): Promise<void>
  /** Confirms the address with the mailed token and signs the person in; null when the token is unknown, used or expired. */
  confirmSignUp(event: H3Event, token: string): Promise<Actor | null>
  /** Returns null on bad credentials or an unconfirmed address: the route answers with one generic message. */
  logIn(event: H3Event, email: string, password: string): Promise<Actor | null>
  logOut(event: H3Event): Promise<void>
  /** The signed-in person, or null; verifies (and in Supabase mode refreshes) what the cookie holds. */
  currentActor(event: H3Event): Promise<Actor | null>
  changePassword(event: H3Event, actor: Actor, currentPassword: string, newPassword: string): Promise<boolean>
  /** Signs the person out of every other browser and device; this one stays signed in. */
  endOtherSessions(event: H3Event, actor: Actor): Promise<void>
  /** Always succeeds from the caller's view, so it does not tell whether an email has an account. */
  requestPasswordReset(event: H3Event, email: string, locale: LocaleCode): Promise<void>
  /** False when the token is unknown, used or expired. */
  confirmPasswordReset(event: H3Event, token: string, newPassword: string): Promise<boolean>
  /** Whether the password is the person's (closing an account asks for it again). */
  checkPassword(actor: Actor, password: string): Promise<boolean>
  /** After an erasure: the login keeps no email or password, every session ends, this cookie is cleared. */
  closeLogin(event: H3Event, actor: Actor): Promise<void>
}
