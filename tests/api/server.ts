import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { inject } from 'vitest'

export interface RunningServer {
  url: string
  dataDir: string
  process: ChildProcess
  /** What the server has printed so far. */
  log: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

const entry = new URL('../../.output/server/index.mjs', import.meta.url).pathname

/**
 * A port the system has free now. A random pick in a fixed range could land on another test's server,
 * or on a port fetch refuses outright (3659 is on its "bad ports" list: "fetch failed: bad port");
 * the system hands out ephemeral ports, which are above every port on that list.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** An empty data dir (removed after the run): a server started on it migrates and seeds from nothing. */
export function emptyDataDir(): string {
  return mkdtempSync(join(inject('apiRunDir'), 'empty-'))
}

/** A copy of this run's embedded template (removed after the run): the database migrated and seeded, the seed's uploads stored. */
export function seededDataDir(): string {
  const dir = emptyDataDir()
  cpSync(inject('apiEmbeddedTemplate'), dir, { recursive: true })
  return dir
}

/**
 * A data dir of its own for a server started without one. In embedded mode (no DATABASE_URL) it is a copy of this
 * run's template (tests/api/global-setup.ts): the database already migrated and seeded, the seed's uploads in the file
 * store, so the server starts without redoing either. Other modes keep their database elsewhere: an empty dir.
 */
function dataDirFor(env: Record<string, string>): string {
  return !env.DATABASE_URL && !env.SUPABASE_URL ? seededDataDir() : emptyDataDir()
}

/**
 * Starts the built server (scripts/ensure-build.mjs built it) on its own port and data dir, and waits for /api/health.
 * Without a data dir it gets a copy of the migrated and seeded template; a given one is used as it is (an empty dir
 * makes the server migrate and seed from nothing, a dir of an earlier server is that server's data).
 */
export async function startServer(env: Record<string, string> = {}, dataDir = dataDirFor(env)): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', NUXT_DATA_DIR: dataDir, NUXT_PUBLIC_BASE_URL: url,
      NUXT_SESSION_PASSWORD: 'api-test-session-password-of-at-least-32-chars', NUXT_TRUST_PROXY: 'true', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (d: Buffer) => { log += d })
  child.stderr!.on('data', (d: Buffer) => { log += d })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) break
    }
    catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 200))
  }
  return {
    url, dataDir, process: child, log: () => log,
    stop: signal => new Promise((resolve) => {
      // A process killed by a signal has no exit code, only a signal code; either way it is gone.
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(signal ?? 'SIGTERM')
    }),
  }
}

/** A tiny client that keeps the session cookie, like a browser. */
export function client(baseUrl: string, headers: Record<string, string> = {}) {
  let cookie = ''
  return {
    async request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
      const isRaw = typeof body === 'string' || body instanceof FormData
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...(body !== undefined && !isRaw ? { 'content-type': 'application/json' } : {}), ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers, ...extra },
        body: body === undefined ? undefined : isRaw ? body as string | FormData : JSON.stringify(body),
        redirect: 'manual',
      })
      const setCookie = response.headers.getSetCookie().find(c => c.startsWith('portal_session='))
      if (setCookie) cookie = setCookie.split(';')[0]!
      // The bytes as sent (a PDF), and as text.
      const bytes = Buffer.from(await response.arrayBuffer())
      const text = bytes.toString('utf8')
      let json: any // eslint-disable-line @typescript-eslint/no-explicit-any -- test helper reads any reply shape
      try { json = JSON.parse(text) }
      catch { json = undefined }
      return { status: response.status, json, text, bytes, headers: response.headers }
    },
    /** The session cookie as a browser would send it, to copy it into another client. */
    cookie: () => cookie,
    get: function (path: string, extra?: Record<string, string>) { return this.request('GET', path, undefined, extra) },
    post: function (path: string, body?: unknown, extra?: Record<string, string>) { return this.request('POST', path, body, extra) },
    patch: function (path: string, body?: unknown, extra?: Record<string, string>) { return this.request('PATCH', path, body, extra) },
    delete: function (path: string, extra?: Record<string, string>) { return this.request('DELETE', path, undefined, extra) },
  }
}

export type Client = ReturnType<typeof client>

/** A mail copy the server wrote to <dataDir>/mail (server/mail/outbox.ts). */
export interface PickedUpMail { id: string; to: string; locale: string; template: string; subject: string; body: string }

/** Every mail the server has written for an address, oldest first (file names start with the time). */
export function mailsTo(dataDir: string, email: string): PickedUpMail[] {
  const dir = join(dataDir, 'mail')
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter(name => name.endsWith('.json')).sort()
    .map(name => JSON.parse(readFileSync(join(dir, name), 'utf8')) as PickedUpMail)
    .filter(mail => mail.to.toLowerCase() === email.toLowerCase())
}

export interface NewPerson { email: string; password: string; displayName: string; locale?: string; acceptNotices?: boolean }

/**
 * Signs up as a person does: the sign-up answer says "check your mail", the mailed link confirms the
 * address and signs this client in. Returns the signed-in user.
 */
export async function signUpConfirmed(c: Client, server: Pick<RunningServer, 'dataDir'>, person: NewPerson): Promise<{ user: { id: string; email: string } }> {
  const asked = await c.post('/api/auth/signup', person)
  if (asked.status !== 200 || !asked.json?.confirm_email) throw new Error(`sign-up of ${person.email}: ${asked.status} ${asked.text}`)
  const mail = mailsTo(server.dataDir, person.email).findLast(m => m.template === 'auth.signup_confirm')
  const token = mail && /token=([\w-]+)/.exec(mail.body)?.[1]
  if (!token) throw new Error(`no confirmation mail to ${person.email}`)
  const confirmed = await c.post('/api/auth/confirm', { token })
  if (confirmed.status !== 200) throw new Error(`confirming ${person.email}: ${confirmed.status} ${confirmed.text}`)
  return { user: confirmed.json.user }
}
