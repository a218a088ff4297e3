// Registration under load: `people` signed-up members register for one activity of `capacity` places all at once
// through `concurrency` connections; reports p50/p95/p99 and registrations per second, and checks that exactly
// `capacity` were confirmed and the rest waitlisted (the activity row is locked per registration: never overbooked).
import { confirmationTokens, percentile, pool, session } from './submit.mjs'

/** An online activity open for registration, organised by the Nanning office, with one session in a month. */
async function openActivity(office, capacity) {
  const institutions = (await office('GET', '/api/institutions')).items
  const nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')
  const activity = await office('POST', '/api/calendar/activities', {
    kind: 'webinar', title: { en: 'Bench webinar', zh: '基准网络研讨会' }, mode: 'online', onlineUrl: 'https://meet.example.org/bench',
    timeZone: 'Asia/Shanghai', capacity, organiserIds: [nanning.id],
  })
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  await office('POST', `/api/calendar/activities/${activity.id}/sessions`, {
    sessions: [{ startsAtLocal: `${day}T09:00`, endsAtLocal: `${day}T11:00`, timeZone: 'Asia/Shanghai' }],
  })
  await office('POST', `/api/calendar/activities/${activity.id}/steps`, { action: 'publish' })
  await office('POST', `/api/calendar/activities/${activity.id}/steps`, { action: 'open_registration' })
  return activity.id
}

/** dataDir: the server's NUXT_DATA_DIR, where the confirmation mails of the sign-ups land. */
export async function benchRegistrations(base, { people = 500, capacity = 100, concurrency = 50, dataDir } = {}) {
  const tokenFor = confirmationTokens(dataDir)
  const secretariat = session(base)
  await secretariat('POST', '/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })
  const office = session(base)
  await office('POST', '/api/auth/login', { email: 'office.nanning@demo.example', password: 'demo-password-2026' })
  const activityId = await openActivity(office, capacity)
  const redRiver = (await secretariat('GET', '/api/institutions')).items.find(i => i.slug === 'red-river-tech-university').id
  const ready = await pool(Array.from({ length: people }, (_, i) => i), 8, async (i) => {
    const me = session(base)
    const email = `bench-reg-${Date.now()}-${i}@bench.example`
    await me('POST', '/api/auth/signup', { email, password: `bench-password-${i}`, displayName: `Bench ${i}`, locale: 'th' })
    const { user } = await me('POST', '/api/auth/confirm', { token: await tokenFor(email) })
    await secretariat('POST', '/api/admin/memberships', { userId: user.id, institutionId: redRiver, role: 'student' })
    return me
  })
  const started = Date.now()
  const results = await pool(ready, concurrency, async (me) => {
    const t0 = performance.now()
    const reply = await me('POST', `/api/calendar/activities/${activityId}/registrations`, {})
    return { ms: performance.now() - t0, state: reply.registrations[0].state }
  })
  const seconds = (Date.now() - started) / 1000
  const confirmed = results.filter(r => r.state === 'confirmed').length
  const waitlisted = results.filter(r => r.state === 'waitlisted').length
  if (confirmed !== capacity || waitlisted !== people - capacity) throw new Error(`${confirmed} confirmed and ${waitlisted} waitlisted for ${capacity} places`)
  const sorted = results.map(r => r.ms).sort((a, b) => a - b)
  return {
    registrations: people, capacity, confirmed, waitlisted, concurrency, seconds, perSecond: people / seconds,
    p50ms: Math.round(percentile(sorted, 50)), p95ms: Math.round(percentile(sorted, 95)), p99ms: Math.round(percentile(sorted, 99)),
  }
}
