import type { H3Event } from 'h3'
import { getCookie, useSession } from 'h3'
import { portalConfig } from '../utils/config'
import { SESSION_COOKIE } from '../../shared/session'

/** What the sealed, httpOnly session cookie holds. Supabase mode adds the user's tokens. */
export interface SessionData {
  userId?: string
  email?: string
  /** Built-in auth: the row in auth.sessions this browser holds. */
  sessionId?: string
  accessToken?: string
  refreshToken?: string
}

const WEEK = 60 * 60 * 24 * 7
const NAME = SESSION_COOKIE

function session(event: H3Event) {
  const config = portalConfig()
  return useSession<SessionData>(event, {
    name: NAME,
    // Only the httpOnly cookie carries the session, never a request header.
    sessionHeader: false,
    password: config.sessionPassword,
    maxAge: WEEK,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.baseUrl.startsWith('https://'), path: '/' },
  })
}

/**
 * Sessions already unsealed, by their sealed cookie. Unsealing derives keys and checks the seal on
 * every request (about a tenth of a signed-in request's work); the same sealed text always opens to
 * the same session, so a copy is kept until the session's own expiry. Nothing changes in who is
 * let in: a sealed cookie stays valid until it expires, cached or not.
 */
interface OpenedSession { id: string; createdAt: number; data: SessionData }
const opened = new Map<string, OpenedSession>()
const OPENED_MAX = 10_000

export async function readSession(event: H3Event): Promise<SessionData> {
  const sealed = getCookie(event, NAME)
  // No cookie, no session: h3 would mint and seal an empty one (a key derivation and a Set-Cookie on every
  // anonymous request, which also made anonymous pages uncacheable). Signing in writes the first one.
  if (!sealed) return {}
  const known = sealed ? opened.get(sealed) : undefined
  if (known && Date.now() - known.createdAt < WEEK * 1000) {
    const sessions = (event.context.sessions ??= Object.create(null)) as Record<string, OpenedSession>
    sessions[NAME] ??= { id: known.id, createdAt: known.createdAt, data: { ...known.data } }
  }
  else if (known) opened.delete(sealed!)
  const data = (await session(event)).data
  const current = (event.context.sessions as Record<string, OpenedSession> | undefined)?.[NAME]
  if (sealed && !known && current?.id && data.userId) {
    if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!)
    opened.set(sealed, { id: current.id, createdAt: current.createdAt, data: { ...data } })
  }
  return data
}

export async function writeSession(event: H3Event, data: SessionData): Promise<void> {
  const s = await session(event)
  await s.clear()
  await (await session(event)).update(data)
}

export async function endSession(event: H3Event): Promise<void> {
  const sealed = getCookie(event, NAME)
  if (sealed) opened.delete(sealed)
  await (await session(event)).clear()
}
