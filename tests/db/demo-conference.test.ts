import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { seedDemoCommunity } from '../../server/domain/demo/seed'
import { seedDemoActivities } from '../../server/domain/demo/activities'
import { seedDemoConference } from '../../server/domain/demo/conferences'
import { DEMO_CONFERENCE_TITLE } from '../../server/domain/demo/conference-title'
import { getCall, listConferences } from '../../server/domain/conferences/authors'
import { suggestionsFor } from '../../server/domain/conferences/review-board'
import { createSubmission, takeSubmissionStep } from '../../server/domain/conferences/submissions'
import { submissionCreateSchema } from '../../shared/schemas/conferences'
import { LOCALE_CODES } from '../../shared/locales'
import { freshDatabase } from './helpers'

let handle: DatabaseHandle, db: Db, conferenceId: string
const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test check', fn)
const demoActor = async (email: string): Promise<Actor> => {
  const row = await service(tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', '=', email).executeTakeFirstOrThrow())
  return { id: row.id, email: row.email }
}

beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  await seedDemoCommunity(db)
  await seedDemoActivities(db)
  await seedDemoConference(db)
  await seedDemoConference(db)
  conferenceId = (await service(tx => tx.selectFrom('conferences as c').innerJoin('activities as a', 'a.id', 'c.activity_id')
    .select('c.id').where(sql<boolean>`a.title->>'en' = ${DEMO_CONFERENCE_TITLE}`).executeTakeFirstOrThrow())).id
}, 120_000)
afterAll(() => handle.close())

describe('the demo conference', () => {
  it('is seeded once, a published conference activity in Nanning whose call is open, listed to a visitor', async () => {
    const rows = await service(tx => tx.selectFrom('activities').select(['kind', 'state', 'time_zone']).where(sql<boolean>`title->>'en' = ${DEMO_CONFERENCE_TITLE}`).execute())
    expect(rows).toEqual([{ kind: 'conference', state: 'registration_open', time_zone: 'Asia/Shanghai' }])
    const listed = await asUser(db, null, tx => listConferences(tx))
    expect(listed.map(c => c.id)).toContain(conferenceId)
    const call = await asUser(db, null, tx => getCall(tx, conferenceId))
    expect(call.call_open).toBe(true)
    expect(call.submission_deadline!.getTime()).toBeGreaterThan(Date.now() + 40 * 86_400_000)
    expect(call.tracks).toHaveLength(3)
  })

  it('writes its title, texts and tracks in all ten languages', async () => {
    const activity = await service(tx => tx.selectFrom('activities').select(['title', 'summary', 'description', 'audience'])
      .where(sql<boolean>`title->>'en' = ${DEMO_CONFERENCE_TITLE}`).executeTakeFirstOrThrow())
    const conference = await service(tx => tx.selectFrom('conferences').select('call_text').where('id', '=', conferenceId).executeTakeFirstOrThrow())
    const tracks = await service(tx => tx.selectFrom('conference_tracks').select('name').where('conference_id', '=', conferenceId).execute())
    const texts = [activity.title, activity.summary, activity.description, activity.audience, conference.call_text, ...tracks.map(t => t.name)]
    const maps = texts as Record<string, string>[]
    for (const map of maps) {
      expect(Object.keys(map).sort()).toEqual([...LOCALE_CODES].sort())
      for (const code of ['zh', 'th', 'km', 'lo', 'my'] as const) expect(map[code]).not.toBe(map.en)
    }
  })

  it('has reviewers who accepted: a Thai author\'s colleague is left out of the suggestions for her abstract, the others suggested by topic', async () => {
    const author = await demoActor('teacher.thai@demo.example')
    const college = (await service(tx => tx.selectFrom('institutions').select('id').where('slug', '=', 'chao-phraya-technical').executeTakeFirstOrThrow())).id
    const submissionId = await asUser(db, author, tx => createSubmission(tx, author, conferenceId, submissionCreateSchema.parse({
      type: 'talk', title: { th: 'การฝึกงานในสถานประกอบการข้ามพรมแดน' }, abstract: { th: 'บทคัดย่อสั้น ๆ' }, keywords: ['internships'],
      presentationLanguage: 'th', submitter: { displayName: 'มาลี ศรีสุข', institutionId: college, country: 'TH' },
    })))
    await asUser(db, author, tx => takeSubmissionStep(tx, submissionId, 'submit'))
    const office = await demoActor('office.nanning@demo.example')
    const { suggestions, excluded } = await asUser(db, office, tx => suggestionsFor(tx, conferenceId, submissionId))
    const email = async (personId: string) => (await service(tx => tx.selectFrom('profiles').select('email').where('id', '=', personId).executeTakeFirstOrThrow())).email
    const offered = await Promise.all(suggestions.map(s => email(s.personId)))
    // The Nanning teacher reviews internships: first by topic.
    expect(offered[0]).toBe('teacher.nanning@demo.example')
    expect(offered).toContain('reviewer@demo.example')
    expect(offered).not.toContain('partner.thai@demo.example')
    expect(await Promise.all(excluded.map(async e => [await email(e.personId), e.kinds]))).toEqual([['partner.thai@demo.example', ['institution']]])
  })
})
