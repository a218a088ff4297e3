// The servers a bench run measures: the portal's build (embedded mode, fresh demo data each start) and the
// bare Nuxt "hello" page under scripts/bench/hello, built with the project's own Nuxt, as the reference.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serverEntry, serverNodeFlags } from '../ensure-build.mjs'

const helloDir = new URL('./hello/', import.meta.url).pathname
const helloEntry = join(helloDir, '.output/server/index.mjs')

export function ensureHelloBuild() {
  const sources = ['nuxt.config.ts', 'app.vue'].map(f => statSync(join(helloDir, f)).mtimeMs)
  if (existsSync(helloEntry) && statSync(helloEntry).mtimeMs >= Math.max(...sources)) return
  const build = spawnSync('npx', ['nuxt', 'build'], { cwd: helloDir, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('building the hello reference failed')
}

async function listening(url) {
  for (let i = 0; i < 900; i++) {
    try { if ((await fetch(url)).ok) return }
    catch { /* starting */ }
    await new Promise(r => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer`)
}

export async function startHello(port) {
  const server = spawn(process.execPath, [helloEntry], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await listening(url)
  return { url, stop: () => server.kill('SIGTERM') }
}

/** env: e.g. PORTAL_PAGE_CACHE=off, or DATABASE_URL + SEED_DEMO for Postgres mode. */
/** dataDir: an existing one to start on again (e.g. after seeding it); stop(true) keeps it, and resolves once the server has exited. */
export async function startPortal(port, env = {}, dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'))) {
  // BENCH_NODE_FLAGS: more flags for the portal's node, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' (not allowed in NODE_OPTIONS).
  const extra = process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean) : []
  const server = spawn(process.execPath, [...serverNodeFlags, ...extra, serverEntry], {
    env: {
      ...process.env, DATABASE_URL: '', ...env, PORT: String(port), HOST: '127.0.0.1', NUXT_DATA_DIR: dataDir, PORTAL_JOBS: 'off',
      NUXT_SESSION_PASSWORD: 'bench-session-password-of-at-least-32-chars', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '100000', NUXT_RATE_LIMIT_LOGIN_PER_IP: '100000',
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await listening(`${url}/api/health`)
  const exited = new Promise(resolve => server.once('exit', resolve))
  return { url, dataDir, stop: async (keepData = false) => {
    server.kill('SIGTERM')
    await exited
    if (!keepData) rmSync(dataDir, { recursive: true, force: true })
  } }
}

/** The session cookie of a demo account. */
export async function signIn(url, email) {
  const reply = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo-password-2026' }) })
  if (!reply.ok) throw new Error(`log-in ${email}: ${reply.status}`)
  return reply.headers.getSetCookie().find(c => c.startsWith('portal_session=')).split(';')[0]
}
