// `npm run bench`: autocannon against the built server in embedded mode (fresh data dir, demo seed).
// (a) the public institutions page in Thai, (b) the home page, a Nuxt route with static content only;
// prints requests/s of each and their ratio (goal ≥ 0.6).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { ensureBuild, serverEntry } from './ensure-build.mjs'

ensureBuild()
const port = 3900
const url = `http://127.0.0.1:${port}`
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'))
const server = spawn(process.execPath, [serverEntry], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NUXT_DATA_DIR: dataDir, NUXT_SESSION_PASSWORD: 'bench-session-password-of-at-least-32-chars' },
  stdio: 'ignore',
})
for (let i = 0; i < 300; i++) {
  try { if ((await fetch(`${url}/api/health`)).ok) break } catch { /* starting */ }
  await new Promise(r => setTimeout(r, 200))
}

const run = (path, duration) => autocannon({ url: `${url}${path}`, connections: 20, duration })
const seconds = Number(process.env.BENCH_SECONDS ?? 15)
const results = {}
try {
  for (const [name, path] of [['institutions_th', '/th/institutions'], ['static_home_th', '/th']]) {
    await run(path, 3) // warm-up
    const r = await run(path, seconds)
    if (r.non2xx || r.errors) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`)
    results[name] = { path, requestsPerSecond: Math.round(r.requests.average), latencyP50ms: r.latency.p50, latencyP99ms: r.latency.p99 }
  }
}
finally {
  server.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
const ratio = results.institutions_th.requestsPerSecond / results.static_home_th.requestsPerSecond
console.table(results)
console.info(`ratio institutions/static = ${ratio.toFixed(2)} (goal ≥ 0.6)`)
