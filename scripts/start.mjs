// `npm start`: build when the build is missing or older than the sources, make sure the secrets exist,
// then run the built server. Embedded mode keeps its secrets in .data/secrets.json (git-ignored).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { ensureBuild, serverEntry, serverNodeFlags } from './ensure-build.mjs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dataDir = process.env.NUXT_DATA_DIR ?? join(root, '.data')

ensureBuild()

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

const server = spawn(process.execPath, [...serverNodeFlags, serverEntry], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', code => process.exit(code ?? 0))
