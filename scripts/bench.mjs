// `npm run bench`: every figure is a ratio against a reference measured in the same run, twice, interleaved.
//  - pages: requests/s through 20 connections of the bare Nuxt hello page (scripts/bench/hello), then of each
//    portal page, rendered uncached (PORTAL_PAGE_CACHE=off), signed in, and from the anonymous page cache;
//  - weight: first-load JavaScript (gzipped) of public and signed-in pages;
//  - writes: 200 application submissions through 50 connections against GET /api/auth/me at 50 connections (just before and after),
//    embedded and, when DATABASE_URL is set, on that Postgres server in a fresh database;
//  - registrations: 500 members registering at once for 100 places through 50 connections (100 confirmed,
//    400 waitlisted, checked), p50/p95 and registrations per second against GET /api/auth/me; embedded and Postgres;
//  - calendar: a month of 2,000 events, server-rendered, loaded and hydrated in Chromium (target ≤ 300 ms);
//  - evaluation: the results of an instance with 100,000 submitted responses on the embedded database (target ≤ 1 s).
// BENCH_PARTS=pages,weight,writes,registrations,calendar,evaluation chooses parts; BENCH_SECONDS the length of each page run (default 5).
import autocannon from 'autocannon'
import pg from 'pg'
import { ensureBuild } from './ensure-build.mjs'
import { ensureHelloBuild, signIn, startHello, startPortal } from './bench/servers.mjs'
import { benchSignedInFloor, benchSubmit } from './bench/submit.mjs'
import { benchRegistrations } from './bench/registrations.mjs'
import { firstLoadKb } from './bench/weight.mjs'
import { benchCalendar } from './bench/calendar.mjs'
import { benchEvaluation } from './bench/evaluation.mjs'

// BENCH_PORT: the first of the four ports the servers listen on (default 3900), for two benches on one machine.
const port = Number(process.env.BENCH_PORT ?? 3900)
const parts = (process.env.BENCH_PARTS ?? 'pages,weight,writes,registrations,calendar,evaluation').split(',')
// The evaluation part runs on an embedded database of its own, without the built portal.
if (parts.some(part => part !== 'evaluation')) {
  ensureBuild()
  ensureHelloBuild()
}
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const line = cells => console.info(`| ${cells.join(' | ')} |`)

async function rate(url, path, cookie) {
  const run = duration => autocannon({ url: `${url}${path}`, connections: 20, duration, headers: cookie ? { cookie } : {} })
  await run(1)
  const r = await run(seconds)
  if (r.non2xx || r.errors) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return r.requests.average
}

async function applicationPath(url, cookie) {
  const list = await (await fetch(`${url}/api/mobility/applications`, { headers: { cookie } })).json()
  const first = (list.items ?? list)[0]
  if (!first) throw new Error('the demo student has no application')
  return `/vi/mobility/applications/${first.id}`
}

async function benchPages(hello, uncached, cached) {
  const office = await signIn(uncached.url, 'office.nanning@demo.example')
  const student = await signIn(uncached.url, 'student.hanoi@demo.example')
  const pages = [
    { name: 'home `/th`, uncached', server: uncached, path: '/th', target: 0.15 },
    { name: '`/th/institutions`, uncached', server: uncached, path: '/th/institutions', target: 0.15 },
    { name: '`/km/mobility/calls`, uncached', server: uncached, path: '/km/mobility/calls', target: 0.15 },
    { name: 'office list `/zh/mobility/office`, signed in', server: uncached, path: '/zh/mobility/office', cookie: office, target: 0.1 },
    { name: 'application page, signed in', server: uncached, path: await applicationPath(uncached.url, student), cookie: student, target: 0.1 },
    { name: 'home `/th`, page cache', server: cached, path: '/th', target: 0.6 },
    { name: '`/th/institutions`, page cache', server: cached, path: '/th/institutions', target: 0.6 },
    { name: '`/km/mobility/calls`, page cache', server: cached, path: '/km/mobility/calls', target: 0.6 },
  ]
  for (const page of pages.filter(p => p.server === cached)) {
    await fetch(`${cached.url}${page.path}`)
    const again = await fetch(`${cached.url}${page.path}`)
    if (again.headers.get('x-page-cache') !== 'hit') throw new Error(`${page.path} was not served from the page cache`)
  }
  const rounds = []
  for (let round = 0; round < 2; round++) {
    const reference = await rate(hello.url, '/')
    const rates = []
    for (const page of pages) rates.push(await rate(page.server.url, page.path, page.cookie))
    rounds.push({ reference, rates })
  }
  console.info('\nServer rendering, requests/s through 20 connections, as a ratio of the bare Nuxt hello page in the same round\n')
  line(['page', 'round 1 req/s', 'round 2 req/s', 'ratio (mean of rounds)', 'target', 'met'])
  line(['---', '---', '---', '---', '---', '---'])
  line(['bare Nuxt hello (reference)', ...rounds.map(r => Math.round(r.reference)), '1', '', ''])
  pages.forEach((page, i) => {
    const ratio = rounds.reduce((sum, r) => sum + r.rates[i] / r.reference, 0) / rounds.length
    line([page.name, ...rounds.map(r => Math.round(r.rates[i])), ratio.toFixed(3), `≥ ${page.target}`, ratio >= page.target ? 'yes' : 'no'])
  })
}

async function benchWeight(portal) {
  const student = await signIn(portal.url, 'student.hanoi@demo.example')
  const office = await signIn(portal.url, 'office.nanning@demo.example')
  const pages = [
    { name: 'home `/th`', path: '/th', target: 150 },
    { name: '`/th/institutions`', path: '/th/institutions', target: 150 },
    { name: '`/km/mobility/calls`', path: '/km/mobility/calls', target: 150 },
    { name: 'office list `/zh/mobility/office`', path: '/zh/mobility/office', cookie: office, target: 250 },
    { name: 'application page', path: await applicationPath(portal.url, student), cookie: student, target: 250 },
  ]
  console.info('\nFirst-load JavaScript (every script the page loads or preloads, gzipped)\n')
  line(['page', 'files', 'KB gzip', 'target', 'met'])
  line(['---', '---', '---', '---', '---'])
  for (const page of pages) {
    const { files, kb } = await firstLoadKb(portal.url, page.path, page.cookie)
    line([page.name, files, kb, `≤ ${page.target}`, kb <= page.target ? 'yes' : 'no'])
  }
}

async function benchWrites(portal, mode) {
  // The reference is measured just before and just after the submissions (this machine is shared): the ratio is
  // against their mean, and both are printed.
  const before = await benchSignedInFloor(portal.url)
  const submit = await benchSubmit(portal.url, { dataDir: portal.dataDir })
  const after = await benchSignedInFloor(portal.url)
  const floor = (before.requestsPerSecond + after.requestsPerSecond) / 2
  const throughput = submit.submissions / submit.seconds
  const ratio = throughput / floor
  console.info(`\nWrites, ${mode}: ${submit.submissions} submissions through ${submit.concurrency} connections, ${throughput.toFixed(1)}/s `
    + `(p50 ${submit.p50ms} ms, p95 ${submit.p95ms} ms); GET /api/auth/me at 50 connections ${before.requestsPerSecond}/s before, `
    + `${after.requestsPerSecond}/s after; ratio ${ratio.toFixed(2)} (target ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'not met'})`)
}

async function benchRegistering(portal, mode) {
  const floor = await benchSignedInFloor(portal.url)
  const r = await benchRegistrations(portal.url, { dataDir: portal.dataDir })
  console.info(`\nRegistrations, ${mode}: ${r.registrations} at once for ${r.capacity} places through ${r.concurrency} connections: `
    + `${r.confirmed} confirmed, ${r.waitlisted} waitlisted, ${r.perSecond.toFixed(1)}/s (p50 ${r.p50ms} ms, p95 ${r.p95ms} ms, p99 ${r.p99ms} ms); `
    + `GET /api/auth/me at 50 connections ${floor.requestsPerSecond}/s; ratio ${(r.perSecond / floor.requestsPerSecond).toFixed(2)}`)
}

if (parts.includes('evaluation')) await benchEvaluation(line)
if (parts.includes('calendar')) await benchCalendar(line)
if (parts.some(part => ['pages', 'weight', 'writes', 'registrations'].includes(part))) {
  const hello = await startHello(port + 2)
  const uncached = await startPortal(port, { PORTAL_PAGE_CACHE: 'off' })
  const cached = await startPortal(port + 1)
  try {
    if (parts.includes('pages')) await benchPages(hello, uncached, cached)
    if (parts.includes('weight')) await benchWeight(cached)
    if (parts.includes('writes')) await benchWrites(uncached, 'embedded')
    if (parts.includes('registrations')) await benchRegistering(uncached, 'embedded')
  }
  finally {
    hello.stop()
    uncached.stop()
    cached.stop()
  }
}

if ((parts.includes('writes') || parts.includes('registrations')) && process.env.DATABASE_URL) {
  const name = `portal_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = `/${name}`
  const server = await startPortal(port + 3, { DATABASE_URL: url.toString(), SEED_DEMO: 'true' })
  try {
    if (parts.includes('writes')) await benchWrites(server, 'Postgres')
    if (parts.includes('registrations')) await benchRegistering(server, 'Postgres')
  }
  finally {
    server.stop()
    await new Promise(r => setTimeout(r, 1000))
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
