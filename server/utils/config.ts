import { join } from 'node:path'
import { z } from 'zod'
import { proxyHops } from '../auth/limits'

/**
 * The portal's configuration, read one way: server code asks portalConfig() and nothing in server/
 * reads process.env or useRuntimeConfig() itself. It merges two sources:
 *  - Nitro's runtimeConfig: the defaults in nuxt.config.ts, overridden at run time by NUXT_* variables
 *    (NUXT_SESSION_PASSWORD, NUXT_DATA_DIR, NUXT_RATE_LIMIT_LOGIN_PER_IP, NUXT_PUBLIC_BASE_URL, …);
 *  - the plain variables the README documents for the modes (DATABASE_URL, SUPABASE_*, SEED_DEMO,
 *    MAIL_PICKUP_DIR). runtimeConfig cannot carry them: nuxt.config.ts is evaluated when the server is
 *    built, so a value read there would be the build machine's, not the one the server starts with.
 * server/early/shared-runtime-config.ts
 * hands Nitro's own runtimeConfig object to API requests (for the modules that read it), and reads no
 * setting. scripts/ and the test harness set variables for the server they start, and read their own.
 */

export const APP_MODES = ['embedded', 'postgres', 'supabase'] as const
/** Which of the three modes runs, chosen by the environment (see README "Modes"). */
export type AppMode = (typeof APP_MODES)[number]

const count = z.coerce.number().int().positive()
const atLeastZero = z.coerce.number().int().nonnegative()
const optionalCount = z.preprocess(v => (v === undefined || v === '' ? undefined : v), count.optional())

const schema = z.object({
  mode: z.enum(APP_MODES),
  /** Embedded database, stored files, mail copies and temporary uploads live under it. */
  dataDir: z.string().min(1),
  /** Postgres to use (postgres and supabase modes); null in embedded mode. */
  databaseUrl: z.string().min(1).nullable(),
  supabase: z.object({
    url: z.url(),
    anonKey: z.string().min(1, 'SUPABASE_ANON_KEY is required in Supabase mode'),
    serviceRoleKey: z.string().min(1, 'SUPABASE_SERVICE_ROLE_KEY is required in Supabase mode'),
    /** Empty: tokens are checked against the project's published keys (JWKS). */
    jwtSecret: z.string(),
    bucket: z.string().min(1),
  }).nullable(),
  /** Seals the session cookie (NUXT_SESSION_PASSWORD; scripts/start.mjs generates one in embedded mode). */
  sessionPassword: z.string().min(32, 'NUXT_SESSION_PASSWORD must have at least 32 characters'),
  /** Seals the Verifiable Credential signing keys (NUXT_CREDENTIAL_KEY_SECRET; else the session password). Keep it: a new one locks the keys. */
  credentialKeySecret: z.string().min(32, 'NUXT_CREDENTIAL_KEY_SECRET must have at least 32 characters'),
  /** The portal's public address, for links in mail, hreflang and the same-origin check. */
  baseUrl: z.url().transform(url => url.replace(/\/+$/, '')),
  uploadMaxBytes: count,
  /** How many proxies in front of the server add X-Forwarded-For (NUXT_TRUST_PROXY(_HOPS)). */
  trustProxyHops: z.number().int().nonnegative(),
  rateLimit: z.object({
    loginPerIp: count, loginPerAccountIp: count, loginSlowAfter: atLeastZero, loginMaxDelayMs: atLeastZero, signupPerIp: count,
    checkPerIp: count, lookupPerIp: count, windowSeconds: count,
  }),
  /** Seed the demo community (always in embedded mode; SEED_DEMO=true elsewhere). */
  seedDemo: z.boolean(),
  /** Where a copy of each mail is written for delivery agents and tests; none in Supabase mode (Auth mails there). */
  mailPickupDir: z.string().min(1).nullable(),
  /** The job worker runs unless PORTAL_JOBS=off. */
  jobs: z.boolean(),
  jobsPollMs: count,
  /** The process tests' job kind (server/jobs/test-jobs.ts): its log file and the jobs to enqueue at start. */
  testJobs: z.object({ log: z.string().nullable(), enqueue: z.string().nullable() }),
  /** PDF worker threads and queue (PDF_WORKERS, PDF_QUEUE_MAX); undefined: the pool's own defaults. */
  pdf: z.object({ workers: optionalCount, queueMax: optionalCount }),
  /** Anonymous pages are served from the page cache unless PORTAL_PAGE_CACHE=off (the bench's uncached figures). */
  pageCache: z.boolean(),
  /** The embedded database runs in a worker thread unless PORTAL_PGLITE_WORKER=off (on the request thread, as before). */
  pgliteWorker: z.boolean(),
  /** PORTAL_TEST_CLOCK=1: a request may move the server's clock with x-portal-clock (server/utils/clock.ts); end-to-end tests only. */
  testClock: z.boolean(),
})

export type PortalConfig = z.infer<typeof schema>

/** What nuxt.config.ts declares in runtimeConfig, after Nitro applied the NUXT_* variables (which may be strings). */
export interface RuntimeSettings {
  sessionPassword: string
  credentialKeySecret?: string
  dataDir: string
  databaseUrl: string
  supabaseUrl: string
  supabaseAnonKey: string
  supabaseServiceRoleKey: string
  supabaseJwtSecret: string
  uploadMaxBytes: unknown
  trustProxy: unknown
  trustProxyHops: unknown
  rateLimit: Record<string, unknown>
  public: { baseUrl: string }
}

/** Builds and checks the configuration; a bad value names its setting in the error. Pure, for tests. */
export function readPortalConfig(runtime: RuntimeSettings, env: NodeJS.ProcessEnv): PortalConfig {
  const databaseUrl = runtime.databaseUrl || env.DATABASE_URL || null
  const supabaseUrl = runtime.supabaseUrl || env.SUPABASE_URL || null
  const mode: AppMode = supabaseUrl ? 'supabase' : databaseUrl ? 'postgres' : 'embedded'
  const parsed = schema.safeParse({
    mode,
    dataDir: runtime.dataDir,
    databaseUrl,
    supabase: supabaseUrl
      ? {
          url: supabaseUrl,
          anonKey: runtime.supabaseAnonKey || env.SUPABASE_ANON_KEY || '',
          serviceRoleKey: runtime.supabaseServiceRoleKey || env.SUPABASE_SERVICE_ROLE_KEY || '',
          jwtSecret: runtime.supabaseJwtSecret || env.SUPABASE_JWT_SECRET || '',
          bucket: env.SUPABASE_BUCKET || 'portal-files',
        }
      : null,
    sessionPassword: runtime.sessionPassword,
    credentialKeySecret: runtime.credentialKeySecret || runtime.sessionPassword,
    baseUrl: runtime.public.baseUrl,
    uploadMaxBytes: runtime.uploadMaxBytes,
    trustProxyHops: proxyHops(runtime.trustProxy, runtime.trustProxyHops),
    rateLimit: runtime.rateLimit,
    seedDemo: mode === 'embedded' || env.SEED_DEMO === 'true',
    mailPickupDir: mode === 'supabase' ? null : env.MAIL_PICKUP_DIR || join(runtime.dataDir, 'mail'),
    jobs: env.PORTAL_JOBS !== 'off',
    jobsPollMs: env.PORTAL_JOBS_POLL_MS || 500,
    testJobs: { log: env.PORTAL_JOBS_TEST_LOG || null, enqueue: env.PORTAL_JOBS_TEST_ENQUEUE || null },
    pdf: { workers: env.PDF_WORKERS, queueMax: env.PDF_QUEUE_MAX },
    pageCache: env.PORTAL_PAGE_CACHE !== 'off',
    pgliteWorker: env.PORTAL_PGLITE_WORKER !== 'off',
    testClock: env.PORTAL_TEST_CLOCK === '1',
  })
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return parsed.data
}

let config: PortalConfig | undefined

/** The configuration of this server process, read once (the environment does not change while it runs). */
export function portalConfig(): PortalConfig {
  config ??= readPortalConfig(useRuntimeConfig() as unknown as RuntimeSettings, process.env)
  return config
}

/**
 * The bcrypt cost (BCRYPT_COST, default 10; tests lower it). Read from the environment alone, because
 * passwords are also hashed outside the server (seeding the demo community in db tests).
 */
export function bcryptCost(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.BCRYPT_COST ?? 10)
}
