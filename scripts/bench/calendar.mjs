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
/** The first day of the month before `month` (YYYY-MM-01). */
function previousMonth(month) {
  const d = new Date(`${month}T00:00:00Z`)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10)
}

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

/**
 * One load of the page: the server's part (request sent → first byte) and the browser's (first byte → Nuxt has
 * hydrated the page: HTML parsed, scripts run, the month's events taken over from the payload), read in the page.
 */
async function loadAndHydrate(page, url) {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => {
    const nuxt = document.querySelector('#__nuxt')?.__vue_app__?.config.globalProperties.$nuxt
    if (nuxt && nuxt.isHydrating === false) window.__hydratedAt ??= performance.now()
    return window.__hydratedAt !== undefined
  }, null, { polling: 'raf', timeout: 60_000 })
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    return { server: nav.responseStart - nav.requestStart, browser: window.__hydratedAt - nav.responseStart, total: window.__hydratedAt }
  })
}

/**
 * The month rendered in the page: from a click on "next month" (on the month before, which holds only the demo's
 * few events) until the busy month's "+N more" links are in the page and painted: the month API's answer and Vue's
 * render of the grid, as a reader moving through the calendar waits for it.
 */
async function switchMonth(page, url) {
  await loadAndHydrate(page, url)
  return page.evaluate(() => new Promise((resolve, reject) => {
    const started = performance.now()
    document.querySelector('[data-testid="calendar-next"]').click()
    const check = () => {
      if (performance.now() - started > 30_000) return reject(new Error('the busy month never rendered'))
      if (document.querySelectorAll('[data-testid="month-more"]').length > 0) {
        // The frame after the DOM holds the month is the one that paints it.
        return requestAnimationFrame(() => resolve(performance.now() - started))
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }))
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

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
    const loads = []
    for (const [name, url] of [[`month, ${seeded} events`, path], ['same page, no events (reference)', `${path}&kind=meeting`]]) {
      const runs = []
      for (let i = 0; i < 3; i++) await loadAndHydrate(page, `${portal.url}${url}`) // warm: server JIT and caches, browser's compiled scripts
      for (let i = 0; i < RUNS; i++) runs.push(await loadAndHydrate(page, `${portal.url}${url}`))
      loads.push({ name, server: median(runs.map(r => r.server)), browser: median(runs.map(r => r.browser)), total: median(runs.map(r => r.total)) })
    }
    const before = `/th/calendar?view=month&day=${previousMonth(month)}`
    await switchMonth(page, `${portal.url}${before}`)
    const switches = []
    for (let i = 0; i < RUNS; i++) switches.push(await switchMonth(page, `${portal.url}${before}`))
    switches.sort((a, b) => a - b)
    console.info(`\nCalendar: a month holding ${seeded} events (\`${path}\`, ${Math.round(html.length / 1024)} KB of HTML), medians of ${RUNS} runs after one warm-up\n`)
    line(['page', 'server ms (to first byte)', 'browser ms (first byte → hydrated)', 'load ms (navigation → hydrated)'])
    line(['---', '---', '---', '---'])
    for (const r of loads) line([r.name, Math.round(r.server), Math.round(r.browser), Math.round(r.total)])
    const met = median(switches) <= 300 ? 'yes' : 'no'
    console.info(`\nMoving to the busy month in the page (click on "next month" → its events painted): fastest ${Math.round(switches[0])} ms, median ${Math.round(median(switches))} ms, slowest ${Math.round(switches.at(-1))} ms; target ≤ 300 ms: ${met}`)
  }
  finally {
    await browser.close()
    await portal.stop()
  }
}
