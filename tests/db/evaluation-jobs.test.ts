import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { DISPATCH_JOB, runEvaluationDispatch } from '../../server/domain/evaluation/dispatch'
import { attachInstance as sendForm, listInstances, updateInstance } from '../../server/domain/evaluation/instances'
import { submitResponse } from '../../server/domain/evaluation/responses'
import { instanceCreateSchema } from '../../shared/schemas/evaluation'
import { claimJobs, completeJob, enqueue, newWorkerId } from '../../server/jobs/queue'
import { jobHandlers } from '../../server/jobs/registry'
import { SCHEDULES } from '../../server/jobs/schedules'
import { translate } from '../../server/i18n/messages'
import { createInstitutionRow, freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { attachInstance, publishedForm } from './evaluation-fixtures'
import { noticesOf, openActivity, peopleOf, registerSelf, type ActivitySetup } from './registration-fixtures'
import { personWithRole } from './rls-fixtures'
import { applicationIn, openExchange } from './mobility-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY)
const kinds = async (person: Actor) => (await noticesOf(db, person)).map(n => n.kind)
const mailsOf = (person: Actor) => asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['template', 'locale', 'subject', 'body'])
  .where('to_user_id', '=', person.id).orderBy('created_at').execute())
const speaks = (person: Actor, locale: string) => asService(db, 'test fixture', tx => tx.updateTable('profiles')
  .set({ preferred_locale: locale as never }).where('id', '=', person.id).execute())

/** Runs one dispatch job through the queue at `slot`, as a worker would after a restart: claimed, handled, completed. */
async function runSlot(slot: Date, uniqueKey: string) {
  await asService(db, 'test', tx => enqueue(tx, DISPATCH_JOB, { slot: slot.toISOString() }, { uniqueKey }))
  const worker = newWorkerId('test')
  const jobs = await claimJobs(db, worker, [DISPATCH_JOB], 10)
  for (const job of jobs) {
    await jobHandlers()[DISPATCH_JOB]!(job.payload, { db, job })
    await completeJob(db, worker, job.id)
  }
  return jobs.length
}

interface Setup extends ActivitySetup { students: Actor[]; form: { formId: string; versionId: string } }

/** An activity whose one session ends 30 days and 3 hours from now, with a Khmer and a Thai registrant. */
async function activityWithRegistrants(): Promise<Setup> {
  const act = await openActivity(db, { capacity: 50, firstSessionInDays: 30 })
  const students = await peopleOf(db, act.partners[0]!, 2)
  await speaks(students[0]!, 'km')
  await speaks(students[1]!, 'th')
  for (const s of students) await registerSelf(db, s, act.activityId)
  const form = await publishedForm(db, act.organiserInstitution, act.organiser.id)
  return { ...act, students, form }
}

describe('the dispatch is a scheduled job', () => {
  it('runs every 15 minutes through the queue', () => {
    expect(SCHEDULES.find(s => s.kind === DISPATCH_JOB)).toMatchObject({ everyMs: 15 * 60 * 1000 })
  })
})

describe('invitations when an instance opens, and the follow-up weeks later', () => {
  let s: Setup
  beforeAll(async () => {
    s = await activityWithRegistrants()
    const base = { ...s.form, activityId: s.activityId, createdBy: s.organiser.id }
    await attachInstance(db, base, { timing: 'after', window: null })
    await attachInstance(db, base, { timing: 'follow_up', offsetDays: 42, window: null })
  })
  it('nobody is invited before the activity has ended', async () => {
    expect(await runEvaluationDispatch(db, inDays(1))).toMatchObject({ invited: 0 })
    expect(await kinds(s.students[0]!)).not.toContain('evaluation.invitation')
  })
  it('right after the last session the registrants are invited, each in their language, with a personal link', async () => {
    expect(await runSlot(inDays(30.5), 'eval-after-1')).toBe(1)
    for (const [student, locale] of [[s.students[0]!, 'km'], [s.students[1]!, 'th']] as const) {
      expect(await kinds(student)).toEqual(['evaluation.invitation'])
      const [mail] = await mailsOf(student)
      expect(mail).toMatchObject({ template: 'evaluation.invitation', locale })
      expect(mail!.subject).toBe(translate(locale, 'mail.evaluation.invitation.subject', { form: 'Reaction' }))
      expect(mail!.subject).not.toBe(translate('en', 'mail.evaluation.invitation.subject', { form: 'Reaction' }))
      // The personal link opens the page that needs no sign-in, in the person's language, without a forward.
      expect(mail!.body).toMatch(new RegExp(`/${locale}/evaluation/r/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`))
      expect(mail!.body).not.toContain('/evaluation/respond/')
    }
  })
  it('run again, as after a restart or by a second worker, it invites nobody twice', async () => {
    expect(await runSlot(inDays(30.5), 'eval-after-2')).toBe(1)
    expect(await runEvaluationDispatch(db, inDays(31))).toMatchObject({ invited: 0 })
    expect(await kinds(s.students[0]!)).toEqual(['evaluation.invitation'])
    expect(await mailsOf(s.students[1]!)).toHaveLength(1)
  })
  it('the follow-up goes out six weeks after the activity, once', async () => {
    expect(await runEvaluationDispatch(db, inDays(30 + 41))).toMatchObject({ invited: 0 })
    expect(await runSlot(inDays(30 + 42.2), 'eval-follow-1')).toBe(1)
    expect(await runSlot(inDays(30 + 42.3), 'eval-follow-2')).toBe(1)
    for (const student of s.students) {
      expect((await kinds(student)).filter(k => k === 'evaluation.followUp')).toHaveLength(1)
    }
    const invitations = await asService(db, 'test check', tx => tx.selectFrom('evaluation_invitations').select(['person_id', 'token_hash']).execute())
    expect(new Set(invitations.map(i => i.token_hash)).size).toBe(invitations.length)
  })
})

describe('reminders before closing, to those who have not answered', () => {
  let s: Setup, instanceId: string
  beforeAll(async () => {
    s = await activityWithRegistrants()
    instanceId = await attachInstance(db, { ...s.form, activityId: s.activityId, createdBy: s.organiser.id },
      { timing: 'before', window: { opensAt: inDays(-1), closesAt: inDays(5) }, reminderDays: 3 })
    expect(await runEvaluationDispatch(db)).toMatchObject({ invited: 2 })
    const done = s.students[0]!
    await asUser(db, done, tx => submitResponse(tx, done, instanceId, { answers: { useful: 5, recommend: 9 } }))
  })
  it('no reminder before the reminder day', async () => {
    expect(await runEvaluationDispatch(db, inDays(1))).toMatchObject({ reminded: 0 })
  })
  it('on the reminder day only the person who has not submitted is reminded, in their language, once', async () => {
    expect(await runSlot(inDays(2.5), 'eval-remind-1')).toBe(1)
    expect(await runSlot(inDays(2.6), 'eval-remind-2')).toBe(1)
    expect(await kinds(s.students[0]!)).toEqual(['evaluation.invitation'])
    expect(await kinds(s.students[1]!)).toEqual(['evaluation.invitation', 'evaluation.reminder'])
    const mails = await mailsOf(s.students[1]!)
    expect(mails.map(m => [m.template, m.locale])).toEqual([['evaluation.invitation', 'th'], ['evaluation.reminder', 'th']])
    // "Continue here" opens the page where the person's saved answers are, in Thai (not a page that does not exist).
    expect(mails[1]!.body).toContain(`/th/evaluation/respond/${instanceId}`)
  })
  it('after closing nobody is reminded or invited', async () => {
    expect(await runEvaluationDispatch(db, inDays(6))).toEqual({ invited: 0, reminded: 0, overdue: 0 })
  })
})

describe('reminders for an anonymous instance', () => {
  it('skip whoever took part, though no response names them', async () => {
    const s = await activityWithRegistrants()
    const instanceId = await attachInstance(db, { ...s.form, activityId: s.activityId, createdBy: s.organiser.id },
      { timing: 'after', anonymous: true, window: { opensAt: inDays(-1), closesAt: inDays(5) }, reminderDays: 3 })
    await runEvaluationDispatch(db)
    const took = s.students[1]!
    await asUser(db, took, tx => submitResponse(tx, took, instanceId, { answers: { useful: 2, recommend: 4 } }))
    expect(await runEvaluationDispatch(db, inDays(3))).toMatchObject({ reminded: 1 })
    expect(await kinds(took)).toEqual(['evaluation.invitation'])
    expect(await kinds(s.students[0]!)).toEqual(['evaluation.invitation', 'evaluation.reminder'])
  })
})

describe('a list: the staff of the listed institutions and the listed people', () => {
  it('are invited when the demand survey opens', async () => {
    const inst = await createInstitutionRow(db)
    const office = await personWithRole(db, 'demand-office', inst, 'office_staff')
    const teacher = await personWithRole(db, 'demand-teacher', inst, 'teacher')
    const secretariatInst = await createInstitutionRow(db)
    const owner = await personWithRole(db, 'secretariat', secretariatInst, 'secretariat')
    const named = await personWithRole(db, 'named', await createInstitutionRow(db), 'student')
    const form = await publishedForm(db, secretariatInst, owner.id)
    await asService(db, 'test fixture', async (tx) => {
      const i = await tx.insertInto('evaluation_instances').values({ ...{ form_id: form.formId, version_id: form.versionId }, target: 'list', opens_at: inDays(10), created_by: owner.id })
        .returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('evaluation_recipients').values([{ instance_id: i.id, institution_id: inst }, { instance_id: i.id, person_id: named.id }]).execute()
    })
    await runEvaluationDispatch(db, inDays(9))
    expect(await kinds(office)).toEqual([])
    await runEvaluationDispatch(db, inDays(10.1))
    expect(await kinds(office)).toEqual(['evaluation.invitation'])
    expect(await kinds(named)).toEqual(['evaluation.invitation'])
    expect(await kinds(teacher)).toEqual([])
  })
})

describe('the demand survey to all member institutions, through the service the builder calls', () => {
  it('invites the staff of every member institution in their own language when it opens; not a suspended member, not students or teachers', async () => {
    const secretariat = await personWithRole(db, 'demand-secretariat', await createInstitutionRow(db), 'secretariat')
    const member = await createInstitutionRow(db)
    const office = await personWithRole(db, 'member-office', member, 'office_staff')
    const partner = await personWithRole(db, 'member-partner', await createInstitutionRow(db), 'partner_staff')
    const student = await personWithRole(db, 'member-student', member, 'student')
    const suspended = await createInstitutionRow(db)
    const away = await personWithRole(db, 'suspended-office', suspended, 'office_staff')
    await asService(db, 'test fixture', tx => tx.updateTable('institutions').set({ membership_status: 'suspended' }).where('id', '=', suspended).execute())
    await speaks(office, 'lo')
    await speaks(partner, 'vi')
    const form = await publishedForm(db, (await asService(db, 'test check', tx => tx.selectFrom('memberships').select('institution_id').where('user_id', '=', secretariat.id).executeTakeFirstOrThrow())).institution_id, secretariat.id)
    const input = instanceCreateSchema.parse({ target: 'list', versionId: form.versionId, allMembers: true, opensAt: inDays(2).toISOString(), closesAt: inDays(30).toISOString() })
    const instance = await asUser(db, secretariat, tx => sendForm(tx, secretariat, input))
    const [listed] = await asUser(db, secretariat, tx => listInstances(tx, { formId: form.formId }))
    expect(listed).toMatchObject({ id: instance.id, target: 'list', people: 0 })
    expect(listed!.institutions).toBeGreaterThanOrEqual(3)

    expect(await runEvaluationDispatch(db, inDays(1))).toMatchObject({ invited: 0 })
    await runSlot(inDays(2.1), 'eval-demand-1')
    for (const [person, locale] of [[office, 'lo'], [partner, 'vi']] as const) {
      expect(await kinds(person)).toEqual(['evaluation.invitation'])
      const [mail] = await mailsOf(person)
      expect(mail).toMatchObject({ template: 'evaluation.invitation', locale })
      expect(mail!.body).toMatch(new RegExp(`/${locale}/evaluation/r/[A-Za-z0-9_-]{43}`))
    }
    expect(await kinds(student)).toEqual([])
    expect(await kinds(away)).toEqual([])
    const [counted] = await asUser(db, secretariat, tx => listInstances(tx, { formId: form.formId }))
    expect(counted!.invited).toBeGreaterThanOrEqual(2)
    expect(counted!.submitted).toBe(0)
  })

  it('refuses a window that closes before it opens, also when only one end moves', async () => {
    const secretariat = await personWithRole(db, 'window-secretariat', await createInstitutionRow(db), 'secretariat')
    const home = await createInstitutionRow(db)
    const form = await publishedForm(db, home, secretariat.id)
    const instance = await asUser(db, secretariat, tx => sendForm(tx, secretariat, instanceCreateSchema.parse({
      target: 'list', versionId: form.versionId, institutionIds: [home], opensAt: inDays(2).toISOString(), closesAt: inDays(9).toISOString(),
    })))
    await expect(asUser(db, secretariat, tx => updateInstance(tx, instance.id, { closesAt: inDays(1).toISOString() })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'evaluation.errors.closesBeforeOpening', params: { field: 'closesAt' } } })
    await expect(asUser(db, secretariat, tx => updateInstance(tx, instance.id, { opensAt: inDays(10).toISOString() })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'evaluation.errors.closesBeforeOpening', params: { field: 'opensAt' } } })
    expect(await asUser(db, secretariat, tx => updateInstance(tx, instance.id, { closesAt: inDays(12).toISOString() }))).toMatchObject({ id: instance.id })
  })
})

describe('a mobility call: only an office of its program sends a form with it', () => {
  it('another institution\'s office is refused, by the service and by the table itself', async () => {
    const ex = await openExchange(db)
    const strangerInst = await createInstitutionRow(db)
    const stranger = await personWithRole(db, 'stranger-office', strangerInst, 'office_staff')
    const theirs = await publishedForm(db, strangerInst, stranger.id)
    const input = instanceCreateSchema.parse({ target: 'mobility', versionId: theirs.versionId, callId: ex.callId })
    await expect(asUser(db, stranger, tx => sendForm(tx, stranger, input)))
      .rejects.toMatchObject({ statusCode: 403, data: { key: 'evaluation.errors.callNotManaged' } })
    await expect(asUser(db, stranger, tx => tx.insertInto('evaluation_instances').values({
      form_id: theirs.formId, version_id: theirs.versionId, target: 'mobility', call_id: ex.callId, created_by: stranger.id,
    }).execute())).rejects.toThrow(/row-level security/)
    const ours = await publishedForm(db, ex.host, ex.hostOffice.id)
    const made = await asUser(db, ex.hostOffice, tx => sendForm(tx, ex.hostOffice, { ...input, versionId: ours.versionId }))
    expect(made).toMatchObject({ target: 'mobility', call_id: ex.callId })
  })
})

describe('a mobility: on completion', () => {
  it('the host office attaches a form to its call; students whose mobility is completed are invited, the others not yet', async () => {
    const ex = await openExchange(db)
    const done = await applicationIn(db, ex, 'completed', 'returned-student')
    const away = await applicationIn(db, ex, 'in_mobility', 'away-student')
    const form = await publishedForm(db, ex.host, ex.hostOffice.id)
    await asService(db, 'test fixture', tx => tx.insertInto('evaluation_instances').values({
      form_id: form.formId, version_id: form.versionId, target: 'mobility', call_id: ex.callId, opens_at: inDays(-1), closes_at: inDays(60), created_by: ex.hostOffice.id,
    }).execute())
    await runEvaluationDispatch(db)
    expect(await kinds(done.student)).toContain('evaluation.invitation')
    expect(await kinds(away.student)).not.toContain('evaluation.invitation')
  })
})

describe('overdue actions remind their owners', () => {
  it('once after the due day, again only when the due day moves; not when done', async () => {
    const s = await activityWithRegistrants()
    const owner = await personWithRole(db, 'owner', s.organiserInstitution, 'teacher')
    await speaks(owner, 'zh')
    const due = inDays(3).toISOString().slice(0, 10)
    const { actionId } = await asService(db, 'test fixture', async (tx) => {
      const f = await tx.insertInto('evaluation_findings').values({ activity_id: s.activityId, text: JSON.stringify({ zh: '口译不足' }), created_by: s.organiser.id })
        .returning('id').executeTakeFirstOrThrow()
      const a = await tx.insertInto('evaluation_actions').values({
        finding_id: f.id, owner_id: owner.id, title: JSON.stringify({ zh: '预约两名口译员', en: 'Book two interpreters' }), due_on: due, created_by: s.organiser.id,
      }).returning('id').executeTakeFirstOrThrow()
      return { actionId: a.id }
    })
    expect(await runEvaluationDispatch(db, inDays(2))).toMatchObject({ overdue: 0 })
    expect(await runSlot(inDays(5), 'eval-overdue-1')).toBe(1)
    expect(await runSlot(inDays(6), 'eval-overdue-2')).toBe(1)
    expect(await kinds(owner)).toEqual(['evaluation.actionOverdue'])
    const [mail] = await mailsOf(owner)
    expect(mail).toMatchObject({ template: 'evaluation.actionOverdue', locale: 'zh' })
    expect(mail!.body).toContain('预约两名口译员')
    // It opens the activity the finding was drawn from, where the action is kept.
    expect(mail!.body).toContain(`/activities/${s.activityId}`)
    await asUser(db, s.organiser, tx => tx.updateTable('evaluation_actions').set({ due_on: inDays(7).toISOString().slice(0, 10) }).where('id', '=', actionId).execute())
    expect(await runEvaluationDispatch(db, inDays(9))).toMatchObject({ overdue: 1 })
    await asUser(db, owner, tx => tx.updateTable('evaluation_actions').set({ status: 'done' }).where('id', '=', actionId).execute())
    await asUser(db, s.organiser, tx => tx.updateTable('evaluation_actions').set({ due_on: inDays(8).toISOString().slice(0, 10) }).where('id', '=', actionId).execute())
    expect(await runEvaluationDispatch(db, inDays(12))).toMatchObject({ overdue: 0 })
    expect(await kinds(owner)).toEqual(['evaluation.actionOverdue', 'evaluation.actionOverdue'])
  })
})
