import type { H3Event } from 'h3'
import { useSession } from 'h3'

/** What the sealed, httpOnly session cookie holds. Supabase mode adds the user's tokens. */
export interface SessionData {
  userId?: string
  email?: string
  accessToken?: string
  refreshToken?: string
}

const WEEK = 60 * 60 * 24 * 7

function session(event: H3Event) {
  const config = useRuntimeConfig(event)
  return useSession<SessionData>(event, {
    name: 'portal_session',
    password: config.sessionPassword,
    maxAge: WEEK,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.public.baseUrl.startsWith('https://'), path: '/' },
  })
}

export async function readSession(event: H3Event): Promise<SessionData> {
  return (await session(event)).data
}

export async function writeSession(event: H3Event, data: SessionData): Promise<void> {
  const s = await session(event)
  await s.clear()
  await (await session(event)).update(data)
}

export async function endSession(event: H3Event): Promise<void> {
  await (await session(event)).clear()
}
