import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createActivityFromItem } from '../../server/domain/calendar/plan-actual'
import { takePlanStep } from '../../server/domain/calendar/plan-steps'
import { createPlan, decideItem, deleteItem, getPlan, listPlans, proposeItem, updateItem } from '../../server/domain/calendar/plans'
import type { PlanItemInput } from '../../shared/schemas/activity-plans'
import { loadLocales } from './governance-fixtures'
import { freshDatabase } from './helpers'
import { planCommunity, type PlanCommunity } from './plan-fixtures'

let handle: DatabaseHandle, db: Db, c: PlanCommunity
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  c = await planCommunity(db)
})
afterAll(() => handle.close())

const item = (organiser: string, extra: Partial<PlanItemInput> = {}): PlanItemInput => ({
  kind: 'training',
  title: { en: 'PLC maintenance training', zh: 'PLC 维护培训', th: 'การฝึกอบรมการบำรุงรักษา PLC', my: 'PLC ပြုပြင်ထိန်းသိမ်းရေး သင်တန်း' },
  audience: { en: 'Teachers of automation', th: 'ครูสาขาระบบอัตโนมัติ' },
  month: '2027-03-01', organiserInstitutionId: organiser,
  budgetLine: { en: 'Travel grants', th: 'ทุนเดินทาง' }, budgetAmount: 125000.5, currency: 'CNY', expectedParticipants: 40, ...extra,
})
/** The notices of a kind each person got, with the subject of their mail (in their language). */
const told = (kind: string) => asService(db, 'test check', tx => tx.selectFrom('notifications as n')
  .innerJoin('mail_outbox as m', join => join.onRef('m.to_user_id', '=', 'n.user_id').on('m.template', '=', kind))
  .select(['n.user_id', 'n.link', 'm.subject']).where('n.kind', '=', kind).execute())
const refusal = (promise: Promise<unknown>) =>
  promise.then(() => null, (e: { statusCode?: number; message?: string }) => ({ status: e.statusCode, key: e.message }))

describe('the annual activity plan, from proposals to the committee\'s approval', () => {
  it('walks the year: proposals by offices and the secretariat, submission, a refusal by an office, approval by the committee', async () => {
    const year = '2026/2027'
    await asUser(db, c.sec, tx => createPlan(tx, c.sec, year))
    expect(await refusal(asUser(db, c.sec, tx => createPlan(tx, c.sec, year)))).toMatchObject({ status: 409, key: 'calendar.plan.errors.yearExists' })
    expect(await refusal(asUser(db, c.northOffice, tx => createPlan(tx, c.northOffice, '2031/2032')))).toMatchObject({ status: 403 })

    // Offices propose for their own institution; not for another, not outside the academic year.
    const north = await asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north)))
    const south = await asUser(db, c.southOffice, tx => proposeItem(tx, c.southOffice, year, item(c.south, { kind: 'cultural', month: '2026-09-01', budgetAmount: null, currency: null })))
    const extra = await asUser(db, c.sec, tx => proposeItem(tx, c.sec, year, item(c.south, { kind: 'webinar', month: '2027-08-01' })))
    expect(await refusal(asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.south)))))
      .toMatchObject({ status: 403, key: 'calendar.plan.errors.ownInstitutionOnly' })
    expect(await refusal(asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north, { month: '2027-09-01' })))))
      .toMatchObject({ status: 422, key: 'calendar.plan.errors.monthOutsideYear' })
    expect(await refusal(asUser(db, c.student, tx => proposeItem(tx, c.student, year, item(c.north))))).toMatchObject({ status: 403 })

    // The organiser's office edits its item; the other office cannot.
    await asUser(db, c.northOffice, tx => updateItem(tx, c.northOffice, year, north.id, item(c.north, { expectedParticipants: 45 })))
    expect(await refusal(asUser(db, c.southOffice, tx => updateItem(tx, c.southOffice, year, north.id, item(c.south))))).toMatchObject({ status: 403 })
    // The committee drops one item before the plan goes up; an office cannot decide.
    await asUser(db, c.chair, tx => decideItem(tx, year, extra.id, 'dropped'))
    expect(await refusal(asUser(db, c.southOffice, tx => decideItem(tx, year, south.id, 'accepted')))).toMatchObject({ status: 403, key: 'calendar.plan.errors.committeeOnly' })

    // An office may not submit; the secretariat does; then items are frozen.
    expect(await refusal(asUser(db, c.northOffice, tx => takePlanStep(tx, c.northOffice, year, { action: 'submit' })))).toMatchObject({ status: 403 })
    await asUser(db, c.sec, tx => takePlanStep(tx, c.sec, year, { action: 'submit' }))
    expect(await refusal(asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north)))))
      .toMatchObject({ status: 409, key: 'calendar.plan.errors.notDraft' })
    expect(await refusal(asUser(db, c.northOffice, tx => deleteItem(tx, c.northOffice, year, north.id)))).toMatchObject({ status: 409 })

    // Approval: refused to an office and a council member; a council meeting is not the committee's.
    for (const actor of [c.northOffice, c.councillor, c.formerMember]) {
      expect(await refusal(asUser(db, actor, tx => takePlanStep(tx, actor, year, { action: 'approve', meetingId: null })))).toMatchObject({ status: 403 })
    }
    expect(await refusal(asUser(db, c.chair, tx => takePlanStep(tx, c.chair, year, { action: 'approve', meetingId: c.councilMeeting }))))
      .toMatchObject({ status: 422, key: 'calendar.plan.errors.notCommitteeMeeting' })
    const approved = await asUser(db, c.chair, tx => takePlanStep(tx, c.chair, year, { action: 'approve', meetingId: c.committeeMeeting }))
    expect(approved).toMatchObject({ state: 'approved', approved_by: c.chair.id, decided_in_meeting_id: c.committeeMeeting })
    // The committee member in term heard of the submission (not the former one, nor the secretariat who submitted);
    // the offices who proposed and the secretariat hear of the approval, each in their language.
    expect((await told('calendarPlanSubmitted')).map(n => n.user_id)).toEqual([c.chair.id])
    const approvals = await told('calendarPlanApproved')
    expect(approvals.map(n => n.user_id).sort()).toEqual([c.northOffice.id, c.southOffice.id, c.sec.id].sort())
    expect(approvals.every(n => n.link === '/calendar/plan/2026-2027' && n.subject.includes('2026/2027'))).toBe(true)

    const plan = await asUser(db, c.student, tx => getPlan(tx, c.student, year))
    expect(Object.fromEntries(plan.items.map(i => [i.id, i.state]))).toEqual({ [north.id]: 'accepted', [south.id]: 'accepted', [extra.id]: 'dropped' })
    expect(plan.items.map(i => i.month)).toEqual(['2026-09-01', '2027-03-01', '2027-08-01'])
    expect(plan.items.find(i => i.id === north.id)?.expected_participants).toBe(45)
    expect(plan.permissions).toMatchObject({ actions: [], can_propose: false })
    expect(await refusal(asUser(db, c.chair, tx => takePlanStep(tx, c.chair, year, { action: 'approve', meetingId: null })))).toMatchObject({ status: 409 })
    expect((await asUser(db, c.student, tx => listPlans(tx))).find(p => p.academic_year === year)).toMatchObject({ state: 'approved', items: 3, accepted_items: 2 })

    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'after']).where('entity', '=', 'activity_plans')
      .where('action', '=', 'update').orderBy('id').execute())
    expect(audit.map(a => [a.actor_id, (a.after as { state: string }).state])).toEqual([[c.sec.id, 'submitted'], [c.chair.id, 'approved']])
  })

  it('an empty plan is not submitted; a returned plan is a draft again for the offices', async () => {
    const year = '2027/2028'
    await asUser(db, c.sec, tx => createPlan(tx, c.sec, year))
    expect(await refusal(asUser(db, c.sec, tx => takePlanStep(tx, c.sec, year, { action: 'submit' })))).toMatchObject({ status: 422, key: 'calendar.plan.errors.empty' })
    await asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north, { month: '2027-10-01' })))
    await asUser(db, c.sec, tx => takePlanStep(tx, c.sec, year, { action: 'submit' }))
    expect((await asUser(db, c.chair, tx => getPlan(tx, c.chair, year))).permissions.actions.sort()).toEqual(['approve', 'return'])
    await asUser(db, c.chair, tx => takePlanStep(tx, c.chair, year, { action: 'return' }))
    expect((await told('calendarPlanReturned')).map(n => n.user_id).sort()).toEqual([c.northOffice.id, c.sec.id].sort())
    const again = await asUser(db, c.northOffice, tx => getPlan(tx, c.northOffice, year))
    expect(again.state).toBe('draft')
    expect(again.permissions.can_propose).toBe(true)
    expect(again.permissions.organiser_ids).toEqual([c.north])
  })
})

describe('the plan\'s exports in two languages', () => {
  let year: string
  beforeAll(async () => {
    year = '2028/2029'
    await asUser(db, c.sec, tx => createPlan(tx, c.sec, year))
    await asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north, { month: '2029-03-01' })))
  })

  it('sets Thai and Burmese side by side, months and amounts in each language\'s own calendar and digits, Thai and Myanmar fonts embedded', async () => {
    const { planDocument } = await import('../../server/domain/calendar/plan-export')
    const { renderPdf } = await import('../../server/documents/pdf')
    const { document, filename } = await asUser(db, c.student, tx => planDocument(tx, c.student, year, 'th', 'my'))
    expect(filename).toBe('activity-plan-2028-2029-th-my.pdf')
    const [thai, burmese] = document.data.columns.map(col => col.rows.map(r => `${r.label}: ${r.value}`).join('\n'))
    expect(document.data.columns[0].title).toBe('แผนกิจกรรมประจำปี 2028/2029')
    expect(thai).toContain('มีนาคม 2572: • การฝึกอบรมการบำรุงรักษา PLC — การฝึกอบรม')
    expect(thai).toContain('ทุนเดินทาง: CN¥125,000.50')
    expect(burmese).toContain('PLC ပြုပြင်ထိန်းသိမ်းရေး သင်တန်း')
    expect(burmese).toMatch(/၂၀၂၉/) // 2029 in Myanmar digits
    expect(burmese).not.toMatch(/2029/)
    // The audience has no Burmese: the English text is shown, marked as English.
    expect(burmese).toContain('[en] Teachers of automation')
    const pdf = await renderPdf(document)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansThai-(Regular|Bold)/)
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansMyanmar-(Regular|Bold)/)
  }, 60_000)

  it('writes the spreadsheet with both languages\' texts in their own columns and the amount as a number', async () => {
    const { planXlsx } = await import('../../server/domain/calendar/plan-export')
    const { xlsx, filename } = await asUser(db, c.student, tx => planXlsx(tx, c.student, year, 'zh', 'th'))
    expect(filename).toBe('activity-plan-2028-2029-zh-th.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toContain('标题 (zh)')
    expect(header).toContain('ชื่อ (th)')
    const row = (sheet.getRow(2).values as unknown[]).slice(1)
    expect(row).toContain('PLC 维护培训')
    expect(row).toContain('การฝึกอบรมการบำรุงรักษา PLC')
    expect(row).toContain(125000.5)
    expect(row).toContain('CNY')
  })
})

describe('activities made from the plan, and the plan against the year as it happens', () => {
  const year = '2029/2030'
  let itemId: string, droppedId: string
  beforeAll(async () => {
    await asUser(db, c.sec, tx => createPlan(tx, c.sec, year))
    itemId = (await asUser(db, c.northOffice, tx => proposeItem(tx, c.northOffice, year, item(c.north, { month: '2029-10-01' })))).id
    droppedId = (await asUser(db, c.southOffice, tx => proposeItem(tx, c.southOffice, year, item(c.south, { month: '2029-11-01' })))).id
    await asUser(db, c.sec, tx => decideItem(tx, year, droppedId, 'dropped'))
  })
  const online = { mode: 'online' as const, venueId: null, onlineUrl: 'https://meet.example/plc', timeZone: 'Asia/Bangkok' }

  it('makes a draft activity from an accepted item of the approved plan only, by its organiser\'s office, and counts its sessions held, registrations and attendance', async () => {
    expect(await refusal(asUser(db, c.northOffice, tx => createActivityFromItem(tx, c.northOffice, year, itemId, online))))
      .toMatchObject({ status: 409, key: 'calendar.plan.errors.notApprovedItem' })
    await asUser(db, c.sec, tx => takePlanStep(tx, c.sec, year, { action: 'submit' }))
    await asUser(db, c.chair, tx => takePlanStep(tx, c.chair, year, { action: 'approve', meetingId: null }))
    expect(await refusal(asUser(db, c.southOffice, tx => createActivityFromItem(tx, c.southOffice, year, droppedId, online)))).toMatchObject({ status: 409 })
    expect(await refusal(asUser(db, c.southOffice, tx => createActivityFromItem(tx, c.southOffice, year, itemId, online))))
      .toMatchObject({ status: 403, key: 'calendar.plan.errors.ownInstitutionOnly' })

    const { id } = await asUser(db, c.northOffice, tx => createActivityFromItem(tx, c.northOffice, year, itemId, online))
    const activity = await asService(db, 'test check', tx => tx.selectFrom('activities').select(['kind', 'state', 'title', 'audience', 'plan_item_id', 'mode'])
      .where('id', '=', id).executeTakeFirstOrThrow())
    expect(activity).toMatchObject({ kind: 'training', state: 'draft', plan_item_id: itemId, mode: 'online' })
    expect(activity.title.th).toBe('การฝึกอบรมการบำรุงรักษา PLC')
    expect(activity.audience.en).toBe('Teachers of automation')
    const organisers = await asService(db, 'test check', tx => tx.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', id).execute())
    expect(organisers.map(o => o.institution_id)).toEqual([c.north])

    // Two sessions: one over, one still to come; a cancelled one does not count.
    await asService(db, 'test fixture', tx => tx.insertInto('activity_sessions').values([
      { activity_id: id, title: '{}', starts_at: '2020-01-01T02:00:00Z', ends_at: '2020-01-01T04:00:00Z', time_zone: 'Asia/Bangkok' },
      { activity_id: id, title: '{}', starts_at: '2090-01-01T02:00:00Z', ends_at: '2090-01-01T04:00:00Z', time_zone: 'Asia/Bangkok' },
      { activity_id: id, title: '{}', starts_at: '2020-02-01T02:00:00Z', ends_at: '2020-02-01T04:00:00Z', time_zone: 'Asia/Bangkok', cancelled_at: new Date() },
    ]).execute())
    // Three people registered: two hold a place, one waits; one of the two came to the session that was held.
    const past = await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', id)
      .where('starts_at', '=', new Date('2020-01-01T02:00:00Z')).executeTakeFirstOrThrow())
    const regs = await asService(db, 'test fixture', tx => tx.insertInto('registrations').values([
      { activity_id: id, person_id: c.student.id, institution_id: c.north, state: 'confirmed' },
      { activity_id: id, person_id: c.northOffice.id, institution_id: c.north, state: 'confirmed' },
      { activity_id: id, person_id: c.southOffice.id, institution_id: c.south, state: 'waitlisted' },
    ] as never).returning('id').execute())
    await asService(db, 'test fixture', tx => tx.insertInto('attendance').values({ registration_id: regs[0]!.id, session_id: past.id } as never).execute())
    const plan = await asUser(db, c.northOffice, tx => getPlan(tx, c.northOffice, year))
    const planned = plan.items.find(i => i.id === itemId)!
    expect(planned.expected_participants).toBe(40)
    expect(planned.activities).toHaveLength(1)
    expect(planned.activities[0]).toMatchObject({ id, state: 'draft', sessions_scheduled: 2, sessions_held: 1, registered: 2, attended: 1 })
    expect(planned.can_make_activity).toBe(true)
    // The draft is the organisers' until published: another office sees the plan, not the draft activity.
    const seenBySouth = await asUser(db, c.southOffice, tx => getPlan(tx, c.southOffice, year))
    expect(seenBySouth.items.find(i => i.id === itemId)!.activities).toEqual([])
    expect(seenBySouth.items.find(i => i.id === itemId)!.can_make_activity).toBe(false)
  })

  it('refuses, in the database, an activity that claims an item it may not (another office\'s, or a dropped one)', async () => {
    const claim = (actor: typeof c.southOffice, planItem: string) => asUser(db, actor, tx => tx.insertInto('activities').values({
      kind: 'training', title: JSON.stringify({ en: 'Claimed' }), summary: '{}', description: '{}', audience: '{}', mode: 'online',
      online_url: 'https://meet.example/x', time_zone: 'Asia/Bangkok', fee_note: '{}', plan_item_id: planItem, created_by: actor.id,
    } as never).execute())
    await expect(claim(c.southOffice, itemId)).rejects.toThrow(/accepted item of an approved plan/)
    await expect(claim(c.southOffice, droppedId)).rejects.toThrow(/accepted item of an approved plan/)
    await expect(claim(c.northOffice, itemId)).resolves.toBeDefined()
  })
})
