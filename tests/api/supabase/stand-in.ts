/**
 * A local stand-in for the parts of a Supabase project the portal talks to over HTTP: Auth (GoTrue) and Storage.
 *
 * Paths, bodies and reply shapes follow what @supabase/supabase-js 2.119 sends and expects
 * (node_modules/@supabase/auth-js/dist/main/GoTrueClient.js, lib/fetch.js; @supabase/storage-js StorageFileApi).
 * Like real Supabase, users live in auth.users of the project's Postgres: sign-up inserts the row (so the
 * migration's on_auth_user_created trigger makes the profile), log-in checks the bcrypt hash stored there.
 * Sessions and refresh tokens are kept in memory with GoTrue's rules: a refresh rotates the token, a log-out
 * (scope global/local/others) revokes sessions, and a password change revokes every session of the user
 * except the one that made the change (GoTrue's LogoutAllExceptMe).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import bcrypt from 'bcryptjs'
import { jwtVerify, SignJWT, type JWTPayload } from 'jose'
import pg from 'pg'

export interface StandInOptions {
  /** The project's Postgres; auth.users must exist there (bootstrap.sql plays Supabase's part in tests). */
  databaseUrl: string
  jwtSecret: string
  anonKey: string
  serviceKey: string
  buckets?: string[]
  /** Access-token lifetime in seconds (GoTrue's JWT_EXP); 3600 like a new Supabase project. */
  accessTokenTtl?: number
  /** Supabase's "Confirm email" setting (on by default, as in a new hosted project): sign-up then answers without a session. */
  confirmEmail?: boolean
  /** Seconds in which a just-rotated refresh token may be used again (GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL). */
  refreshReuseInterval?: number
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON for JSON bodies, else undefined; raw bytes are in `raw`. */
  body: unknown
  raw: Buffer
  status?: number
}

export interface StoredObject {
  bucket: string
  name: string
  bytes: Buffer
  contentType: string
  createdAt: Date
}

/** A mail Supabase Auth would have sent; tests read the link's token from here. */
export interface SentMail {
  type: 'recovery' | 'signup'
  email: string
  tokenHash: string
  redirectTo?: string
}

interface SessionRow { id: string; userId: string; revoked: boolean; createdAt: Date }
interface RefreshRow { token: string; sessionId: string; revoked: boolean; revokedAt?: number; child?: string }
interface OtpRow { userId: string; type: 'recovery' | 'signup'; expiresAt: number; used: boolean }

interface UserRow {
  id: string
  aud: string | null
  role: string | null
  email: string | null
  encrypted_password: string | null
  email_confirmed_at: Date | null
  raw_app_meta_data: Record<string, unknown>
  raw_user_meta_data: Record<string, unknown>
  last_sign_in_at: Date | null
  banned_until: Date | null
  created_at: Date
  updated_at: Date
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message)
  }
}

export type StandIn = Awaited<ReturnType<typeof startStandIn>>

export async function startStandIn(options: StandInOptions) {
  const secretKey = new TextEncoder().encode(options.jwtSecret)
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 })
  const buckets = new Set(options.buckets ?? ['portal-files'])
  const sessions = new Map<string, SessionRow>()
  const refreshTokens = new Map<string, RefreshRow>()
  const otps = new Map<string, OtpRow>()
  const objects = new Map<string, StoredObject>()
  const requests: LoggedRequest[] = []
  const mails: SentMail[] = []
  const settings = {
    accessTokenTtl: options.accessTokenTtl ?? 3600,
    confirmEmail: options.confirmEmail ?? true,
    refreshReuseInterval: options.refreshReuseInterval ?? 10,
    /** Extra password rule like the dashboard's "Password requirements" (e.g. a symbol); null for GoTrue's default (6+). */
    passwordRule: null as null | { test: (password: string) => boolean; reason: string },
    /** When set, every Storage request answers with this status (to see how the portal copes). */
    storageFailure: null as null | number,
  }
  let baseUrl = ''

  // ------------------------------------------------------------------ users in auth.users

  const USER_COLUMNS = 'id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, last_sign_in_at, banned_until, created_at, updated_at'

  async function userByEmail(email: string): Promise<UserRow | undefined> {
    return (await pool.query<UserRow>(`select ${USER_COLUMNS} from auth.users where lower(email) = lower($1)`, [email])).rows[0]
  }
  async function userById(id: string): Promise<UserRow | undefined> {
    return (await pool.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1`, [id])).rows[0]
  }

  /** GoTrue's user JSON (models.User marshalled). */
  function userJson(u: UserRow) {
    const iso = (d: Date | null) => (d ? d.toISOString() : undefined)
    return {
      id: u.id,
      aud: u.aud ?? 'authenticated',
      role: u.role ?? 'authenticated',
      email: u.email ?? '',
      email_confirmed_at: iso(u.email_confirmed_at),
      phone: '',
      confirmed_at: iso(u.email_confirmed_at),
      last_sign_in_at: iso(u.last_sign_in_at),
      app_metadata: u.raw_app_meta_data ?? {},
      user_metadata: u.raw_user_meta_data ?? {},
      identities: [],
      created_at: u.created_at.toISOString(),
      updated_at: u.updated_at.toISOString(),
      is_anonymous: false,
    }
  }

  function checkPassword(password: unknown) {
    if (typeof password !== 'string' || password.length < 6) {
      throw new HttpError(422, 'weak_password', 'Password should be at least 6 characters.', { weak_password: { reasons: ['length'] } })
    }
    if (settings.passwordRule && !settings.passwordRule.test(password)) {
      throw new HttpError(422, 'weak_password', 'Password is known to be weak and easy to guess, please choose a different one.', { weak_password: { reasons: [settings.passwordRule.reason] } })
    }
  }

  // ------------------------------------------------------------------ sessions and tokens

  async function accessToken(u: UserRow, sessionId: string) {
    const now = Math.floor(Date.now() / 1000)
    const exp = now + settings.accessTokenTtl
    const token = await new SignJWT({
      email: u.email ?? '',
      phone: '',
      app_metadata: u.raw_app_meta_data ?? {},
      user_metadata: u.raw_user_meta_data ?? {},
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: now }],
      session_id: sessionId,
      is_anonymous: false,
    }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(`${baseUrl}/auth/v1`).setSubject(u.id).setAudience('authenticated').setIssuedAt(now).setExpirationTime(exp)
      .sign(secretKey)
    return { token, exp }
  }

  function newRefreshToken(sessionId: string): string {
    const token = randomBytes(9).toString('base64url') // 12 characters, as GoTrue's classic refresh tokens
    refreshTokens.set(token, { token, sessionId, revoked: false })
    return token
  }

  async function sessionJson(u: UserRow, sessionId: string, refreshToken: string) {
    const { token, exp } = await accessToken(u, sessionId)
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: settings.accessTokenTtl,
      expires_at: exp,
      refresh_token: refreshToken,
      user: userJson(u),
    }
  }

  async function startSession(u: UserRow) {
    const id = randomUUID()
    sessions.set(id, { id, userId: u.id, revoked: false, createdAt: new Date() })
    await pool.query('update auth.users set last_sign_in_at = now() where id = $1', [u.id])
    const fresh = (await userById(u.id))!
    return sessionJson(fresh, id, newRefreshToken(id))
  }

  function revokeSessions(userId: string, keep?: string) {
    for (const s of sessions.values()) {
      if (s.userId === userId && s.id !== keep) s.revoked = true
    }
  }

  /** The bearer token's claims, if signed by the project secret, unexpired and of a live session (GoTrue's requireAuthentication). */
  async function authenticate(req: IncomingMessage): Promise<{ claims: JWTPayload & { session_id?: string }; user: UserRow }> {
    const header = String(req.headers.authorization ?? '')
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    let claims: JWTPayload & { session_id?: string }
    try {
      claims = (await jwtVerify(token, secretKey, { audience: 'authenticated' })).payload
    }
    catch (error) {
      throw new HttpError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${(error as Error).message}`)
    }
    const session = claims.session_id ? sessions.get(claims.session_id) : undefined
    if (!session || session.revoked) throw new HttpError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist')
    const user = claims.sub ? await userById(claims.sub) : undefined
    if (!user) throw new HttpError(403, 'user_not_found', 'User from sub claim in JWT does not exist')
    return { claims, user }
  }

  // ------------------------------------------------------------------ auth routes

  function requireApiKey(req: IncomingMessage) {
    const key = req.headers.apikey
    if (key !== options.anonKey && key !== options.serviceKey) throw new HttpError(401, 'no_api_key', 'Invalid API key')
  }

  async function auth(req: IncomingMessage, route: string, query: URLSearchParams, body: Record<string, any>) { // eslint-disable-line @typescript-eslint/no-explicit-any -- request JSON
    requireApiKey(req)
    const method = req.method
    if (method === 'POST' && route === '/signup') {
      const email = String(body.email ?? '').trim().toLowerCase()
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new HttpError(400, 'validation_failed', 'Unable to validate email address: invalid format')
      checkPassword(body.password)
      const existing = await userByEmail(email)
      if (existing && settings.confirmEmail) {
        // GoTrue with confirmations on does not tell: an obfuscated user of no identities, no session, no error.
        // An owner who never confirmed gets the confirmation mail again.
        if (!existing.email_confirmed_at) {
          const tokenHash = createHash('sha224').update(randomBytes(16)).digest('hex')
          otps.set(tokenHash, { userId: existing.id, type: 'signup', expiresAt: Date.now() + 86_400_000, used: false })
          mails.push({ type: 'signup', email, tokenHash, redirectTo: query.get('redirect_to') ?? undefined })
        }
        const now = new Date()
        const fake = {
          ...existing, id: randomUUID(), created_at: now, updated_at: now,
          email_confirmed_at: null, last_sign_in_at: null, raw_user_meta_data: {},
        }
        return { status: 200, json: { ...userJson(fake), identities: [] } }
      }
      if (existing) throw new HttpError(422, 'user_already_exists', 'User already registered')
      const hash = await bcrypt.hash(String(body.password), 10)
      const meta = body.data && typeof body.data === 'object' ? body.data : {}
      const inserted = await pool.query<{ id: string }>(
        `insert into auth.users (instance_id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
         values ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', $1, $2, $3, $4, $5) returning id`,
        [email, hash, settings.confirmEmail ? null : new Date(), JSON.stringify({ provider: 'email', providers: ['email'] }), JSON.stringify(meta)],
      )
      const user = (await userById(inserted.rows[0]!.id))!
      if (settings.confirmEmail) {
        const tokenHash = createHash('sha224').update(randomBytes(16)).digest('hex')
        otps.set(tokenHash, { userId: user.id, type: 'signup', expiresAt: Date.now() + 86_400_000, used: false })
        mails.push({ type: 'signup', email, tokenHash, redirectTo: query.get('redirect_to') ?? undefined })
        return { status: 200, json: userJson(user) }
      }
      return { status: 200, json: await startSession(user) }
    }

    if (method === 'POST' && route === '/token') {
      const grant = query.get('grant_type')
      if (grant === 'password') {
        const user = await userByEmail(String(body.email ?? ''))
        const ok = user?.encrypted_password ? await bcrypt.compare(String(body.password ?? ''), user.encrypted_password) : false
        if (!user || !ok) throw new HttpError(400, 'invalid_credentials', 'Invalid login credentials')
        if (!user.email_confirmed_at) throw new HttpError(400, 'email_not_confirmed', 'Email not confirmed')
        if (user.banned_until && user.banned_until > new Date()) throw new HttpError(400, 'user_banned', 'User is banned')
        return { status: 200, json: await startSession(user) }
      }
      if (grant === 'refresh_token') {
        const row = refreshTokens.get(String(body.refresh_token ?? ''))
        const session = row ? sessions.get(row.sessionId) : undefined
        if (!row || !session || session.revoked) throw new HttpError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
        let next: string
        if (row.revoked) {
          // Reuse of a rotated token: allowed briefly (concurrent refreshes), else the whole session is revoked.
          const withinReuse = row.revokedAt !== undefined && Date.now() - row.revokedAt < settings.refreshReuseInterval * 1000
          if (!withinReuse || !row.child) {
            session.revoked = true
            throw new HttpError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used')
          }
          next = row.child
        }
        else {
          next = newRefreshToken(session.id)
          row.revoked = true
          row.revokedAt = Date.now()
          row.child = next
        }
        const user = await userById(session.userId)
        if (!user) throw new HttpError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
        return { status: 200, json: await sessionJson(user, session.id, next) }
      }
      throw new HttpError(400, 'validation_failed', 'unsupported_grant_type')
    }

    if (method === 'GET' && route === '/user') {
      const { user } = await authenticate(req)
      return { status: 200, json: userJson(user) }
    }

    if (method === 'PUT' && route === '/user') {
      const { claims, user } = await authenticate(req)
      if (body.password !== undefined && body.password !== null) {
        checkPassword(body.password)
        if (user.encrypted_password && await bcrypt.compare(String(body.password), user.encrypted_password)) {
          throw new HttpError(422, 'same_password', 'New password should be different from the old password.')
        }
        await pool.query('update auth.users set encrypted_password = $2, updated_at = now() where id = $1', [user.id, await bcrypt.hash(String(body.password), 10)])
        // GoTrue: "log out user from all other sessions to ensure reauthentication after password change".
        revokeSessions(user.id, claims.session_id)
      }
      if (body.data && typeof body.data === 'object') {
        await pool.query(`update auth.users set raw_user_meta_data = raw_user_meta_data || $2::jsonb, updated_at = now() where id = $1`, [user.id, JSON.stringify(body.data)])
      }
      return { status: 200, json: userJson((await userById(user.id))!) }
    }

    if (method === 'POST' && route === '/logout') {
      const { claims, user } = await authenticate(req)
      const scope = query.get('scope') ?? 'global'
      if (scope === 'local') sessions.get(claims.session_id!)!.revoked = true
      else if (scope === 'others') revokeSessions(user.id, claims.session_id)
      else revokeSessions(user.id)
      return { status: 204 }
    }

    if (method === 'POST' && route === '/recover') {
      const email = String(body.email ?? '').trim().toLowerCase()
      const user = await userByEmail(email)
      if (user) {
        const tokenHash = createHash('sha224').update(randomBytes(16)).digest('hex')
        otps.set(tokenHash, { userId: user.id, type: 'recovery', expiresAt: Date.now() + 3_600_000, used: false })
        mails.push({ type: 'recovery', email, tokenHash, redirectTo: query.get('redirect_to') ?? undefined })
      }
      return { status: 200, json: {} } // the same answer whether or not the email has an account
    }

    if (method === 'POST' && route === '/verify') {
      const otp = otps.get(String(body.token_hash ?? ''))
      const wanted = body.type === 'email' ? 'signup' : body.type
      if (!otp || otp.used || otp.expiresAt < Date.now() || otp.type !== wanted) {
        throw new HttpError(403, 'otp_expired', 'Email link is invalid or has expired')
      }
      otp.used = true
      if (otp.type === 'signup') await pool.query('update auth.users set email_confirmed_at = now() where id = $1', [otp.userId])
      const user = (await userById(otp.userId))!
      return { status: 200, json: await startSession(user) }
    }

    // Admin delete: soft keeps the row with an obfuscated email, no password or metadata; either way sessions end.
    const adminUser = /^\/admin\/users\/([0-9a-f-]{36})$/.exec(route)
    if ((method === 'GET' || method === 'DELETE') && adminUser) {
      if (req.headers.apikey !== options.serviceKey) throw new HttpError(403, 'not_admin', 'User not allowed')
      const user = await userById(adminUser[1]!)
      if (!user) throw new HttpError(404, 'user_not_found', 'User not found')
      if (method === 'GET') return { status: 200, json: userJson(user) }
      revokeSessions(user.id)
      if (!body.should_soft_delete) {
        await pool.query('delete from auth.users where id = $1', [user.id])
        return { status: 200, json: {} }
      }
      const obfuscated = createHash('sha256').update(`${user.id}${user.email ?? ''}`).digest('hex')
      await pool.query(`update auth.users set email = $2, encrypted_password = null, raw_user_meta_data = '{}', raw_app_meta_data = '{}', updated_at = now()
        where id = $1`, [user.id, obfuscated])
      return { status: 200, json: {} }
    }

    if (method === 'GET' && route === '/.well-known/jwks.json') return { status: 200, json: { keys: [] } }
    throw new HttpError(404, 'not_found', `no route ${method} /auth/v1${route}`)
  }

  // ------------------------------------------------------------------ storage routes

  class StorageError extends Error {
    constructor(readonly statusCode: number, readonly error: string, message: string, readonly status = statusCode) {
      super(message)
    }
  }

  /**
   * The Storage API's JSON errors: { statusCode, error, message }. Like the hosted Storage API, "not found"
   * comes as HTTP 400 with statusCode "404" in the body.
   */
  function storage(req: IncomingMessage, route: string, raw: Buffer, body: unknown) {
    if (settings.storageFailure) throw new StorageError(settings.storageFailure, 'internal', 'stand-in told to fail')
    const bearer = String(req.headers.authorization ?? '').replace(/^Bearer /, '')
    // The portal reads and writes with the service key only; anything else is refused, as a private bucket would.
    if (req.headers.apikey !== options.serviceKey || bearer !== options.serviceKey) throw new StorageError(403, 'Unauthorized', 'new row violates row-level security policy')
    const parts = route.split('/').filter(Boolean).map(decodeURIComponent) // object/<bucket>/<name...>
    if (parts[0] !== 'object') throw new StorageError(404, 'not_found', `no route ${req.method} /storage/v1${route}`)
    let rest = parts.slice(1)
    if (req.method === 'GET' && (rest[0] === 'authenticated' || rest[0] === 'public')) rest = rest.slice(1)
    const [bucket, ...nameParts] = rest
    if (!bucket || !buckets.has(bucket)) throw new StorageError(404, 'Bucket not found', 'Bucket not found', 400)
    const name = nameParts.join('/')

    if ((req.method === 'POST' || req.method === 'PUT') && name) {
      const key = `${bucket}/${name}`
      const upsert = req.method === 'PUT' || req.headers['x-upsert'] === 'true'
      if (objects.has(key) && !upsert) throw new StorageError(409, 'Duplicate', 'The resource already exists')
      if (String(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
        throw new StorageError(400, 'InvalidRequest', 'stand-in accepts raw bodies only (supabase-store.ts sends Uint8Array)')
      }
      objects.set(key, { bucket, name, bytes: raw, contentType: String(req.headers['content-type'] ?? 'application/octet-stream'), createdAt: new Date() })
      return { status: 200, json: { Id: randomUUID(), Key: key } }
    }
    if (req.method === 'GET' && name) {
      const found = objects.get(`${bucket}/${name}`)
      if (!found) throw new StorageError(404, 'not_found', 'Object not found', 400)
      return { status: 200, bytes: found.bytes, contentType: found.contentType }
    }
    if (req.method === 'DELETE' && !name) {
      const prefixes = (body as { prefixes?: unknown })?.prefixes
      if (!Array.isArray(prefixes)) throw new StorageError(400, 'InvalidRequest', 'body must have prefixes')
      const removed = []
      for (const prefix of prefixes) {
        const found = objects.get(`${bucket}/${prefix}`)
        if (!found) continue
        objects.delete(`${bucket}/${prefix}`)
        const metadata = { size: found.bytes.length, mimetype: found.contentType }
        removed.push({ name: found.name, bucket_id: bucket, id: randomUUID(), metadata, created_at: found.createdAt.toISOString() })
      }
      return { status: 200, json: removed }
    }
    throw new StorageError(404, 'not_found', `no route ${req.method} /storage/v1${route}`)
  }

  // ------------------------------------------------------------------ server

  function send(res: ServerResponse, status: number, json?: unknown, headers: Record<string, string> = {}) {
    const text = json === undefined ? '' : JSON.stringify(json)
    res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers })
    res.end(text)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', 'http://stand-in')
    let body: unknown
    if (String(req.headers['content-type'] ?? '').includes('application/json') && raw.length) {
      try { body = JSON.parse(raw.toString('utf8')) }
      catch { body = undefined }
    }
    const logged: LoggedRequest = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body, raw }
    requests.push(logged)
    const apiVersion = { 'x-supabase-api-version': '2024-01-01' }
    try {
      if (url.pathname.startsWith('/auth/v1/')) {
        const reply = await auth(req, url.pathname.slice('/auth/v1'.length), url.searchParams, (body ?? {}) as Record<string, unknown>)
        logged.status = reply.status
        return send(res, reply.status, 'json' in reply ? reply.json : undefined, apiVersion)
      }
      if (url.pathname.startsWith('/storage/v1/')) {
        const reply = storage(req, url.pathname.slice('/storage/v1'.length), raw, body)
        logged.status = reply.status
        if ('bytes' in reply) {
          res.writeHead(200, { 'content-type': reply.contentType!, 'content-length': String(reply.bytes!.length) })
          return res.end(reply.bytes)
        }
        return send(res, reply.status, reply.json)
      }
      logged.status = 404
      return send(res, 404, { message: 'no such route' })
    }
    catch (error) {
      if (error instanceof HttpError) {
        logged.status = error.status
        return send(res, error.status, { code: error.code, message: error.message, ...error.extra }, apiVersion)
      }
      if (error instanceof StorageError) {
        logged.status = error.status
        return send(res, error.status, { statusCode: String(error.statusCode), error: error.error, message: error.message })
      }
      logged.status = 500
      return send(res, 500, { message: String((error as Error)?.stack ?? error) })
    }
  }

  const server: Server = createServer((req, res) => { void handle(req, res) })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    settings,
    requests,
    objects,
    mails,
    sessions,
    buckets,
    /** Requests seen so far matching method and path (a string prefix or a pattern), optionally a query value. */
    seen(method: string, path: string | RegExp, query: Record<string, string> = {}) {
      return requests.filter(r => r.method === method
        && (typeof path === 'string' ? r.path === path : path.test(r.path))
        && Object.entries(query).every(([k, v]) => r.query[k] === v))
    },
    /** Whether the session a refresh token belongs to is still live. */
    refreshTokenLive(token: string) {
      const row = refreshTokens.get(token)
      return Boolean(row && !row.revoked && !sessions.get(row.sessionId)?.revoked)
    },
    /** The user's live sessions, as GoTrue's auth.sessions would list them. */
    liveSessions(userId: string) {
      return [...sessions.values()].filter(s => s.userId === userId && !s.revoked)
    },
    async close() {
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
      await pool.end()
    },
  }
}
