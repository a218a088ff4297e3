import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { ensureBuild } from '../../scripts/ensure-build.mjs'
import { startServer, type RunningServer } from './server'

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

async function adminQuery(query: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL })
  await c.connect()
  try { await c.query(query) }
  finally { await c.end() }
}

/**
 * The api suite tests the built server: build it once if it is missing or stale. Then two templates for this run,
 * made by that build (so a new build gets new ones): an embedded data dir the server migrated and seeded at its
 * first start, which each default `startServer` copies; and a Postgres database the server migrated, which each
 * `serverOnOwnDatabase` clones (`create database … template …`). A test then starts in 2–4 s instead of 15–19 s.
 */
export default async function setup(project: TestProject) {
  ensureBuild()
  const root = mkdtempSync(join(tmpdir(), 'portal-api-run-'))
  const embedded = join(root, 'embedded-template')
  const postgres = `portal_api_template_${process.pid}_${Date.now()}`
  await adminQuery(`create database ${postgres}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${postgres}`
  // No job worker: the templates hold what migrations and the seed write, and each copy's server runs its jobs itself.
  const started = await Promise.allSettled([
    firstStart({ PORTAL_JOBS: 'off' }, embedded, /\[seed\] demo community created/),
    firstStart({ PORTAL_JOBS: 'off', DATABASE_URL: url.toString() }, join(root, 'postgres-template'), /\[db\] applied migrations/),
  ])
  const failed = started.find(s => s.status === 'rejected')
  if (failed) {
    await cleanUp(root, postgres)
    throw (failed as PromiseRejectedResult).reason
  }
  mkdirSync(join(root, 'servers'))
  project.provide('apiRunDir', join(root, 'servers'))
  project.provide('apiEmbeddedTemplate', embedded)
  project.provide('apiPostgresTemplate', postgres)
  return () => cleanUp(root, postgres)
}

/** Starts the built server on a fresh database, checks that its log says it did the first start's work, and stops it cleanly. */
async function firstStart(env: Record<string, string>, dataDir: string, expected: RegExp) {
  let server: RunningServer | undefined
  try {
    server = await startServer(env, dataDir)
    if (!(await fetch(`${server.url}/api/health`)).ok) throw new Error(`template server on ${dataDir} is not healthy: ${server.log()}`)
    if (!expected.test(server.log())) throw new Error(`template server on ${dataDir} did not log ${expected}: ${server.log()}`)
  }
  finally {
    await server?.stop()
  }
  if (server.process.exitCode !== 0) throw new Error(`template server on ${dataDir} did not stop cleanly (${server.process.exitCode ?? server.process.signalCode}): ${server.log()}`)
}

async function cleanUp(root: string, postgres: string) {
  await adminQuery(`drop database if exists ${postgres} with (force)`)
  if (existsSync(root)) rmSync(root, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    apiRunDir: string
    apiEmbeddedTemplate: string
    apiPostgresTemplate: string
  }
}
