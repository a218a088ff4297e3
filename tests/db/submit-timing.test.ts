import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject, it } from 'vitest'
import { Kysely, type LogEvent } from 'kysely'
import { PGlite } from '@electric-sql/pglite'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { asUser } from '../../server/db/as-user'
import { connectPglite, type Db } from '../../server/db/connect'
import type { Database } from '../../server/db/schema'
import { setMailPickupDir } from '../../server/mail/outbox'
import { submitApplication } from '../../server/domain/mobility/submit'
import { completeDraft, openExchange } from './mobility-fixtures'

// SUBMIT_TIMING=1: the submission path timed in process (no HTTP, one PGlite database): wall and CPU time per
// submission, and each statement's time and planning time (request thread only). Not a test: a measurement, skipped
// otherwise. SUBMIT_TIMING_WORKER=1 runs PGlite in its worker thread as the server does; SUBMIT_TIMING_N the count.
// To compare with another version of the path, add it to `paths`: they alternate in blocks of five.
const on = Boolean(process.env.SUBMIT_TIMING)

/** Per statement: its first words, how many ran and for how long (Kysely's log; the request thread's PGlite only). */
const totals = new Map<string, { n: number; ms: number; sql: string; params: readonly unknown[] }>()
let timing = false
function logStatement(event: LogEvent) {
  if (!timing) return
  const key = event.query.sql.replace(/\s+/g, ' ').slice(0, 70)
  const t = totals.get(key) ?? { n: 0, ms: 0, sql: event.query.sql, params: event.query.parameters }
  t.n++
  t.ms += event.queryDurationMillis
  totals.set(key, t)
}

it.runIf(on)('times submissions in process', { timeout: 600_000 }, async () => {
  setMailPickupDir(mkdtempSync(join(tmpdir(), 'submit-timing-')))
  const template = new Blob([readFileSync(inject('pgliteTemplate'))])
  const worker = Boolean(process.env.SUBMIT_TIMING_WORKER)
  const pglite = worker ? null : await PGlite.create({ loadDataDir: template, parsers: { 1082: (v: string) => v, 1700: (v: string) => v } })
  const handle = pglite
    ? { db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), close: () => pglite.close() }
    : await connectPglite(undefined, template, { worker: true })
  const n = Number(process.env.SUBMIT_TIMING_N ?? 60)
  const ex = await openExchange(handle.db, 2 * n + 20)
  const drafts: Awaited<ReturnType<typeof completeDraft>>[] = []
  for (let i = 0; i < 2 * n + 10; i++) drafts.push(await completeDraft(handle.db, ex, `s${i}`))
  // The same database as a second Kysely that logs each statement's time (request thread only).
  const timed: Db = pglite ? new Kysely({ dialect: new PGliteDialect(pglite), log: logStatement }) : handle.db
  const paths: Record<string, (db: Db, d: typeof drafts[number]) => Promise<unknown>> = {
    current: (db, d) => asUser(db, d.student, tx => submitApplication(tx, d.student, d.id, { action: 'submit', revision: d.revision })),
  }
  const names = Object.keys(paths)
  // Warm-up: five of each.
  for (const name of names) for (let i = 0; i < 5; i++) await paths[name]!(handle.db, drafts.pop()!)
  const ms: Record<string, number[]> = Object.fromEntries(names.map(k => [k, []]))
  // CPU time of this process per submission (with PGlite on this thread, all of the work): the machine's load does not inflate it.
  const cpu: Record<string, number[]> = Object.fromEntries(names.map(k => [k, []]))
  for (let block = 0; block < n / 5; block++) {
    for (const name of names) {
      for (let i = 0; i < 5; i++) {
        const d = drafts.pop()!
        const t0 = performance.now()
        const c0 = process.cpuUsage()
        timing = name === (process.env.SUBMIT_TIMING_LOG ?? names.at(-1))
        await paths[name]!(timing ? timed : handle.db, d)
        timing = false
        ms[name]!.push(performance.now() - t0)
        const c = process.cpuUsage(c0)
        cpu[name]!.push((c.user + c.system) / 1000)
      }
    }
  }
  for (const name of names) {
    const sorted = [...ms[name]!].sort((a, b) => a - b)
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length
    const cpuSorted = [...cpu[name]!].sort((a, b) => a - b)
    const cpuMean = cpuSorted.reduce((a, b) => a + b, 0) / cpuSorted.length
    console.info(`${name}: wall mean ${mean.toFixed(1)} ms, median ${sorted[sorted.length >> 1]!.toFixed(1)} ms; CPU mean ${cpuMean.toFixed(1)} ms, median ${cpuSorted[cpuSorted.length >> 1]!.toFixed(1)} ms (${sorted.length})`)
  }
  for (const [sql, t] of totals) {
    let planning = ''
    if (pglite && !/^(begin|commit|rollback)/.test(sql)) {
      const { rows } = await pglite.query<{ 'QUERY PLAN': string }>(`explain (summary on) ${t.sql}`, [...t.params])
      planning = rows.map(r => r['QUERY PLAN']).find(line => line.startsWith('Planning Time')) ?? ''
    }
    console.info(`  ${process.env.SUBMIT_TIMING_LOG ?? names.at(-1)}: ${(t.ms / t.n).toFixed(2)} ms × ${t.n} (${planning})  ${sql}`)
  }
  await handle.close()
})
