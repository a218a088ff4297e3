// `npm start`: build when the build is missing or older than the sources, make sure the secrets exist,
// then run the built server. Embedded mode keeps its secrets in .data/secrets.json (git-ignored).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dataDir = process.env.NUXT_DATA_DIR ?? join(root, '.data')
const entry = join(root, '.output/server/index.mjs')

function newestSource(dir) {
  let newest = 0
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.output', '.nuxt', '.data', '.git', 'tests', 'test-results'].includes(name.name) || name.name.startsWith('.data')) continue
    const path = join(dir, name.name)
    newest = Math.max(newest, name.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(root)) {
  console.info('[start] building the portal (about two minutes on a small machine)…')
  const build = spawnSync('npx', ['nuxt', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

mkdirSync(dataDir, { recursive: true })
const secretsFile = join(dataDir, 'secrets.json')
if (!process.env.NUXT_SESSION_PASSWORD) {
  if (!existsSync(secretsFile)) writeFileSync(secretsFile, JSON.stringify({ sessionPassword: randomBytes(32).toString('hex') }), { mode: 0o600 })
  process.env.NUXT_SESSION_PASSWORD = JSON.parse(readFileSync(secretsFile, 'utf8')).sessionPassword
}
process.env.NUXT_DATA_DIR = dataDir
process.env.PORT ??= '3000'
process.env.NUXT_PUBLIC_BASE_URL ??= `http://localhost:${process.env.PORT}`
console.info(`[start] portal on ${process.env.NUXT_PUBLIC_BASE_URL} (data in ${dataDir})`)

const server = spawn(process.execPath, [entry], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', code => process.exit(code ?? 0))
