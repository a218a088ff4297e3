import { createRequire } from 'node:module'
import type { Nuxt } from '@nuxt/schema'
import { fontStylesheets, i18nLocales } from './shared/locales'
import { documentFontPaths } from './server/documents/fonts'
import { splitRouteTable } from './build/route-types'

/**
 * Nuxt strips onServerPrefetch from the browser bundle, but Vue 3.5's useId counts a component that
 * registered one as an async boundary. Nuxt Icon registers one per icon, so every id after the side
 * navigation differed between server and browser, and form labels no longer named their inputs
 * once the page hydrated. Keeping the (never-called) hook in the browser makes both count alike.
 */
function keepServerPrefetchHooks(_options: unknown, nuxt: Nuxt) {
  const client = nuxt.options.optimization.treeShake.composables.client
  client.vue = (client.vue ?? []).filter(name => name !== 'onServerPrefetch')
}

export default defineNuxtConfig({
  modules: ['@nuxt/eslint', '@nuxt/ui', '@nuxtjs/i18n', '@pinia/nuxt', 'nuxt-security', keepServerPrefetchHooks, splitRouteTable],
  devtools: { enabled: false },
  // Self-hosted Noto for the scripts many devices lack (the registry's fontsource packages); each loads only
  // when a page uses its glyphs (unicode-range).
  css: ['~/assets/css/main.css', ...fontStylesheets()],

  ui: { fonts: false, colorMode: false },

  runtimeConfig: {
    // Filled from the environment (NUXT_SESSION_PASSWORD, ...); scripts/start.mjs generates them in .data/ in embedded mode.
    sessionPassword: '',
    credentialKeySecret: '',
    dataDir: '.data',
    databaseUrl: '',
    supabaseUrl: '',
    supabaseAnonKey: '',
    supabaseServiceRoleKey: '',
    supabaseJwtSecret: '',
    uploadMaxBytes: 20 * 1024 * 1024,
    trustProxy: false,
    trustProxyHops: 0,
    // Failed log-ins per address and per account+address before 429; an account's failures from anywhere only slow it down.
    rateLimit: {
      loginPerIp: 30, loginPerAccountIp: 10, loginSlowAfter: 5, loginMaxDelayMs: 3000, signupPerIp: 10, checkPerIp: 60, lookupPerIp: 300, windowSeconds: 900,
    },
    public: { baseUrl: 'http://localhost:3000' },
  },
  dir: { app: 'app' },
  srcDir: '.',

  // A JSON reply runs no script: no CSP nonce to generate for it.
  routeRules: { '/api/**': { security: { nonce: false } } },
  compatibilityDate: '2026-11-01',

  nitro: {
    plugins: ['~~/server/early/shared-runtime-config'],
    serverAssets: [
      { baseName: 'supabase', dir: '../supabase' },
      { baseName: 'locales', dir: '../locales' },
      { baseName: 'documents', dir: './documents/templates' },
    ],
    experimental: { tasks: true, asyncContext: true },
    // Documents render in worker threads that load Typst's native addon and the font files by path
    // (server/documents/pdf.ts), and the embedded database's thread requires PGlite by path (server/db/pglite-worker.ts):
    // keep them in .output.
    externals: {
      traceInclude: [
        ...['@myriaddreamin/typst-ts-node-compiler', '@electric-sql/pglite'].map(name => createRequire(import.meta.url).resolve(name)),
        ...documentFontPaths(),
      ],
    },
  },

  typescript: { strict: true },
  telemetry: false,
  // ESLint's flat config is generated from this project's layout; stylistic rules replace a formatter.
  eslint: { config: { stylistic: true } },

  i18n: {
    restructureDir: '.',
    langDir: 'locales',
    strategy: 'prefix',
    defaultLocale: 'en',
    baseUrl: process.env.NUXT_PUBLIC_BASE_URL ?? 'http://localhost:3000',
    locales: i18nLocales(),
    detectBrowserLanguage: { useCookie: true, cookieKey: 'i18n_locale', redirectOn: 'root', fallbackLocale: 'en' },
    vueI18n: './i18n.config.ts',
    // One route per page with a locale parameter (`/:locale(zh|en|…)/institutions`) instead of ten copies: Nuxt builds
    // the router for every render, and ten routes per page made its matcher a tenth of a page's CPU time.
    experimental: { compactRoutes: true },
  },
  // Icons ship in the bundle (no icon CDN); names built at run time (side navigation) are listed here.
  icon: {
    provider: 'none',
    clientBundle: { scan: true, icons: ['lucide:layout-dashboard', 'lucide:award', 'lucide:badge-check', 'lucide:files', 'lucide:user-cog', 'lucide:users', 'lucide:mail', 'lucide:scroll-text', 'lucide:handshake', 'lucide:bell', 'lucide:plane', 'lucide:inbox', 'lucide:siren', 'lucide:landmark', 'lucide:user-plus',
      'lucide:calendar-off', 'lucide:calendar-range', 'lucide:notebook-pen', 'lucide:door-closed', 'lucide:clock', 'lucide:send', 'lucide:stamp', 'lucide:calendar-days', 'lucide:clipboard-check', 'lucide:clipboard-list', 'lucide:presentation'] },
  },

  security: {
    rateLimiter: false,
    headers: {
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: {
        'img-src': ['\'self\'', 'data:', 'blob:'],
        'font-src': ['\'self\'', 'data:'],
        'connect-src': ['\'self\''],
      },
    },
    // Body limits are ours (server/middleware/body-limit.ts), so the refusal carries a translated message.
    requestSizeLimiter: false,
    corsHandler: false,
    // Input is validated by zod at each route and Vue escapes output; its own body parsing would answer untranslated 400s.
    xssValidator: false,
  },
})

/**
 * Nuxt UI and the ESLint module pull in a newer @nuxt/schema (4.6) than Nuxt's own (4.5), and 4.6 reads Nitro's config
 * types from `NitroTypes`, which @nuxt/nitro-server 4.5 does not fill: nitro options and route rules then type as a small
 * fallback without `experimental.tasks` or nuxt-security's `security`. Name Nitro's own types until the versions agree.
 */
declare module '@nuxt/schema' {
  interface NitroTypes {
    config: import('nitropack/types').NitroConfig
    routeRuleConfig: import('nitropack/types').NitroRouteConfig
  }
}
