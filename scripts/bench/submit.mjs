// Submit-application latency: N applicants with complete drafts, then every submission at once
// through a pool of `concurrency` connections; reports p50/p95/p99 of the submit requests.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { signIn } from './servers.mjs'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const FORM = {
  latinName: 'Bench Applicant', nativeName: 'Bench Applicant', emergencyContact: { name: 'Parent', phone: '+84 900 000 000', relation: 'parent' },
  preferredCourses: 'Industrial robotics', studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level: 'HSK3', issuer: 'CTI' }], motivation: 'Benchmark', teachingPlan: '', teachingHours: null,
}

/**
 * Reads confirmation links from the server's mail pickup directory (<dataDir>/mail), each file once,
 * so 200 sign-ups do not re-read every earlier mail.
 */
export function confirmationTokens(dataDir) {
  const mailDir = join(dataDir, 'mail')
  const seen = new Set()
  const tokens = new Map()
  return async (email) => {
    for (let attempt = 0; attempt < 1200; attempt++) {
      // The directory appears with the first mail delivered.
      const names = existsSync(mailDir) ? readdirSync(mailDir) : []
      for (const name of names) {
        if (seen.has(name)) continue
        let mail
        // A mail still being written is read again on the next pass.
        try { mail = JSON.parse(readFileSync(join(mailDir, name), 'utf8')) }
        catch { continue }
        seen.add(name)
        if (mail.template === 'auth.signup_confirm') tokens.set(mail.to, /token=([\w-]+)/.exec(mail.body)[1])
      }
      if (tokens.has(email)) return tokens.get(email)
      await new Promise(r => setTimeout(r, 50))
    }
    throw new Error(`no confirmation mail for ${email}`)
  }
}

export function session(base) {
  let cookie = ''
  return async (method, path, body) => {
    const isForm = body instanceof FormData
    const res = await fetch(base + path, {
      method, body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      headers: { ...(isForm || body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    })
    const set = res.headers.getSetCookie().find(c => c.startsWith('portal_session='))
    if (set) cookie = set.split(';')[0]
    const text = await res.text()
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`)
    return text ? JSON.parse(text) : null
  }
}

export async function pool(items, concurrency, fn) {
  const results = []
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }))
  return results
}

/**
 * The floor under any signed-in request at the same concurrency: GET /api/auth/me (session, one RLS
 * transaction, four small reads: the person, memberships, unread count, notices to accept) through 50 connections
 * for 5 s. A submission cannot answer faster than this.
 */
export async function benchSignedInFloor(base, { concurrency = 50, seconds = 5 } = {}) {
  const { default: autocannon } = await import('autocannon')
  const cookie = await signIn(base, 'student.vietnam@demo.example')
  const run = duration => autocannon({ url: `${base}/api/auth/me`, connections: concurrency, duration, headers: { cookie } })
  await run(1)
  const r = await run(seconds)
  if (r.non2xx || r.errors) throw new Error(`/api/auth/me: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return { path: '/api/auth/me', concurrency, requestsPerSecond: Math.round(r.requests.average), p50ms: r.latency.p50, p97_5ms: r.latency.p97_5 }
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]

/** dataDir: the server's NUXT_DATA_DIR, where the confirmation mails of the sign-ups land. */
export async function benchSubmit(base, { applicants = 200, concurrency = 50, dataDir } = {}) {
  const tokenFor = confirmationTokens(dataDir)
  const secretariat = session(base)
  await secretariat('POST', '/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })
  const call = (await secretariat('GET', '/api/mobility/calls')).find(c => c.title.en === 'Spring semester call')
  const redRiver = (await secretariat('GET', '/api/institutions')).items.find(i => i.slug === 'red-river-tech-university').id
  const ready = await pool(Array.from({ length: applicants }, (_, i) => i), 8, async (i) => {
    const me = session(base)
    const email = `bench-${Date.now()}-${i}@bench.example`
    // Sign-up answers "check your mail"; the mailed link confirms the address and signs in.
    await me('POST', '/api/auth/signup', { email, password: `bench-password-${i}`, displayName: `Bench ${i}`, locale: 'vi' })
    const { user } = await me('POST', '/api/auth/confirm', { token: await tokenFor(email) })
    await secretariat('POST', '/api/admin/memberships', { userId: user.id, institutionId: redRiver, role: 'student' })
    const app = await me('POST', '/api/mobility/applications', { callId: call.id, homeInstitutionId: redRiver })
    const saved = await me('PUT', `/api/mobility/applications/${app.id}`, { revision: app.revision, form: FORM, private: { passportNumber: `B${100000 + i}`, passportExpiry: '2031-01-01', nationality: 'VN' } })
    const body = new FormData()
    body.append('file', new Blob([PDF], { type: 'application/pdf' }), 'transcript.pdf')
    const file = await me('POST', '/api/files', body)
    await me('PUT', `/api/mobility/applications/${app.id}/documents/transcript`, { fileId: file.id })
    return { me, id: app.id, revision: saved.revision }
  })
  const started = Date.now()
  const timings = await pool(ready, concurrency, async ({ me, id, revision }) => {
    const t0 = performance.now()
    const reply = await me('POST', `/api/mobility/applications/${id}/steps`, { action: 'submit', revision })
    if (reply.state !== 'submitted') throw new Error(`submit ${id}: state ${reply.state}`)
    return performance.now() - t0
  })
  const sorted = [...timings].sort((a, b) => a - b)
  return {
    submissions: sorted.length, concurrency, seconds: (Date.now() - started) / 1000,
    p50ms: Math.round(percentile(sorted, 50)), p95ms: Math.round(percentile(sorted, 95)), p99ms: Math.round(percentile(sorted, 99)),
  }
}
