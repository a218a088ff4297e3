import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { submitResponse } from '../../server/domain/evaluation/responses'
import { activityResults, formRuns, instanceResults } from '../../server/domain/evaluation/analytics/results'
import { activityEffect } from '../../server/domain/evaluation/analytics/effect'
import { answersCsv } from '../../server/domain/evaluation/analytics/export'
import type { Breakdown } from '../../shared/schemas/evaluation-analytics'
import { analysePairs, describe as describeValues, netPromoterScore, topTwoBox } from '../../shared/evaluation/statistics'
import { createInstitutionRow, freshDatabase, grantRole } from './helpers'
import { personWithRole } from './rls-fixtures'
import { loadLocales } from './governance-fixtures'
import { openActivity, peopleOf, type ActivitySetup } from './registration-fixtures'
import { attachInstance, invite, publishedForm } from './evaluation-fixtures'

/**
 * The analytics of an instance on a small data set whose figures are known: distributions, mean, median, SD, top-2-box
 * and NPS; k-anonymity in breakdowns; institution breakdowns shown to that institution and the secretariat only;
 * anonymous instances name nobody; knowledge tests paired per person before and after.
 */
let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const t = (en: string) => ({ en, th: `${en} (th)` })
const labels = (points: number) => Array.from({ length: points }, (_, i) => t(String(i + 1)))
const DEFINITION = {
  schema: 'portal.evaluation-form/1', title: t('Training week'), purpose: 'reaction', level: 1,
  sections: [{
    id: 'main', title: t('Your view'),
    questions: [
      { id: 'useful', type: 'likert', required: true, points: 5, labels: labels(5), text: t('Useful') },
      { id: 'recommend', type: 'nps', required: true, text: t('Recommend') },
      { id: 'channel', type: 'single', required: true, other: true, options: [{ id: 'web', label: t('Web') }, { id: 'mail', label: t('Mail') }], text: t('Heard via') },
      { id: 'skills', type: 'multiple', required: false, other: true, options: [{ id: 'lang', label: t('Language') }, { id: 'culture', label: t('Culture') }], text: t('Skills') },
      { id: 'grid', type: 'matrix', required: false, points: 5, labels: labels(5), rows: [{ id: 'pace', label: t('Pace') }, { id: 'food', label: t('Food') }], text: t('Rate') },
      { id: 'hours', type: 'number', required: false, integer: true, min: 0, max: 100, text: t('Hours') },
      { id: 'day', type: 'date', required: false, text: t('Best day') },
      { id: 'comment', type: 'text', required: false, long: true, maxLength: 500, text: t('Comment') },
    ],
  }],
}

// Fourteen respondents: institution A (TH, answering in th) the first 6, B (KH, km) the next 5, C (KH, km) the last 3.
const USEFUL = [5, 5, 4, 4, 4, 3, 3, 2, 1, 5, 4, 5, 4, 2]
const RECOMMEND = [10, 9, 9, 8, 7, 6, 5, 10, 10, 3, 9, 0, 8, 10]
const CHANNEL = ['web', 'web', 'mail', 'web', 'other', 'mail', 'web', 'web', 'mail', 'web', 'other', 'web', 'mail', 'web']
const HOURS = [2, 4, 4, 6, 8, 10, 1, 3, 5, 7, 9, 11, 13, 15]
const answersOf = (i: number) => ({
  useful: USEFUL[i], recommend: RECOMMEND[i],
  channel: CHANNEL[i] === 'other' ? { other: i === 4 ? '=HYPERLINK("x")' : 'ฝากเพื่อนบอก' } : { option: CHANNEL[i] },
  skills: { options: i % 2 ? ['lang', 'culture'] : ['culture'], ...(i === 0 ? { other: 'cooking' } : {}) },
  grid: { pace: (i % 5) + 1, food: 5 - (i % 3) },
  hours: HOURS[i],
  day: `2026-12-${String(10 + (i % 4)).padStart(2, '0')}`,
  ...(i < 3 ? { comment: i === 0 ? 'ดีมาก' : i === 1 ? 'ល្អណាស់' : 'Great, "really"' } : {}),
})

interface World {
  act: ActivitySetup
  a: string
  b: string
  c: string
  officeA: Actor
  officeC: Actor
  secretariat: Actor
  outsider: Actor
  people: Actor[]
  instanceId: string
  formId: string
  versionId: string
}
let w: World

const submit = (who: Actor, instanceId: string, answers: Record<string, unknown>, locale: 'th' | 'km' | 'en') =>
  asUser(db, who, tx => submitResponse(tx, who, instanceId, { answers, locale }))
const results = (who: Actor, instanceId: string, by: Breakdown | null = null) => asUser(db, who, tx => instanceResults(tx, instanceId, by))

beforeAll(async () => {
  const act = await openActivity(db, { partners: 0 })
  const [a, b, c] = [await createInstitutionRow(db), await createInstitutionRow(db), await createInstitutionRow(db)]
  await asService(db, 'test fixture', tx => tx.updateTable('institutions').set({ country: 'KH' }).where('id', 'in', [b, c]).execute())
  const people = [...await peopleOf(db, a, 6), ...await peopleOf(db, b, 5), ...await peopleOf(db, c, 3)]
  const secretariat = await personWithRole(db, 'secretariat', await createInstitutionRow(db), 'secretariat')
  // The organiser's office manages the form; the offices of A and C are made managers of the activity too, so that
  // what differs between them is the institution breakdown alone.
  const officeA = await personWithRole(db, 'officeA', a, 'office_staff')
  const officeC = await personWithRole(db, 'officeC', c, 'office_staff')
  await grantRole(db, officeA, act.organiserInstitution, 'office_staff')
  await grantRole(db, officeC, act.organiserInstitution, 'office_staff')
  const outsider = await personWithRole(db, 'outsider', await createInstitutionRow(db), 'office_staff')
  const { formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id, DEFINITION)
  const instanceId = await attachInstance(db, { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id })
  await invite(db, instanceId, people)
  for (const [i, person] of people.entries()) await submit(person, instanceId, answersOf(i), i < 6 ? 'th' : 'km')
  w = { act, a, b, c, officeA, officeC, secretariat, outsider, people, instanceId, formId, versionId }
})

describe('an instance\'s figures', () => {
  it('response rate, Likert distribution, mean, median, SD and top-2-box match the known data set', async () => {
    const r = await results(w.act.organiser, w.instanceId)
    expect(r.responseRate).toMatchObject({ invited: 14, submitted: 14, rate: 1 })
    const useful = r.overall!.questions.find(q => q.id === 'useful')!
    expect(useful.distribution!.map(bar => bar.count)).toEqual([1, 2, 2, 5, 4])
    expect(useful.n).toBe(14)
    expect(useful.figures!.mean).toBeCloseTo(51 / 14, 12)
    expect(useful.figures!.median).toBe(4)
    expect(useful.figures!.sd).toBeCloseTo(describeValues(USEFUL).sd!, 12)
    expect(useful.topTwoBox).toEqual({ count: 9, share: topTwoBox(USEFUL, 5).share })
  })

  it('NPS counts promoters, passives and detractors as netPromoterScore does', async () => {
    const r = await results(w.act.organiser, w.instanceId)
    const nps = r.overall!.questions.find(q => q.id === 'recommend')!
    expect(nps.nps).toEqual({ promoters: 7, passives: 3, detractors: 4, score: 300 / 14 })
    const expected = netPromoterScore(RECOMMEND)
    expect(nps.nps).toEqual({ promoters: expected.promoters, passives: expected.passives, detractors: expected.detractors, score: expected.score })
    expect(nps.figures!.median).toBe(8.5)
  })

  it('choices count every option and "other"; the matrix gives a row × point heat map; numbers and dates are summarised', async () => {
    const r = await results(w.act.organiser, w.instanceId)
    const q = (id: string) => r.overall!.questions.find(x => x.id === id)!
    expect(q('channel').options!.map(o => [o.option, o.count])).toEqual([['web', 8], ['mail', 4], ['other', 2]])
    expect(q('skills').options!.map(o => [o.option, o.count])).toEqual([['lang', 7], ['culture', 14], ['other', 1]])
    expect(q('skills').options![0]!.share).toBe(0.5)
    const pace = q('grid').matrix!.find(row => row.row === 'pace')!
    expect(pace.counts).toEqual([3, 3, 3, 3, 2])
    expect(q('grid').matrix!.find(row => row.row === 'food')!.counts).toEqual([0, 0, 4, 5, 5])
    expect(q('hours').figures).toMatchObject({ n: 14, median: 6.5, min: 1, max: 15 })
    expect(q('hours').figures!.mean).toBeCloseTo(HOURS.reduce((s, x) => s + x, 0) / 14, 12)
    expect(q('day').dates).toEqual({ first: '2026-12-10', last: '2026-12-13' })
  })

  it('free texts come with the language they were written in', async () => {
    const r = await results(w.act.organiser, w.instanceId)
    const comments = r.texts.filter(x => x.question === 'comment').map(x => [x.text, x.locale]).sort()
    expect(comments).toEqual([['Great, "really"', 'th'], ['ดีมาก', 'th'], ['ល្អណាស់', 'th']].sort())
    expect(r.overall!.questions.find(q => q.id === 'comment')!.n).toBe(3)
    expect(r.texts.filter(x => x.question === 'channel').map(x => x.locale).sort()).toEqual(['km', 'th'])
  })

  it('the counts kept as responses are submitted equal a recount from the answer rows', async () => {
    const kept = () => asService(db, 'test check', async tx => (await sql<{ k: string }>`select question_id || '/' || row_id || '/' || option_id || '/'
      || number_value || '/' || date_value || '=' || n as k from public.evaluation_answer_counts where instance_id = ${w.instanceId} and n > 0 order by 1`.execute(tx)).rows.map(r => r.k))
    const before = await kept()
    expect(before.length).toBeGreaterThan(30)
    await asService(db, 'test check', tx => sql`select private.recount_evaluation_answers(${w.instanceId})`.execute(tx))
    expect(await kept()).toEqual(before)
  })

  it('an invitee may not read the results (403) and another office does not see the instance (404)', async () => {
    await expect(results(w.people[0]!, w.instanceId)).rejects.toMatchObject({ statusCode: 403 })
    await expect(results(w.outsider, w.instanceId)).rejects.toMatchObject({ statusCode: 404 })
    // Not even by calling the database function directly.
    await expect(asUser(db, w.outsider, tx => sql`select private.evaluation_aggregate(${[w.instanceId]}::uuid[], null)`.execute(tx)))
      .rejects.toThrow(/managers/)
  })
})

describe('breakdowns and k-anonymity', () => {
  it('by locale and country every group of 5 or more is shown with its own figures', async () => {
    const byLocale = await results(w.act.organiser, w.instanceId, 'locale')
    expect(byLocale.breakdown!.shown.map(g => [g.group, g.count])).toEqual([['km', 8], ['th', 6]])
    const th = byLocale.breakdown!.shown.find(g => g.group === 'th')!
    expect(th.questions.find(q => q.id === 'useful')!.figures!.mean).toBeCloseTo((5 + 5 + 4 + 4 + 4 + 3) / 6, 12)
    const byCountry = await results(w.act.organiser, w.instanceId, 'country')
    expect(byCountry.breakdown!.shown.map(g => [g.group, g.count])).toEqual([['KH', 8], ['TH', 6]])
  })

  it('the secretariat sees every institution; a group under 5 is hidden and so is the next smallest', async () => {
    await grantRole(db, w.secretariat, w.act.organiserInstitution, 'office_staff')
    const r = await results(w.secretariat, w.instanceId, 'institution')
    expect(r.breakdown!.shown.map(g => [g.group, g.count])).toEqual([[w.a, 6]])
    expect(r.breakdown!.hidden.sort()).toEqual([w.b, w.c].sort())
    expect(JSON.stringify(r.breakdown!.shown)).not.toContain(w.c)
  })

  it('an office sees its own institution and "others", never another institution by name', async () => {
    const a = await results(w.officeA, w.instanceId, 'institution')
    expect(a.breakdown!.shown.map(g => [g.group, g.count]).sort()).toEqual([[w.a, 6], ['others', 8]].sort())
    expect(JSON.stringify(a)).not.toContain(w.b)
    expect(JSON.stringify(a)).not.toContain(w.c)
    // C's own group has 3 answers: hidden, and "others" with it (else all − others would give C's answers away).
    const c = await results(w.officeC, w.instanceId, 'institution')
    expect(c.breakdown!.shown).toEqual([])
    expect(c.breakdown!.hidden.sort()).toEqual([w.c, 'others'].sort())
  })

  it('by role, and by activity over all its instances', async () => {
    const role = await results(w.act.organiser, w.instanceId, 'role')
    expect(role.breakdown!.shown.map(g => [g.group, g.count])).toEqual([['student', 14]])
    const activity = await asUser(db, w.act.organiser, tx => activityResults(tx, w.act.activityId, 'activity'))
    expect(activity.breakdown!.shown.map(g => [g.group, g.count])).toEqual([[w.act.activityId, 14]])
  })
})

describe('comparison across runs', () => {
  it('every run of a form is a group of its own, with its own figures; a run under 5 responses is hidden', async () => {
    const second = await openActivity(db, { partners: 0 })
    const third = await openActivity(db, { partners: 0 })
    const target = (activityId: string) => ({ formId: w.formId, versionId: w.versionId, activityId, createdBy: w.act.organiser.id })
    const [run2, run3] = [await attachInstance(db, target(second.activityId)), await attachInstance(db, target(third.activityId))]
    await invite(db, run2, w.people.slice(0, 6))
    await invite(db, run3, w.people.slice(0, 2))
    for (const [i, person] of w.people.slice(0, 6).entries()) await submit(person, run2, { ...answersOf(i), useful: 5 }, 'th')
    for (const [i, person] of w.people.slice(0, 2).entries()) await submit(person, run3, answersOf(i), 'th')
    const runs = await asUser(db, w.act.organiser, tx => formRuns(tx, w.formId))
    expect(runs.overall!.count).toBe(22)
    // Run 3 (2 responses) is hidden, and run 2, the smallest other, with it: else all − run 1 − run 2 would show run 3.
    expect(runs.breakdown!.shown.map(g => [g.group, g.count])).toEqual([[w.act.activityId, 14]])
    expect(runs.breakdown!.hidden.sort()).toEqual([second.activityId, third.activityId].sort())
    const fourth = await openActivity(db, { partners: 0 })
    const run4 = await attachInstance(db, target(fourth.activityId))
    await invite(db, run4, w.people.slice(6, 13))
    for (const [i, person] of w.people.slice(6, 13).entries()) await submit(person, run4, { ...answersOf(i), useful: 1 }, 'km')
    const again = await asUser(db, w.act.organiser, tx => formRuns(tx, w.formId))
    const useful = (group: string) => again.breakdown!.shown.find(g => g.group === group)?.questions.find(q => q.id === 'useful')?.figures?.mean
    // Now run 2 (6) is the smallest shown one, hidden for run 3; run 4 (7 responses) and run 1 are compared.
    expect(useful(fourth.activityId)).toBe(1)
    expect(useful(w.act.activityId)).toBeCloseTo(51 / 14, 12)
    expect(again.breakdown!.hidden.sort()).toEqual([second.activityId, third.activityId].sort())
    await expect(asUser(db, w.outsider, tx => formRuns(tx, w.formId))).rejects.toMatchObject({ statusCode: 404 })
  })
})

describe('anonymous instances', () => {
  let anonymousId: string, small: string
  beforeAll(async () => {
    const { formId, versionId } = await publishedForm(db, w.act.organiserInstitution, w.act.organiser.id, DEFINITION)
    anonymousId = await attachInstance(db, { formId, versionId, activityId: w.act.activityId, createdBy: w.act.organiser.id }, { anonymous: true, timing: 'follow_up' })
    small = await attachInstance(db, { formId, versionId, activityId: w.act.activityId, createdBy: w.act.organiser.id }, { anonymous: true, timing: 'follow_up' })
    await invite(db, anonymousId, w.people.slice(0, 7))
    await invite(db, small, w.people.slice(0, 3))
    for (const [i, person] of w.people.slice(0, 7).entries()) await submit(person, anonymousId, answersOf(i), i < 4 ? 'th' : 'km')
    for (const [i, person] of w.people.slice(0, 3).entries()) await submit(person, small, answersOf(i), 'th')
  })

  it('figures, texts and the raw answers name nobody', async () => {
    const r = await results(w.act.organiser, anonymousId)
    expect(r.overall!.count).toBe(7)
    const csv = await asUser(db, w.act.organiser, tx => answersCsv(tx, anonymousId))
    for (const output of [JSON.stringify(r), csv]) {
      for (const person of w.people) {
        expect(output).not.toContain(person.id)
        expect(output).not.toContain(person.email)
      }
      expect(output).not.toMatch(/student\d/)
    }
    expect(csv.split('\r\n')[0]).not.toMatch(/person/i)
  })

  it('may be broken down by the response\'s locale only', async () => {
    const r = await results(w.act.organiser, anonymousId, 'locale')
    expect(r.breakdown!.shown).toEqual([])
    expect(r.breakdown!.hidden.sort()).toEqual(['km', 'th'])
    for (const by of ['institution', 'country', 'role'] as const) {
      await expect(results(w.act.organiser, anonymousId, by)).rejects.toMatchObject({ statusCode: 400, data: { key: 'evaluation.analytics.errors.anonymousBreakdown' } })
    }
  })

  it('below 5 responses its figures and texts are withheld', async () => {
    const r = await results(w.act.organiser, small)
    expect(r.responseRate.submitted).toBe(3)
    expect(r.overall).toBeNull()
    expect(r.texts).toEqual([])
  })
})

describe('raw answers as CSV', () => {
  it('one line per answer row, quoted and guarded against formulas, with a BOM for spreadsheets', async () => {
    const csv = await asUser(db, w.act.organiser, tx => answersCsv(tx, w.instanceId))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const { rows } = await asService(db, 'test check', tx => sql<{ n: number }>`select count(*)::int as n from public.evaluation_answers a
      join public.evaluation_responses r on r.id = a.response_id where r.instance_id = ${w.instanceId}`.execute(tx))
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows[0]!.n + 1)
    expect(csv).toContain('"Great, ""really"""')
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).toContain(w.people[0]!.id)
  })
})

describe('level 2: pre/post pairs per participant', () => {
  const TEST = {
    schema: 'portal.evaluation-form/1', title: t('Knowledge test'), purpose: 'knowledge', level: 2,
    sections: [{
      id: 'test', title: t('Test'),
      questions: [
        { id: 'q1', type: 'knowledge', required: true, points: 1, correct: ['a'], options: [{ id: 'a', label: t('A') }, { id: 'b', label: t('B') }], text: t('Q1') },
        { id: 'q2', type: 'knowledge', required: true, points: 2, multiple: true, correct: ['x', 'y'],
          options: [{ id: 'x', label: t('X') }, { id: 'y', label: t('Y') }, { id: 'z', label: t('Z') }], text: t('Q2') },
        { id: 'q3', type: 'knowledge', required: true, points: 1, correct: ['b'], options: [{ id: 'a', label: t('A') }, { id: 'b', label: t('B') }], text: t('Q3') },
      ],
    }],
  }
  // Answers giving scores 0..4 of 4: q1 (1 point), q2 (2 points), q3 (1 point).
  const answersScoring = (score: number) => ({
    q1: { options: score % 2 === 1 || score === 4 ? ['a'] : ['b'] },
    q2: { options: score >= 2 ? ['x', 'y'] : ['z'] },
    q3: { options: score === 4 ? ['b'] : ['a'] },
  })
  const PRE = [0, 1, 2, 1, 0, 2, 1]
  const POST = [3, 2, 4, 3, 1, 3, 2]

  it('pairs each person\'s before and after scores and analyses them as analysePairs does', async () => {
    const act = await openActivity(db, { partners: 0 })
    const people = await peopleOf(db, await createInstitutionRow(db), 8)
    const { formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id, TEST)
    const target = { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id }
    const before = await attachInstance(db, target, { timing: 'before' })
    const after = await attachInstance(db, target, { timing: 'after' })
    await invite(db, before, people)
    await invite(db, after, people)
    for (const [i, score] of PRE.entries()) await submit(people[i]!, before, answersScoring(score), 'th')
    for (const [i, score] of POST.entries()) await submit(people[i]!, after, answersScoring(score), 'km')
    // The eighth person answered after only: no pair.
    await submit(people[7]!, after, answersScoring(4), 'th')

    const effect = await asUser(db, act.organiser, tx => activityEffect(tx, act.activityId))
    const pairs = PRE.map((pre, i) => ({ pre, post: POST[i]! }))
    expect(effect.scale).toBe('points')
    expect([...effect.pairs].sort((x, y) => x.pre - y.pre || x.post - y.post)).toEqual([...pairs].sort((x, y) => x.pre - y.pre || x.post - y.post))
    const expected = analysePairs(effect.pairs)
    expect(effect.analysis).toEqual(expected)
    expect(effect.analysis.n).toBe(7)
    expect(effect.analysis.effectSize.available && effect.analysis.effectSize.hedgesG).toBeGreaterThan(0.8)
    expect(effect.wording).toEqual({ key: 'evaluation.stats.effect.largeImprovement', params: { n: 7 } })
    expect(JSON.stringify(effect)).not.toContain(people[0]!.id)
    // Another activity's organiser does not see this one's instances.
    await expect(asUser(db, w.act.organiser, tx => activityEffect(tx, act.activityId))).rejects.toMatchObject({ statusCode: 404 })
  })
})

describe('kept counts when responses go', () => {
  it('an erased respondent\'s answers leave the figures; deleting the activity takes its instance and counts with it', async () => {
    const act = await openActivity(db, { partners: 0 })
    const people = await peopleOf(db, await createInstitutionRow(db), 6)
    const { formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id, DEFINITION)
    const instanceId = await attachInstance(db, { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id })
    await invite(db, instanceId, people)
    for (const [i, person] of people.entries()) await submit(person, instanceId, answersOf(i), 'th')
    const mean = async () => (await results(act.organiser, instanceId)).overall!.questions.find(q => q.id === 'useful')!.figures!.mean
    expect(await mean()).toBeCloseTo((5 + 5 + 4 + 4 + 4 + 3) / 6, 12)
    await asService(db, 'test: erase an account', tx => tx.deleteFrom('auth.users').where('id', '=', people[0]!.id).execute())
    expect(await mean()).toBeCloseTo((5 + 4 + 4 + 4 + 3) / 5, 12)
    expect((await results(act.organiser, instanceId)).overall!.count).toBe(5)
    await asService(db, 'test: delete the activity', tx => tx.deleteFrom('activities').where('id', '=', act.activityId).execute())
    const { rows } = await asService(db, 'test check', tx => sql<{ n: number }>`select count(*)::int as n from public.evaluation_answer_counts
      where instance_id = ${instanceId}`.execute(tx))
    expect(rows[0]!.n).toBe(0)
  })
})
