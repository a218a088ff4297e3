import { readFileSync } from 'node:fs'
import pg from 'pg'
import { startServer, type RunningServer } from '../server'
import { startStandIn, type StandIn } from './stand-in'

export const ADMIN_URL = process.env.SUPABASE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const JWT_SECRET = 'stand-in-jwt-secret-with-at-least-32-characters'
export const BUCKET = 'portal-files'

export interface SupabaseStack {
  /** The fresh database, as Supabase's own Postgres would be (bootstrap loaded, then the portal migrates it). */
  db: pg.Pool
  dbUrl: string
  standIn: StandIn
  server: RunningServer
  stop: () => Promise<void>
}

/**
 * The portal in Supabase mode against a local stand-in for Supabase Auth and Storage and a database of its
 * own on the local Postgres, into which supabase/bootstrap.sql is loaded first to play what a project has.
 */
export async function startSupabaseStack(name: string, env: Record<string, string> = {}): Promise<SupabaseStack> {
  const dbName = `portal_${name}_${process.pid}_${Date.now()}`
  const dbUrlObject = new URL(ADMIN_URL)
  dbUrlObject.pathname = `/${dbName}`
  const dbUrl = dbUrlObject.toString()
  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: ADMIN_URL })
    await c.connect()
    try { await c.query(query) }
    finally { await c.end() }
  }
  await admin(`create database ${dbName}`)
  const db = new pg.Pool({ connectionString: dbUrl, max: 2 })
  await db.query(readFileSync(new URL('../../../supabase/bootstrap.sql', import.meta.url), 'utf8'))
  const standIn = await startStandIn({ databaseUrl: dbUrl, jwtSecret: JWT_SECRET, anonKey: 'anon', serviceKey: 'service', buckets: [BUCKET] })
  const server = await startServer({
    SUPABASE_URL: standIn.url, SUPABASE_ANON_KEY: 'anon', SUPABASE_SERVICE_ROLE_KEY: 'service', SUPABASE_JWT_SECRET: JWT_SECRET,
    DATABASE_URL: dbUrl, SUPABASE_BUCKET: BUCKET,
    NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '1000', NUXT_RATE_LIMIT_LOGIN_PER_IP: '1000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000',
    ...env,
  })
  return {
    db, dbUrl, standIn, server,
    stop: async () => {
      await server.stop()
      await standIn.close()
      await db.end()
      await admin(`drop database if exists ${dbName} with (force)`)
    },
  }
}
