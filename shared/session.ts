/** The name of the sealed, httpOnly cookie that carries a signed-in session (server/auth/session.ts). */
export const SESSION_COOKIE = 'portal_session'
