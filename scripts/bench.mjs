// `npm run bench`: the built server, fresh data, demo seed.
// 1. Embedded mode, autocannon: (a) the public institutions page in Thai, (b) the home page (static
//    content only); requests/s of each and their ratio (goal ≥ 0.6).
// 2. Submitting an application: p95 latency with 50 submissions in flight, embedded (goal ≤ 100 ms)
//    and, when DATABASE_URL is set, on that Postgres server in a fresh database (goal ≤ 50 ms).
// BENCH_PARTS=pages,submit chooses parts; BENCH_SECONDS the length of each page run.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { ensureBuild, serverEntry } from './ensure-build.mjs'
import { benchSignedInFloor, benchSubmit } from './bench/submit.mjs'

ensureBuild()
const parts = (process.env.BENCH_PARTS ?? 'pages,submit').split(',')
const seconds = Number(process.env.BENCH_SECONDS ?? 15)

async function startServer(port, env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'))
  const server = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env, DATABASE_URL: '', ...env, PORT: String(port), HOST: '127.0.0.1', NUXT_DATA_DIR: dataDir, PORTAL_JOBS: 'off',
      NUXT_SESSION_PASSWORD: 'bench-session-password-of-at-least-32-chars', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '100000', NUXT_RATE_LIMIT_LOGIN_PER_IP: '100000',
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`${url}/api/health`)).ok) break }
    catch { /* starting */ }
    await new Promise(r => setTimeout(r, 200))
  }
  return { url, dataDir, stop: () => {
    server.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  } }
}

async function benchPages(url) {
  const run = (path, duration) => autocannon({ url: `${url}${path}`, connections: 20, duration })
  const results = {}
  for (const [name, path] of [['institutions_th', '/th/institutions'], ['static_home_th', '/th']]) {
    await run(path, 3) // warm-up
    const r = await run(path, seconds)
    if (r.non2xx || r.errors) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`)
    results[name] = { path, requestsPerSecond: Math.round(r.requests.average), latencyP50ms: r.latency.p50, latencyP99ms: r.latency.p99 }
  }
  console.table(results)
  const ratio = results.institutions_th.requestsPerSecond / results.static_home_th.requestsPerSecond
  console.info(`ratio institutions/static = ${ratio.toFixed(2)} (goal ≥ 0.6)`)
}

const embedded = await startServer(3900)
try {
  if (parts.includes('pages')) await benchPages(embedded.url)
  if (parts.includes('submit')) {
    console.info('submit, embedded:', await benchSubmit(embedded.url, { dataDir: embedded.dataDir }), '(goal p95 ≤ 100 ms)')
    console.info('floor, embedded:', await benchSignedInFloor(embedded.url))
  }
}
finally { embedded.stop() }

if (parts.includes('submit') && process.env.DATABASE_URL) {
  const name = `portal_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = `/${name}`
  const server = await startServer(3901, { DATABASE_URL: url.toString(), SEED_DEMO: 'true' })
  try {
    console.info('submit, postgres:', await benchSubmit(server.url, { dataDir: server.dataDir }), '(goal p95 ≤ 50 ms)')
    console.info('floor, postgres:', await benchSignedInFloor(server.url))
  }
  finally {
    server.stop()
    await new Promise(r => setTimeout(r, 1000))
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
