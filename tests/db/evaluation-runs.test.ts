import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { getActivity } from '../../server/domain/calendar/activities'
import { planNextRun } from '../../server/domain/calendar/next-run'
import { getPlan } from '../../server/domain/calendar/plans'
import { planDocument, planXlsx } from '../../server/domain/calendar/plan-export'
import { createAction, createFinding } from '../../server/domain/evaluation/findings'
import { submitResponse } from '../../server/domain/evaluation/responses'
import { activityLoop, compareWithPreviousRun, reEvaluate } from '../../server/domain/evaluation/runs'
import { createInstitutionRow, freshDatabase } from './helpers'
import { createSecretariat, probeAs, RLS_VIOLATION } from './rls-fixtures'
import { loadLocales } from './governance-fixtures'
import { openActivity, peopleOf, registerSelf, type ActivitySetup } from './registration-fixtures'
import { attachInstance, invite, publishedForm } from './evaluation-fixtures'
import { itemRow, planCommunity, planRow, type PlanCommunity } from './plan-fixtures'

/**
 * The improvement loop across runs: the next run of an activity (copied texts and partners, no sessions, the link
 * guarded), re-evaluating it with the earlier run's forms, the two runs' figures side by side on a small data set
 * computed by hand, the findings on the annual plan, and who reads findings and actions (the executive committee too).
 */
let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(db, 'test fixture', fn)
/** The fixtures' activities name no venue: made online, as the calendar's rules want of a copy. */
const online = (activityId: string) => service(tx => tx.updateTable('activities')
  .set({ mode: 'online', online_url: 'https://meet.example.org/training' }).where('id', '=', activityId).execute())
const submit = (who: Actor, instanceId: string, answers: Record<string, unknown>) =>
  asUser(db, who, tx => submitResponse(tx, who, instanceId, { answers, locale: 'en' }))

describe('the next run of an activity', () => {
  let act: ActivitySetup, nextId: string
  beforeAll(async () => {
    act = await openActivity(db, { capacity: 40, partners: 2 })
    await online(act.activityId)
    await service(tx => tx.updateTable('activities').set({ description: JSON.stringify({ en: 'Three days', km: 'បីថ្ងៃ' }) })
      .where('id', '=', act.activityId).execute())
    const [student] = await peopleOf(db, act.partners[0]!, 1)
    await registerSelf(db, student!, act.activityId)
    nextId = (await asUser(db, act.organiser, tx => planNextRun(tx, act.organiser, act.activityId))).id
  })

  it('is a draft that copies the texts, capacity, organisers and invitees, not the sessions or registrations', async () => {
    const next = await asUser(db, act.organiser, tx => getActivity(tx, nextId))
    expect(next).toMatchObject({
      state: 'draft', previous_run_id: act.activityId, capacity: 40,
      title: { en: 'Cross-cultural training', th: 'การอบรมข้ามวัฒนธรรม' }, description: { en: 'Three days', km: 'បីថ្ងៃ' },
    })
    expect(next.organisers.map(o => o.id)).toEqual([act.organiserInstitution])
    expect(next.invitees.map(i => i.id).sort()).toEqual([...act.partners].sort())
    expect(next.sessions).toEqual([])
    expect(next.previous_run).toMatchObject({ id: act.activityId })
    const registrations = await service(tx => tx.selectFrom('registrations').select('id').where('activity_id', '=', nextId).execute())
    expect(registrations).toEqual([])
    const earlier = await asUser(db, act.organiser, tx => getActivity(tx, act.activityId))
    expect(earlier.next_runs.map(r => r.id)).toEqual([nextId])
  })

  it('is audited with the run it repeats', async () => {
    const audit = await service(tx => tx.selectFrom('audit_log').select(['actor_id', 'after']).where('entity', '=', 'activities')
      .where('entity_id', '=', nextId).where('action', '=', 'insert').execute())
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor_id: act.organiser.id, after: { previous_run_id: act.activityId } })
  })

  it('is made only by the earlier run\'s organisers, with an institution that organised it, and keeps its link', async () => {
    const stranger = act.offices[0]!
    await expect(asUser(db, stranger, tx => planNextRun(tx, stranger, act.activityId))).rejects.toMatchObject({ statusCode: 403 })
    // Straight into the table (as a client could): the guard refuses a run the person does not manage.
    const insertAs = (who: Actor, previous: string) => probeAs(db, who, tx => tx.insertInto('activities').values({
      kind: 'training', title: JSON.stringify({ en: 'Copy' }), time_zone: 'Asia/Bangkok', created_by: who.id, previous_run_id: previous,
    } as never).execute())
    await expect(insertAs(stranger, act.activityId)).rejects.toThrow(/organisers of the earlier run/)
    // The secretariat manages every activity, but the next run must share an organiser with the earlier one.
    const sec = await createSecretariat(db)
    const elsewhere = await createInstitutionRow(db)
    await expect(asUser(db, sec, async (tx) => {
      const row = await tx.insertInto('activities').values({
        kind: 'training', title: JSON.stringify({ en: 'Copy' }), time_zone: 'Asia/Bangkok', created_by: sec.id, previous_run_id: act.activityId,
      } as never).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('activity_organisers').values({ activity_id: row.id, institution_id: elsewhere }).execute()
    })).rejects.toThrow(/organised by an institution that organised the earlier one/)
    // The link is written once: no one changes which run an activity repeats.
    await expect(probeAs(db, act.organiser, tx => tx.updateTable('activities').set({ previous_run_id: null } as never)
      .where('id', '=', nextId).execute())).rejects.toThrow(/permission denied/)
  })
})

// A 5-point Likert and an NPS, answered by five people in each run (figures worked out by hand below).
const BEFORE = { useful: [3, 3, 4, 2, 5], recommend: [10, 9, 6, 7, 3] }
const AFTER = { useful: [5, 4, 4, 5, 3], recommend: [10, 10, 9, 8, 5] }

describe('re-evaluating the next run and comparing it with the earlier one', () => {
  let act: ActivitySetup, formId: string, versionId: string, earlierInstance: string, nextId: string, people: Actor[]
  beforeAll(async () => {
    act = await openActivity(db, { partners: 1 })
    await online(act.activityId)
    people = await peopleOf(db, act.partners[0]!, 5)
    ;({ formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id))
    earlierInstance = await attachInstance(db, { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id }, { timing: 'after' })
    await invite(db, earlierInstance, people)
    for (const [i, p] of people.entries()) await submit(p, earlierInstance, { useful: BEFORE.useful[i], recommend: BEFORE.recommend[i] })
    const finding = await asUser(db, act.organiser, tx => createFinding(tx, act.organiser, {
      instanceId: earlierInstance, text: { en: 'Too much lecturing', zh: '讲授太多' },
    }))
    await asUser(db, act.organiser, tx => createAction(tx, act.organiser, finding.id, {
      title: { en: 'Add group work' }, ownerId: act.organiser.id, dueOn: '2020-01-31', status: 'open',
    }))
    nextId = (await asUser(db, act.organiser, tx => planNextRun(tx, act.organiser, act.activityId))).id
  })

  it('re-evaluate attaches the latest published version of each form at the same timing, once', async () => {
    // A newer published version of the form: the next run gets it.
    const v2 = await service(async (tx) => {
      const row = await tx.insertInto('evaluation_form_versions').values({ form_id: formId, version: 2, definition: sql`(select definition from evaluation_form_versions where id = ${versionId})` } as never)
        .returning('id').executeTakeFirstOrThrow()
      await tx.updateTable('evaluation_form_versions').set({ state: 'published' }).where('id', '=', row.id).execute()
      return row.id
    })
    const first = await asUser(db, act.organiser, tx => reEvaluate(tx, act.organiser, nextId))
    expect(first.skipped).toBe(0)
    expect(first.attached).toHaveLength(1)
    expect(first.attached[0]).toMatchObject({ form_id: formId, version_id: v2, activity_id: nextId, timing: 'after', offset_days: 0, anonymous: false })
    const again = await asUser(db, act.organiser, tx => reEvaluate(tx, act.organiser, nextId))
    expect(again.attached).toHaveLength(0)
    const loop = await asUser(db, act.organiser, tx => activityLoop(tx, nextId))
    expect(loop.to_re_evaluate).toBe(0)
    expect(loop.previous_run?.findings.map(f => f.text.en)).toEqual(['Too much lecturing'])
    expect(loop.previous_run?.findings[0]!.actions[0]).toMatchObject({ title: { en: 'Add group work' }, status: 'open', overdue: true, due_on: '2020-01-31' })
    // The earlier run itself has nothing to re-evaluate from, and a stranger may not.
    await expect(asUser(db, act.organiser, tx => reEvaluate(tx, act.organiser, act.activityId))).rejects.toMatchObject({ statusCode: 409 })
    // A partner's office does not see the next run while it is a draft.
    await expect(asUser(db, act.offices[0]!, tx => reEvaluate(tx, act.offices[0]!, nextId))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('compares each question\'s mean, top-2-box, NPS and count with the earlier run, beside the earlier findings', async () => {
    const nextInstance = (await service(tx => tx.selectFrom('evaluation_instances').select('id').where('activity_id', '=', nextId).executeTakeFirstOrThrow())).id
    await service(tx => tx.updateTable('evaluation_instances').set({ opens_at: new Date(Date.now() - 86_400_000), closes_at: new Date(Date.now() + 86_400_000) })
      .where('id', '=', nextInstance).execute())
    await invite(db, nextInstance, people)
    for (const [i, p] of people.entries()) await submit(p, nextInstance, { useful: AFTER.useful[i], recommend: AFTER.recommend[i] })

    const c = await asUser(db, act.organiser, tx => compareWithPreviousRun(tx, nextInstance))
    expect(c.previous).toMatchObject({ instanceId: earlierInstance, activityId: act.activityId, submitted: 5, invited: 5, withheld: false })
    expect(c.current).toMatchObject({ instanceId: nextInstance, activityId: nextId, submitted: 5 })
    const useful = c.questions.find(q => q.id === 'useful')!
    // Before: mean 17/5 = 3.4, top-2-box (4 or 5) 2/5; after: mean 21/5 = 4.2, top-2-box 4/5.
    expect(useful.previous).toEqual({ n: 5, mean: expect.closeTo(3.4, 10), topTwoBox: 0.4, nps: null })
    expect(useful.current).toEqual({ n: 5, mean: expect.closeTo(4.2, 10), topTwoBox: 0.8, nps: null })
    expect(useful.change.mean).toBeCloseTo(0.8, 10)
    expect(useful.change.topTwoBox).toBeCloseTo(0.4, 10)
    // NPS before: promoters 10, 9; detractors 6, 3 → 0. After: promoters 10, 10, 9; detractor 5 → (3 − 1)/5 = 40.
    const recommend = c.questions.find(q => q.id === 'recommend')!
    expect(recommend.previous!.nps).toBe(0)
    expect(recommend.current!.nps).toBe(40)
    expect(recommend.change.nps).toBe(40)
    expect(c.questions.map(q => q.id)).toEqual(['useful', 'recommend'])
    expect(c.findings.map(f => f.text.en)).toEqual(['Too much lecturing'])
    expect(c.findings[0]!.actions.map(a => a.owner_name)).toEqual([expect.stringContaining('organiser')])

    // The earlier run compared with nothing; a stranger is refused.
    const none = await asUser(db, act.organiser, tx => compareWithPreviousRun(tx, earlierInstance))
    expect(none.previous).toBeNull()
    await expect(asUser(db, act.offices[0]!, tx => compareWithPreviousRun(tx, nextInstance))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('holds back an anonymous earlier run\'s figures below five responses', async () => {
    const small = await openActivity(db, { partners: 1 })
    await online(small.activityId)
    const few = await peopleOf(db, small.partners[0]!, 3)
    const form = await publishedForm(db, small.organiserInstitution, small.organiser.id)
    const earlier = await attachInstance(db, { ...form, activityId: small.activityId, createdBy: small.organiser.id }, { anonymous: true })
    const next = (await asUser(db, small.organiser, tx => planNextRun(tx, small.organiser, small.activityId))).id
    const later = await attachInstance(db, { ...form, activityId: next, createdBy: small.organiser.id }, { anonymous: true })
    void few
    const c = await asUser(db, small.organiser, tx => compareWithPreviousRun(tx, later))
    expect(c.previous).toMatchObject({ instanceId: earlier, withheld: true })
    expect(c.questions.every(q => q.previous === null && q.current === null)).toBe(true)
  })
})

describe('findings on the annual plan and who reads them', () => {
  let c: PlanCommunity, planned: string, unplanned: string, plannedFinding: string, unplannedFinding: string, actionId: string
  beforeAll(async () => {
    c = await planCommunity(db)
    const plan = await planRow(db, '2026/2027', c.sec, 'approved')
    const item = await itemRow(db, plan, c.north, c.northOffice)
    await service(tx => tx.updateTable('activity_plan_items').set({ state: 'accepted' }).where('id', '=', item).execute())
    const activity = (plan_item_id: string | null) => service(async (tx) => {
      const row = await tx.insertInto('activities').values({
        kind: 'training', state: 'held', title: JSON.stringify({ en: 'PLC training', zh: 'PLC 培训' }), time_zone: 'Asia/Shanghai',
        created_by: c.northOffice.id, plan_item_id,
      } as never).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('activity_organisers').values({ activity_id: row.id, institution_id: c.north }).execute()
      return row.id
    })
    planned = await activity(item)
    unplanned = await activity(null)
    const record = async (activityId: string, text: string) => (await asUser(db, c.northOffice, tx => createFinding(tx, c.northOffice, {
      activityId, text: { en: text, zh: `${text}（中文）` },
    }))).id
    plannedFinding = await record(planned, 'Interpreters were missing')
    unplannedFinding = await record(unplanned, 'Room too small')
    actionId = (await asUser(db, c.northOffice, tx => createAction(tx, c.northOffice, plannedFinding, {
      title: { en: 'Book two interpreters', zh: '预约两名口译' }, ownerId: c.northOffice.id, dueOn: '2099-06-30', status: 'in_progress',
    }))).id
  })

  const seenFindings = (who: Actor) => asUser(db, who, tx => tx.selectFrom('evaluation_findings').select('id')
    .where('id', 'in', [plannedFinding, unplannedFinding]).orderBy('id').execute()).then(rows => rows.map(r => r.id))
  const seenActions = (who: Actor) => asUser(db, who, tx => tx.selectFrom('evaluation_actions').select('id').where('id', '=', actionId).execute())

  it('the executive committee reads findings and actions of planned activities only; the secretariat and organisers all', async () => {
    expect(await seenFindings(c.chair)).toEqual([plannedFinding])
    expect(await seenActions(c.chair)).toHaveLength(1)
    expect((await seenFindings(c.sec)).sort()).toEqual([plannedFinding, unplannedFinding].sort())
    expect(await seenActions(c.sec)).toHaveLength(1)
    expect((await seenFindings(c.northOffice)).sort()).toEqual([plannedFinding, unplannedFinding].sort())
  })

  it('others read none: a past committee member, a councillor, another office, a student', async () => {
    for (const who of [c.formerMember, c.councillor, c.southOffice, c.student]) {
      expect(await seenFindings(who)).toEqual([])
      expect(await seenActions(who)).toEqual([])
    }
  })

  it('the committee still cannot change them', async () => {
    const changed = await probeAs(db, c.chair, tx => tx.updateTable('evaluation_findings').set({ text: JSON.stringify({ en: 'x' }) })
      .where('id', '=', plannedFinding).executeTakeFirst())
    expect(Number(changed.numUpdatedRows)).toBe(0)
    await expect(probeAs(db, c.chair, tx => tx.insertInto('evaluation_actions').values({
      finding_id: plannedFinding, owner_id: c.chair.id, title: JSON.stringify({ en: 'x' }), due_on: '2099-01-01', created_by: c.chair.id,
    }).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it('the plan carries each item\'s findings and actions for the committee, and none for a student', async () => {
    const forChair = await asUser(db, c.chair, tx => getPlan(tx, c.chair, '2026/2027'))
    const item = forChair.items[0]!
    expect(item.findings.map(f => f.text.en)).toEqual(['Interpreters were missing'])
    expect(item.findings[0]!.actions[0]).toMatchObject({ title: { en: 'Book two interpreters' }, status: 'in_progress', overdue: false })
    const forStudent = await asUser(db, c.student, tx => getPlan(tx, c.student, '2026/2027'))
    expect(forStudent.items[0]!.findings).toEqual([])
  })

  it('the PDF carries the findings in both languages and the XLSX counts them', { timeout: 60_000 }, async () => {
    const { document } = await asUser(db, c.chair, tx => planDocument(tx, c.chair, '2026/2027', 'zh', 'en'))
    const text = JSON.stringify(document)
    expect(text).toContain('Interpreters were missing（中文）')
    expect(text).toContain('Interpreters were missing')
    expect(text).toContain('预约两名口译')
    expect(text).not.toContain('Room too small')
    // The zh column counts them in Chinese; the document renders with the findings in it.
    expect(document.data.columns[0]!.rows.map(r => r.value).join('\n')).toContain('发现：1 · 措施：1')
    const { renderPdf } = await import('../../server/documents/pdf')
    expect((await renderPdf(document)).subarray(0, 5).toString()).toBe('%PDF-')
    const { xlsx } = await asUser(db, c.chair, tx => planXlsx(tx, c.chair, '2026/2027', 'zh', 'en'))
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx as never)
    const sheet = book.worksheets[0]!
    const header = Array.from(sheet.getRow(1).values as unknown[], v => String(v ?? ''))
    const row = sheet.getRow(2).values as unknown[]
    expect(row[header.findIndex(h => h.endsWith('/ Findings'))]).toBe(1)
    expect(row[header.findIndex(h => h.endsWith('/ Open actions'))]).toBe(1)
    expect(String(row[header.indexOf('Findings and actions (en)')])).toContain('Book two interpreters (In progress')
    expect(String(row[header.indexOf('发现与改进措施 (zh)')])).toContain('预约两名口译')
  })
})
