// Evaluation analytics over 100,000 submitted responses of a 12-question form, on the embedded database (PGlite):
// the full results of the instance as its organiser reads them (server/domain/evaluation/analytics/results.ts, through
// the organiser's RLS transaction: response rate, every question's figures, free texts), and the same broken down by
// the respondents' locale. Target ≤ 1 s (issue 16). Reference: `select count(*)` over the answer rows, same database,
// same run. The data is seeded with straight SQL (generate_series) into a freshly migrated database; the TypeScript
// domain code is loaded with jiti, as the server would run it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createJiti } from 'jiti'

const RESPONSES = Number(process.env.BENCH_EVALUATION_RESPONSES ?? 100_000)
const RUNS = 5
const TARGET_MS = 1000
const root = new URL('../../', import.meta.url).pathname

const t = en => ({ en, zh: `${en}（中文）`, th: `${en} (ไทย)` })
const points = n => Array.from({ length: n }, (_, i) => t(String(i + 1)))
const likert = id => ({ id, type: 'likert', required: true, points: 5, labels: points(5), text: t(id) })
export const BENCH_FORM = {
  schema: 'portal.evaluation-form/1', title: t('Bench training evaluation'), purpose: 'reaction', level: 1,
  sections: [{
    id: 'main', title: t('Your view'),
    questions: [
      likert('useful'), likert('clear'), likert('organised'),
      { id: 'speaker', type: 'rating', required: true, max: 10, text: t('speaker') },
      { id: 'recommend', type: 'nps', required: true, text: t('recommend') },
      { id: 'channel', type: 'single', required: true, other: true, options: ['web', 'mail', 'office'].map(id => ({ id, label: t(id) })), text: t('channel') },
      { id: 'skills', type: 'multiple', required: false, other: false, options: ['lang', 'culture', 'law', 'food'].map(id => ({ id, label: t(id) })), text: t('skills') },
      { id: 'grid', type: 'matrix', required: true, points: 5, labels: points(5), rows: ['pace', 'rooms', 'food'].map(id => ({ id, label: t(id) })), text: t('grid') },
      { id: 'hours', type: 'number', required: false, integer: true, min: 0, max: 200, text: t('hours') },
      { id: 'day', type: 'date', required: false, text: t('day') },
      { id: 'best', type: 'text', required: false, long: false, maxLength: 500, text: t('best') },
      { id: 'comment', type: 'text', required: false, long: true, maxLength: 2000, text: t('comment') },
    ],
  }],
}

export async function seed(handle, sql, localeCodes) {
  const { db } = handle
  const { rows: [org] } = await sql`insert into public.institutions (slug, kind, country, name) values ('bench-office', 'university', 'CN', ${JSON.stringify({ en: 'Bench office' })}::jsonb) returning id`.execute(db)
  const { rows: [user] } = await sql`insert into auth.users (email, raw_user_meta_data) values ('bench.office@bench.example', ${JSON.stringify({ display_name: 'Bench office' })}::jsonb) returning id, email`.execute(db)
  await sql`insert into public.memberships (user_id, institution_id, role) values (${user.id}, ${org.id}, 'office_staff')`.execute(db)
  const { rows: [activity] } = await sql`insert into public.activities (kind, state, title, time_zone, created_by)
    values ('training', 'published', ${JSON.stringify({ en: 'Bench training' })}::jsonb, 'Asia/Shanghai', ${user.id}) returning id`.execute(db)
  await sql`insert into public.activity_organisers (activity_id, institution_id) values (${activity.id}, ${org.id})`.execute(db)
  const { rows: [form] } = await sql`insert into public.evaluation_forms (institution_id, created_by, title, purpose, level)
    values (${org.id}, ${user.id}, ${JSON.stringify(BENCH_FORM.title)}::jsonb, 'reaction', 1) returning id`.execute(db)
  const { rows: [version] } = await sql`insert into public.evaluation_form_versions (form_id, definition) values (${form.id}, ${JSON.stringify(BENCH_FORM)}::jsonb) returning id`.execute(db)
  await sql`update public.evaluation_form_versions set state = 'published' where id = ${version.id}`.execute(db)
  const { rows: [instance] } = await sql`insert into public.evaluation_instances (form_id, version_id, target, activity_id, timing, anonymous, opens_at, closes_at, created_by)
    values (${form.id}, ${version.id}, 'activity', ${activity.id}, 'after', true, now() - interval '20 days', now() - interval '1 day', ${user.id}) returning id`.execute(db)
  // The responses and their answers straight in SQL, the per-row guards and audit off for the bulk load (a seed, not a
  // user's write), so the kept counts that submitting maintains are made once at the end (the seed's time includes it).
  // Values are spread deterministically from each response's number.
  await handle.exec(`
    set session_replication_role = replica;
    create temporary table bench_responses as
      select n, gen_random_uuid() as id from generate_series(1, ${RESPONSES}) n;
    insert into public.evaluation_responses (id, instance_id, version_id, person_id, locale, submitted_at, created_at, updated_at)
      select id, '${instance.id}', '${version.id}', null, (array[${localeCodes.map(c => `'${c}'`).join(', ')}])[1 + (n * 7) % ${localeCodes.length}],
        now() - interval '10 days' + n * interval '1 second', now() - interval '11 days', now() - interval '10 days'
      from bench_responses;
    insert into public.evaluation_answers (response_id, question_id, row_id, option_id, number_value, text_value, date_value)
      select r.id, a.q, a.row_id, a.option_id, a.v, a.txt, a.d from bench_responses r cross join lateral (values
        ('useful', null, null, (1 + (r.n * 7) % 5)::float8, null, null::date),
        ('clear', null, null, (1 + (r.n * 11) % 5)::float8, null, null),
        ('organised', null, null, (1 + (r.n * 13 / 3) % 5)::float8, null, null),
        ('speaker', null, null, (1 + (r.n * 17) % 10)::float8, null, null),
        ('recommend', null, null, ((r.n * 19) % 11)::float8, null, null),
        ('channel', null, case when r.n % 23 = 0 then 'other' else (array['web','mail','office'])[1 + r.n % 3] end, null,
          case when r.n % 23 = 0 then 'from a colleague ' || r.n end, null),
        ('skills', null, (array['lang','culture','law','food'])[1 + r.n % 4], null, null, null),
        ('skills', null, (array['lang','culture','law','food'])[1 + (r.n % 4 + 1 + (r.n / 4) % 3) % 4], null, null, null),
        ('grid', 'pace', null, (1 + (r.n * 3) % 5)::float8, null, null),
        ('grid', 'rooms', null, (1 + (r.n * 5) % 5)::float8, null, null),
        ('grid', 'food', null, (1 + (r.n * 29) % 5)::float8, null, null),
        ('hours', null, null, ((r.n * 31) % 120)::float8, null, null),
        ('day', null, null, null, null, date '2026-12-01' + (r.n % 30)),
        ('best', null, null, null, 'The visit to the partner school ' || r.n, null)
      ) as a(q, row_id, option_id, v, txt, d)
      where a.q <> 'best' or r.n % 5 = 0;
    set session_replication_role = origin;
    select private.recount_evaluation_answers('${instance.id}');
    analyze public.evaluation_responses;
    analyze public.evaluation_answers;
  `)
  return { actor: { id: user.id, email: user.email }, instanceId: instance.id }
}

async function time(fn) {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

async function medianOf(fn) {
  await fn() // warm-up
  const times = []
  for (let i = 0; i < RUNS; i++) times.push(await time(fn))
  times.sort((a, b) => a - b)
  return { times, median: times[Math.floor(RUNS / 2)] }
}

export async function benchEvaluation(line) {
  const jiti = createJiti(import.meta.url)
  const { connectPglite } = await jiti.import(join(root, 'server/db/connect.ts'))
  const { migrate } = await jiti.import(join(root, 'server/db/migrate.ts'))
  const { asUser } = await jiti.import(join(root, 'server/db/as-user.ts'))
  const { instanceResults } = await jiti.import(join(root, 'server/domain/evaluation/analytics/results.ts'))
  const { LOCALE_CODES } = await jiti.import(join(root, 'shared/locales.ts'))
  const { sql } = await import('kysely')
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-evaluation-'))
  const handle = await connectPglite(join(dataDir, 'pglite'))
  try {
    const dir = join(root, 'supabase/migrations')
    await migrate(handle, readdirSync(dir).filter(f => f.endsWith('.sql')).map(name => ({ name, sql: readFileSync(join(dir, name), 'utf8') })),
      readFileSync(join(root, 'supabase/bootstrap.sql'), 'utf8'))
    const seedMs = await time(async () => { Object.assign(handle, await seed(handle, sql, LOCALE_CODES)) })
    const { actor, instanceId } = handle
    const { rows: [{ answers }] } = await sql`select count(*)::int as answers from public.evaluation_answers`.execute(handle.db)
    const results = await asUser(handle.db, actor, tx => instanceResults(tx, instanceId))
    if (results.overall?.count !== RESPONSES) throw new Error(`the results count ${results.overall?.count} responses, not ${RESPONSES}`)
    const rows = [
      { name: `\`select count(*)\` over the ${answers.toLocaleString('en')} answer rows (reference)`, ...await medianOf(() => sql`select count(*) from public.evaluation_answers`.execute(handle.db)) },
      { name: 'full results of the instance, as its organiser', target: true, ...await medianOf(() => asUser(handle.db, actor, tx => instanceResults(tx, instanceId))) },
      { name: 'the same, broken down by locale', target: true, ...await medianOf(() => asUser(handle.db, actor, tx => instanceResults(tx, instanceId, 'locale'))) },
    ]
    console.info(`\nEvaluation analytics: ${RESPONSES.toLocaleString('en')} submitted responses of a 12-question form (${answers.toLocaleString('en')} answer rows, seeded in ${(seedMs / 1000).toFixed(1)} s), embedded database, median of ${RUNS} runs after one warm-up\n`)
    line(['measure', 'runs (ms)', 'median (ms)', 'ratio to reference', 'target', 'met'])
    line(['---', '---', '---', '---', '---', '---'])
    const reference = rows[0].median
    for (const row of rows) {
      line([row.name, row.times.map(ms => Math.round(ms)).join(', '), Math.round(row.median), (row.median / reference).toFixed(1),
        row.target ? `≤ ${TARGET_MS} ms` : '', row.target ? (row.median <= TARGET_MS ? 'yes' : 'no') : ''])
    }
  }
  finally {
    await handle.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchEvaluation(cells => console.info(`| ${cells.join(' | ')} |`))
}
