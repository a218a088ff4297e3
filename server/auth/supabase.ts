import type { H3Event } from 'h3'
import { createClient, type Session, type SupabaseClient } from '@supabase/supabase-js'
import { jwtVerify, createRemoteJWKSet, type JWTPayload } from 'jose'
import { portalLink } from '../mail/outbox'
import { portalConfig } from '../utils/config'
import { fail } from '../utils/errors'
import type { Actor } from '../db/as-user'
import type { AuthProvider } from './provider'
import { endSession, readSession, writeSession } from './session'
import { canonicalZone } from '../../shared/time-zones'

function settings() {
  // This provider is chosen only in Supabase mode, where the configuration has these settings.
  return portalConfig().supabase!
}

/** A fresh client per call: the server keeps no Supabase session of its own between requests. */
function client(key: 'anon' | 'service' = 'anon'): SupabaseClient {
  const s = settings()
  return createClient(s.url, key === 'service' ? s.serviceRoleKey : s.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  })
}

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined

/** Verifies a Supabase access token: with the project's JWT secret (HS256) or its published keys. */
async function verifyAccessToken(token: string): Promise<JWTPayload | null> {
  const s = settings()
  try {
    if (s.jwtSecret) return (await jwtVerify(token, new TextEncoder().encode(s.jwtSecret), { audience: 'authenticated' })).payload
    jwks ??= createRemoteJWKSet(new URL(`${s.url}/auth/v1/.well-known/jwks.json`))
    return (await jwtVerify(token, jwks, { audience: 'authenticated' })).payload
  }
  catch {
    return null
  }
}

async function remember(event: H3Event, session: Session): Promise<Actor> {
  const actor = { id: session.user.id, email: session.user.email ?? '' }
  await writeSession(event, { userId: actor.id, email: actor.email, accessToken: session.access_token, refreshToken: session.refresh_token })
  return actor
}

/** Supabase Auth through @supabase/supabase-js; the database is the project's Postgres as in every mode. */
export const supabaseAuth: AuthProvider = {
  async signUp(_event, input) {
    // Supabase mails the confirmation; its template links to {{ .RedirectTo }}?token={{ .TokenHash }}.
    const { error } = await client().auth.signUp({
      email: input.email,
      password: input.password,
      options: { data: { display_name: input.displayName, preferred_locale: input.locale, time_zone: input.timeZone && canonicalZone(input.timeZone) }, emailRedirectTo: portalLink(input.locale, '/auth/confirm') },
    })
    // With "Confirm email" on, Supabase answers a taken email like a new one; with it off it says so, and
    // the portal answers as for a new one anyway. A session it may hand out is not kept: sign-in is by log-in.
    if (error && error.code !== 'user_already_exists' && error.code !== 'email_exists' && !(error.status === 422 && !error.code)) {
      if (error.code === 'weak_password') fail(422, 'auth.errors.weakPassword')
      if (error.status === 429) fail(429, 'errors.rateLimited', { seconds: 60 })
      fail(502, 'errors.somethingWrong')
    }
  },

  async confirmSignUp(event, token) {
    const { data, error } = await client().auth.verifyOtp({ token_hash: token, type: 'email' })
    if (error || !data.session) return null
    return remember(event, data.session)
  },

  async logIn(event, email, password) {
    // "Email not confirmed" answers like a wrong password, as in built-in auth, or sign-up would reveal taken emails.
    const { data, error } = await client().auth.signInWithPassword({ email, password })
    if (error || !data.session) return null
    return remember(event, data.session)
  },

  async logOut(event) {
    const session = await readSession(event)
    let token = session.accessToken
    // Supabase refuses to sign out with an expired access token; refresh first, so its session really ends
    // (otherwise the refresh token in a copied cookie would keep working after the log-out).
    if (token && session.refreshToken && !(await verifyAccessToken(token))) {
      const refreshed = await client().auth.refreshSession({ refresh_token: session.refreshToken }).catch(() => undefined)
      token = refreshed?.data.session?.access_token
    }
    if (token) await client('service').auth.admin.signOut(token).catch(() => undefined)
    await endSession(event)
  },

  async currentActor(event) {
    const session = await readSession(event)
    if (!session.accessToken) return null
    const claims = await verifyAccessToken(session.accessToken)
    if (claims?.sub) return { id: claims.sub, email: String(claims.email ?? session.email ?? '') }
    if (!session.refreshToken) return null
    // Expired: refresh once and keep the new tokens in the cookie.
    const { data, error } = await client().auth.refreshSession({ refresh_token: session.refreshToken })
    if (error || !data.session) {
      await endSession(event)
      return null
    }
    return remember(event, data.session)
  },

  async endOtherSessions(event) {
    const { accessToken } = await readSession(event)
    if (accessToken) await client('service').auth.admin.signOut(accessToken, 'others')
  },

  async changePassword(event, actor, currentPassword, newPassword) {
    const c = client()
    const check = await c.auth.signInWithPassword({ email: actor.email, password: currentPassword })
    if (check.error || !check.data.session) return false
    const { error } = await c.auth.updateUser({ password: newPassword })
    if (error) fail(422, 'auth.errors.weakPassword')
    // Supabase ends every other session of the user on a password change, the one in our cookie too:
    // keep the session that made the change, or this browser is signed out when its access token expires.
    const { data } = await c.auth.getSession()
    if (data.session) await remember(event, data.session)
    return true
  },

  async requestPasswordReset(_event, email, locale) {
    // Supabase sends the mail; its template links to /<locale>/auth/reset?token={{ .TokenHash }}.
    await client().auth.resetPasswordForEmail(email, { redirectTo: portalLink(locale, '/auth/reset') })
  },

  async confirmPasswordReset(_event, token, newPassword) {
    const c = client()
    const { data, error } = await c.auth.verifyOtp({ token_hash: token, type: 'recovery' })
    if (error || !data.session) return false
    await c.auth.setSession({ access_token: data.session.access_token, refresh_token: data.session.refresh_token })
    const update = await c.auth.updateUser({ password: newPassword })
    return !update.error
  },

  async checkPassword(actor, password) {
    const { data, error } = await client().auth.signInWithPassword({ email: actor.email, password })
    // The check made a session of its own: end it, the account is about to close or stays as it was.
    if (data.session) await client('service').auth.admin.signOut(data.session.access_token, 'local').catch(() => undefined)
    return !error && Boolean(data.session)
  },

  async closeLogin(event, actor) {
    const { accessToken } = await readSession(event)
    if (accessToken) await client('service').auth.admin.signOut(accessToken, 'global').catch(() => undefined)
    // Soft delete: Auth keeps the row (the anonymised profile references it) but removes its email,
    // password and metadata, and nobody can sign in as it again.
    const { error } = await client('service').auth.admin.deleteUser(actor.id, true)
    if (error) fail(502, 'errors.somethingWrong')
    await endSession(event)
  },
}
