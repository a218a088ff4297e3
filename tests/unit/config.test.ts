import { describe, expect, it } from 'vitest'
import { bcryptCost, readPortalConfig, type RuntimeSettings } from '../../server/utils/config'

/** runtimeConfig as nuxt.config.ts declares it, before any NUXT_* variable. */
const defaults = (): RuntimeSettings => ({
  sessionPassword: 'a-session-password-of-at-least-32-characters', dataDir: '.data', databaseUrl: '',
  supabaseUrl: '', supabaseAnonKey: '', supabaseServiceRoleKey: '', supabaseJwtSecret: '',
  uploadMaxBytes: 20 * 1024 * 1024, trustProxy: false, trustProxyHops: 0,
  rateLimit: {
    loginPerIp: 30, loginPerAccountIp: 10, loginSlowAfter: 5, loginMaxDelayMs: 3000, signupPerIp: 10, checkPerIp: 60, lookupPerIp: 300, windowSeconds: 900,
  },
  public: { baseUrl: 'http://localhost:3000' },
})

describe('the configuration, read one way', () => {
  it('runs embedded with nothing set: PGlite and files under the data directory, demo seeded, mail copies kept', () => {
    expect(readPortalConfig(defaults(), {})).toMatchObject({
      mode: 'embedded', databaseUrl: null, supabase: null, seedDemo: true, mailPickupDir: '.data/mail', jobs: true, trustProxyHops: 0, pgliteWorker: true,
    })
  })

  it('runs on Postgres with DATABASE_URL (plain or NUXT_), seeding only when SEED_DEMO=true', () => {
    expect(readPortalConfig(defaults(), { DATABASE_URL: 'postgres://db/portal' })).toMatchObject({ mode: 'postgres', databaseUrl: 'postgres://db/portal', seedDemo: false })
    expect(readPortalConfig({ ...defaults(), databaseUrl: 'postgres://db/other' }, { SEED_DEMO: 'true' }))
      .toMatchObject({ mode: 'postgres', databaseUrl: 'postgres://db/other', seedDemo: true })
  })

  it('runs on Supabase with its URL and keys, with the default bucket and no mail copies', () => {
    const config = readPortalConfig(defaults(), {
      SUPABASE_URL: 'https://project.supabase.example', SUPABASE_ANON_KEY: 'anon', SUPABASE_SERVICE_ROLE_KEY: 'service', DATABASE_URL: 'postgres://db/portal',
    })
    expect(config).toMatchObject({ mode: 'supabase', mailPickupDir: null })
    expect(config.supabase).toEqual({ url: 'https://project.supabase.example', anonKey: 'anon', serviceRoleKey: 'service', jwtSecret: '', bucket: 'portal-files' })
  })

  it('reads NUXT_* values, which Nitro may hand over as strings', () => {
    const config = readPortalConfig({
      ...defaults(), uploadMaxBytes: '1048576', trustProxy: 'true', public: { baseUrl: 'https://portal.example/' },
      rateLimit: { ...defaults().rateLimit, loginPerIp: '1000000' },
    }, { PORTAL_JOBS: 'off', PDF_WORKERS: '2', MAIL_PICKUP_DIR: '/var/mail/portal', PORTAL_PGLITE_WORKER: 'off' })
    expect(config).toMatchObject({
      uploadMaxBytes: 1048576, trustProxyHops: 1, baseUrl: 'https://portal.example', jobs: false, pdf: { workers: 2 }, mailPickupDir: '/var/mail/portal',
      pgliteWorker: false,
    })
    expect(config.rateLimit.loginPerIp).toBe(1000000)
  })

  it('refuses a bad setting, naming it', () => {
    expect(() => readPortalConfig({ ...defaults(), sessionPassword: 'short' }, {})).toThrow(/sessionPassword.*32 characters/)
    expect(() => readPortalConfig({ ...defaults(), uploadMaxBytes: 'lots' }, {})).toThrow(/uploadMaxBytes/)
    expect(() => readPortalConfig({ ...defaults(), public: { baseUrl: 'not a url' } }, {})).toThrow(/baseUrl/)
    expect(() => readPortalConfig(defaults(), { SUPABASE_URL: 'https://project.supabase.example' })).toThrow(/SUPABASE_ANON_KEY/)
    expect(() => readPortalConfig(defaults(), { PDF_QUEUE_MAX: '-1' })).toThrow(/pdf\.queueMax/)
  })

  it('takes the bcrypt cost from the environment alone, for hashing outside the server', () => {
    expect(bcryptCost({})).toBe(10)
    expect(bcryptCost({ BCRYPT_COST: '4' })).toBe(4)
  })
})
