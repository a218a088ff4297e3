// The calendar's month view holding 2,000 events: the server renders it and Chromium loads and hydrates it. The
// events are sessions of one published activity, seeded straight into the bench's embedded database while the
// portal is stopped (the activity routes are the lead's; seeding 2,000 rows through them would measure them instead).
import { chromium } from 'playwright-core'
import { join } from 'node:path'
import { startPortal } from './servers.mjs'

const EVENTS = 2000
const RUNS = 7

/** The first day of next month (UTC), so the month is in the future whatever day the bench runs. */
export function nextMonth() {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
}

/** 2,000 sessions spread over the month's days, 08:00 to 18:00 in Nanning, 30 to 150 minutes long. */
export async function seedSessions(dataDir, month) {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') })
  try {
    await db.transaction(async (tx) => {
      const { rows: [office] } = await tx.query(`select p.id, m.institution_id from public.profiles p join public.memberships m on m.user_id = p.id
        where p.email = 'office.nanning@demo.example' limit 1`)
      const { rows: [activity] } = await tx.query(`insert into public.activities (kind, state, title, working_languages, mode, online_url, time_zone, created_by)
        values ('training', 'published', $1, '{zh,en,th}', 'online', 'https://meet.example/bench', 'Asia/Shanghai', $2) returning id`,
      [JSON.stringify({ en: 'Bench training day', zh: '基准培训日', th: 'วันอบรมทดสอบ' }), office.id])
      await tx.query('insert into public.activity_organisers (activity_id, institution_id) values ($1, $2)', [activity.id, office.institution_id])
      await tx.query(`insert into public.activity_sessions (activity_id, title, starts_at, ends_at, time_zone)
        select $1, jsonb_build_object('en', 'Workshop ' || n, 'th', 'เวิร์กช็อป ' || n),
          start, start + make_interval(mins => 30 + (n * 37) % 120), 'Asia/Shanghai'
        from generate_series(1, $2::int) n,
          lateral (select (($3::date + ((n - 1) % extract(day from ($3::date + interval '1 month' - interval '1 day'))::int))::timestamp
            + make_interval(hours => 8 + (n * 7) % 10, mins => (n * 13) % 4 * 15)) at time zone 'Asia/Shanghai' as start) s`,
      [activity.id, EVENTS, month])
    })
    const { rows: [{ count }] } = await db.query('select count(*)::int as count from public.activity_sessions')
    return count
  }
  finally { await db.close() }
}

/** Milliseconds from navigation start until Nuxt has hydrated the page, read in the page itself. */
async function loadAndHydrate(page, url) {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => {
    const nuxt = document.querySelector('#__nuxt')?.__vue_app__?.config.globalProperties.$nuxt
    if (nuxt && nuxt.isHydrating === false) window.__hydratedAt ??= performance.now()
    return window.__hydratedAt !== undefined
  }, null, { polling: 'raf', timeout: 60_000 })
  return page.evaluate(() => window.__hydratedAt)
}

export async function benchCalendar(line) {
  const month = nextMonth()
  const first = await startPortal(3904, { PORTAL_PAGE_CACHE: 'off' })
  await first.stop(true)
  const seeded = await seedSessions(first.dataDir, month)
  const portal = await startPortal(3904, { PORTAL_PAGE_CACHE: 'off' }, first.dataDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const path = `/th/calendar?view=month&day=${month}`
    const html = await (await fetch(`${portal.url}${path}`)).text()
    const more = (html.match(/data-testid="month-more"/g) ?? []).length
    if (!more) throw new Error(`${path} shows no "+N more": the ${seeded} sessions did not reach the month`)
    // The same page holding no event (a visitor sees no governance meeting): what the page costs on this machine now.
    const rows = []
    for (const [name, url] of [[`month, ${seeded} events`, path], ['same page, no events (reference)', `${path}&kind=meeting`]]) {
      const times = []
      await loadAndHydrate(page, `${portal.url}${url}`) // warm: server caches, browser's compiled scripts
      for (let i = 0; i < RUNS; i++) times.push(await loadAndHydrate(page, `${portal.url}${url}`))
      times.sort((a, b) => a - b)
      rows.push({ name, times, median: times[Math.floor(times.length / 2)] })
    }
    console.info(`\nCalendar: a month holding ${seeded} events (\`${path}\`), server-rendered, loaded and hydrated in Chromium, ${RUNS} runs after one warm-up\n`)
    line(['page', 'HTML KB', 'fastest ms', 'median ms', 'slowest ms', 'target', 'met'])
    line(['---', '---', '---', '---', '---', '---', '---'])
    for (const [i, r] of rows.entries()) {
      const target = i === 0 ? ['≤ 300 ms', r.median <= 300 ? 'yes' : 'no'] : ['', '']
      line([r.name, i === 0 ? Math.round(html.length / 1024) : '', Math.round(r.times[0]), Math.round(r.median), Math.round(r.times.at(-1)), ...target])
    }
  }
  finally {
    await browser.close()
    await portal.stop()
  }
}
