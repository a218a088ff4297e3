import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, personWithRole, probeAs, RLS_VIOLATION, rowsChanged } from './rls-fixtures'
import { attachInstance, evaluationSetup, publishedForm, REACTION_DEFINITION, type EvaluationSetup } from './evaluation-fixtures'
import { peopleOf } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
let ev: EvaluationSetup
let student: Actor, invitedPeer: Actor, classmate: Actor, otherOffice: Actor, secretariat: Actor, outsider: Actor
let responseId: string
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  ev = await evaluationSetup(db, { students: 2 })
  ;[student, invitedPeer] = ev.students as [Actor, Actor]
  ;[classmate] = await peopleOf(db, ev.partners[0]!, 1, 'student', 'classmate') as [Actor]
  otherOffice = ev.offices[1]!
  secretariat = await createSecretariat(db)
  outsider = await createPerson(db, 'outsider')
  responseId = (await asUser(db, student, tx => tx.insertInto('evaluation_responses')
    .values({ instance_id: ev.instanceId, version_id: ev.versionId, person_id: student.id, locale: 'th' }).returning('id').executeTakeFirstOrThrow())).id
  await asUser(db, student, tx => tx.insertInto('evaluation_answers')
    .values({ response_id: responseId, question_id: 'useful', row_id: null, option_id: null, number_value: 4, text_value: null, date_value: null }).execute())
})
afterAll(() => handle.close())

const count = async (actor: Actor | null, fn: (tx: Tx) => Promise<unknown[]>) => (await asUser(db, actor, fn)).length
const answerRow = (response: string, value = 5) => ({ response_id: response, question_id: 'useful', row_id: null, option_id: null, number_value: value, text_value: null, date_value: null })

describe('evaluation_forms', () => {
  const sees = (who: Actor) => count(who, tx => tx.selectFrom('evaluation_forms').select('id').where('id', '=', ev.formId).execute())
  it('select: the owner office, the secretariat and an invited respondent read the form', async () => {
    for (const who of [ev.organiser, secretariat, student]) expect(await sees(who)).toBe(1)
  })
  it('select: another institution\'s office, an uninvited classmate and an outsider do not', async () => {
    for (const who of [otherOffice, classmate, outsider]) expect(await sees(who)).toBe(0)
  })
  it('insert: an office makes forms for its own institution only; a student makes none', async () => {
    const values = (inst: string, by: Actor) => ({ institution_id: inst, created_by: by.id, title: JSON.stringify({ en: 'Needs' }), purpose: 'demand' as const, level: null })
    await probeAs(db, ev.organiser, tx => tx.insertInto('evaluation_forms').values(values(ev.organiserInstitution, ev.organiser)).execute())
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_forms').values(values(ev.organiserInstitution, otherOffice)).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
    const byStudent = await attemptAndRollBack(db, student, tx => tx.insertInto('evaluation_forms').values(values(ev.partners[0]!, student)).execute())
    expect(byStudent.message).toMatch(RLS_VIOLATION)
  })
  it('update: the owner office retitles it; another office changes nothing; nobody moves it to another institution', async () => {
    const own = await probeAs(db, ev.organiser, tx => tx.updateTable('evaluation_forms').set({ title: JSON.stringify({ en: 'Reaction, week 1' }) }).where('id', '=', ev.formId).executeTakeFirst())
    expect(rowsChanged(own)).toBe(1)
    const other = await asUser(db, otherOffice, tx => tx.updateTable('evaluation_forms').set({ level: 2 }).where('id', '=', ev.formId).executeTakeFirst())
    expect(rowsChanged(other)).toBe(0)
    const moved = await attemptAndRollBack(db, ev.organiser, tx => tx.updateTable('evaluation_forms').set({ institution_id: ev.partners[1]! }).where('id', '=', ev.formId).execute())
    expect(moved.message).toMatch(PERMISSION_DENIED)
  })
  it('delete: another office deletes nothing; a form whose version an instance uses cannot go', async () => {
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.deleteFrom('evaluation_forms').where('id', '=', ev.formId).executeTakeFirst()))).toBe(0)
    const used = await attemptAndRollBack(db, ev.organiser, tx => tx.deleteFrom('evaluation_forms').where('id', '=', ev.formId).execute())
    expect(used.message).toMatch(/foreign key|violates/)
  })
})

describe('evaluation_form_versions', () => {
  const sees = (who: Actor) => count(who, tx => tx.selectFrom('evaluation_form_versions').select('id').where('id', '=', ev.versionId).execute())
  it('select: managers and invited respondents read the version; others do not', async () => {
    for (const who of [ev.organiser, secretariat, student]) expect(await sees(who)).toBe(1)
    for (const who of [otherOffice, classmate, outsider]) expect(await sees(who)).toBe(0)
  })
  it('insert: the owner office adds a draft numbered after the last; another office cannot; nobody inserts it published', async () => {
    const made = await probeAs(db, ev.organiser, tx => tx.insertInto('evaluation_form_versions')
      .values({ form_id: ev.formId, definition: JSON.stringify(REACTION_DEFINITION), version: 99 }).returning(['version', 'state']).executeTakeFirstOrThrow())
    expect(made).toEqual({ version: 2, state: 'draft' })
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_form_versions').values({ form_id: ev.formId, definition: '{}' }).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
    const published = await attemptAndRollBack(db, ev.organiser, tx => tx.insertInto('evaluation_form_versions')
      .values({ form_id: ev.formId, definition: '{}', state: 'published' }).execute())
    expect(published.message).toMatch(/starts as a draft/)
  })
  it('update: a draft is edited and published (with its time); a published version changes for nobody, not even the service', async () => {
    const published = await probeAs(db, ev.organiser, async (tx) => {
      const draft = await tx.insertInto('evaluation_form_versions').values({ form_id: ev.formId, definition: '{}' }).returning('id').executeTakeFirstOrThrow()
      await tx.updateTable('evaluation_form_versions').set({ definition: JSON.stringify(REACTION_DEFINITION) }).where('id', '=', draft.id).execute()
      return tx.updateTable('evaluation_form_versions').set({ state: 'published' }).where('id', '=', draft.id).returning('published_at').executeTakeFirstOrThrow()
    })
    expect(published.published_at).toBeInstanceOf(Date)
    const byOwner = await attemptAndRollBack(db, ev.organiser, tx => tx.updateTable('evaluation_form_versions').set({ definition: '{}' }).where('id', '=', ev.versionId).execute())
    expect(byOwner.message).toMatch(/published version is immutable/)
    await expect(asService(db, 'test', tx => tx.updateTable('evaluation_form_versions').set({ state: 'draft' }).where('id', '=', ev.versionId).execute()))
      .rejects.toThrow(/published version is immutable/)
    const other = await asUser(db, otherOffice, tx => tx.updateTable('evaluation_form_versions').set({ definition: '{}' }).where('form_id', '=', ev.formId).executeTakeFirst())
    expect(rowsChanged(other)).toBe(0)
  })
  it('delete: a draft goes; a published version does not', async () => {
    const deleted = await probeAs(db, ev.organiser, async (tx) => {
      const draft = await tx.insertInto('evaluation_form_versions').values({ form_id: ev.formId, definition: '{}' }).returning('id').executeTakeFirstOrThrow()
      return tx.deleteFrom('evaluation_form_versions').where('id', '=', draft.id).executeTakeFirst()
    })
    expect(rowsChanged(deleted)).toBe(1)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.deleteFrom('evaluation_form_versions').where('id', '=', ev.versionId).executeTakeFirst()))).toBe(0)
    await expect(asService(db, 'test', tx => tx.deleteFrom('evaluation_form_versions').where('id', '=', ev.versionId).execute()))
      .rejects.toThrow(/published version is immutable/)
  })
})

describe('evaluation_instances', () => {
  const values = (by: Actor, activityId = ev.activityId) => ({
    form_id: ev.formId, version_id: ev.versionId, target: 'activity' as const, activity_id: activityId, timing: 'follow_up' as const,
    offset_days: 42, created_by: by.id,
  })
  it('select: managers and invitees see the instance; others do not', async () => {
    const sees = (who: Actor) => count(who, tx => tx.selectFrom('evaluation_instances').select('id').where('id', '=', ev.instanceId).execute())
    for (const who of [ev.organiser, secretariat, student]) expect(await sees(who)).toBe(1)
    for (const who of [otherOffice, classmate, outsider]) expect(await sees(who)).toBe(0)
  })
  it('insert: the organiser attaches a published version to their activity; another office cannot, nor attach a draft', async () => {
    await probeAs(db, ev.organiser, tx => tx.insertInto('evaluation_instances').values(values(ev.organiser)).execute())
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_instances').values(values(otherOffice)).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
    const draft = await attemptAndRollBack(db, ev.organiser, async (tx) => {
      const v = await tx.insertInto('evaluation_form_versions').values({ form_id: ev.formId, definition: '{}' }).returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('evaluation_instances').values({ ...values(ev.organiser), version_id: v.id }).execute()
    })
    expect(draft.message).toMatch(/published version of its form/)
  })
  it('update: the organiser moves the window; anonymity is fixed once answers exist; the target never moves', async () => {
    const own = await probeAs(db, ev.organiser, tx => tx.updateTable('evaluation_instances').set({ reminder_days: 2 }).where('id', '=', ev.instanceId).executeTakeFirst())
    expect(rowsChanged(own)).toBe(1)
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.updateTable('evaluation_instances').set({ reminder_days: 1 }).where('id', '=', ev.instanceId).executeTakeFirst()))).toBe(0)
    const anon = await attemptAndRollBack(db, ev.organiser, tx => tx.updateTable('evaluation_instances').set({ anonymous: true }).where('id', '=', ev.instanceId).execute())
    expect(anon.message).toMatch(/anonymity is fixed/)
    const moved = await attemptAndRollBack(db, ev.organiser, tx => tx.updateTable('evaluation_instances').set({ activity_id: ev.activityId }).where('id', '=', ev.instanceId).execute())
    expect(moved.message).toMatch(PERMISSION_DENIED)
  })
  it('delete: an instance with responses is kept; another office deletes nothing', async () => {
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.deleteFrom('evaluation_instances').where('id', '=', ev.instanceId).executeTakeFirst()))).toBe(0)
    const kept = await attemptAndRollBack(db, ev.organiser, tx => tx.deleteFrom('evaluation_instances').where('id', '=', ev.instanceId).execute())
    expect(kept.message).toMatch(/responses is kept/)
  })
})

describe('evaluation_recipients', () => {
  it('insert, select and delete: the form\'s managers keep a list\'s recipients; another office none of it', async () => {
    const listId = await asService(db, 'test fixture', async tx => (await tx.insertInto('evaluation_instances').values({
      form_id: ev.formId, version_id: ev.versionId, target: 'list', opens_at: new Date(), created_by: ev.organiser.id,
    }).returning('id').executeTakeFirstOrThrow()).id)
    await asUser(db, ev.organiser, tx => tx.insertInto('evaluation_recipients').values({ instance_id: listId, institution_id: ev.partners[0]! }).execute())
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_recipients').values({ instance_id: listId, institution_id: ev.partners[1]! }).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
    expect(await count(otherOffice, tx => tx.selectFrom('evaluation_recipients').select('id').where('instance_id', '=', listId).execute())).toBe(0)
    expect(await count(ev.organiser, tx => tx.selectFrom('evaluation_recipients').select('id').where('instance_id', '=', listId).execute())).toBe(1)
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.deleteFrom('evaluation_recipients').where('instance_id', '=', listId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.deleteFrom('evaluation_recipients').where('instance_id', '=', listId).executeTakeFirst()))).toBe(1)
  })
})

describe('evaluation_invitations', () => {
  it('select: a person sees their own invitation, the organiser all; a classmate none', async () => {
    expect(await count(student, tx => tx.selectFrom('evaluation_invitations').select('person_id').execute())).toBe(1)
    expect(await count(ev.organiser, tx => tx.selectFrom('evaluation_invitations').select('person_id').where('instance_id', '=', ev.instanceId).execute())).toBe(2)
    expect(await count(classmate, tx => tx.selectFrom('evaluation_invitations').select('person_id').execute())).toBe(0)
  })
  it('insert, update, delete: nobody but the service, not even the organiser', async () => {
    const insert = await attemptAndRollBack(db, classmate, tx => tx.insertInto('evaluation_invitations')
      .values({ instance_id: ev.instanceId, person_id: classmate.id, token_hash: 'a'.repeat(64) }).execute())
    expect(insert.message).toMatch(PERMISSION_DENIED)
    for (const who of [student, ev.organiser]) {
      const update = await attemptAndRollBack(db, who, tx => tx.updateTable('evaluation_invitations').set({ reminded_at: new Date() }).execute())
      expect(update.message).toMatch(PERMISSION_DENIED)
      const remove = await attemptAndRollBack(db, who, tx => tx.deleteFrom('evaluation_invitations').execute())
      expect(remove.message).toMatch(PERMISSION_DENIED)
    }
  })
  it('the audit log never shows a personal link\'s fingerprint', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select('after').where('entity', '=', 'evaluation_invitations').execute())
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(r => (r.after as Record<string, unknown>).token_hash === '[redacted]')).toBe(true)
  })
})

describe('evaluation_responses', () => {
  it('select: the respondent and the organisers see it; their office, a classmate, another office do not', async () => {
    const sees = (who: Actor) => count(who, tx => tx.selectFrom('evaluation_responses').select('id').where('id', '=', responseId).execute())
    for (const who of [student, ev.organiser, secretariat]) expect(await sees(who)).toBe(1)
    for (const who of [ev.offices[0]!, classmate, otherOffice, outsider]) expect(await sees(who)).toBe(0)
  })
  it('insert: an uninvited person cannot answer; nobody answers for someone else or without a name', async () => {
    const uninvited = await attemptAndRollBack(db, classmate, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: ev.instanceId, version_id: ev.versionId, person_id: classmate.id, locale: 'en' }).execute())
    expect(uninvited.message).toMatch(RLS_VIOLATION)
    const forOther = await attemptAndRollBack(db, invitedPeer, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: ev.instanceId, version_id: ev.versionId, person_id: classmate.id, locale: 'en' }).execute())
    expect(forOther.message).toMatch(RLS_VIOLATION)
    const nameless = await attemptAndRollBack(db, invitedPeer, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: ev.instanceId, version_id: ev.versionId, person_id: null, locale: 'en' }).execute())
    expect(nameless.message).toMatch(/names its respondent/)
  })
  it('insert: a closed instance takes no response', async () => {
    const closed = await attachInstance(db, { formId: ev.formId, versionId: ev.versionId, activityId: ev.activityId, createdBy: ev.organiser.id },
      { window: { opensAt: new Date(Date.now() - 10 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) } })
    await asService(db, 'test fixture', tx => tx.insertInto('evaluation_invitations').values({ instance_id: closed, person_id: invitedPeer.id, token_hash: 'b'.repeat(64) }).execute())
    const error = await attemptAndRollBack(db, invitedPeer, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: closed, version_id: ev.versionId, person_id: invitedPeer.id, locale: 'en' }).execute())
    expect(error.message).toMatch(RLS_VIOLATION)
  })
  it('update: the respondent changes the language until submitting; then the response is final; others change nothing', async () => {
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.updateTable('evaluation_responses').set({ locale: 'en' }).where('id', '=', responseId).executeTakeFirst()))).toBe(0)
    const final = await probeAs(db, student, async (tx) => {
      await tx.updateTable('evaluation_responses').set({ locale: 'km' }).where('id', '=', responseId).execute()
      await tx.updateTable('evaluation_responses').set({ submitted_at: new Date(0) }).where('id', '=', responseId).execute()
      const row = await tx.selectFrom('evaluation_responses').select(['locale', 'submitted_at']).where('id', '=', responseId).executeTakeFirstOrThrow()
      const after = await tx.updateTable('evaluation_responses').set({ locale: 'th' }).where('id', '=', responseId).executeTakeFirst()
      return { row, after: rowsChanged(after) }
    })
    expect(final.row.locale).toBe('km')
    expect(final.row.submitted_at!.getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(final.after).toBe(0)
    const moved = await attemptAndRollBack(db, student, tx => tx.updateTable('evaluation_responses').set({ person_id: invitedPeer.id }).where('id', '=', responseId).execute())
    expect(moved.message).toMatch(PERMISSION_DENIED)
  })
  it('delete: nobody withdraws a response', async () => {
    for (const who of [student, ev.organiser]) {
      const error = await attemptAndRollBack(db, who, tx => tx.deleteFrom('evaluation_responses').where('id', '=', responseId).execute())
      expect(error.message).toMatch(PERMISSION_DENIED)
    }
  })
})

describe('evaluation_answers', () => {
  it('select: the respondent and the organisers read the answers; others do not', async () => {
    const sees = (who: Actor) => count(who, tx => tx.selectFrom('evaluation_answers').select('number_value').where('response_id', '=', responseId).execute())
    for (const who of [student, ev.organiser]) expect(await sees(who)).toBe(1)
    for (const who of [ev.offices[0]!, classmate, otherOffice, outsider]) expect(await sees(who)).toBe(0)
  })
  it('insert, update and delete: the respondent edits their draft; nobody else touches it', async () => {
    await probeAs(db, student, async (tx) => {
      await tx.insertInto('evaluation_answers').values({ ...answerRow(responseId), question_id: 'recommend' }).execute()
      expect(rowsChanged(await tx.updateTable('evaluation_answers').set({ number_value: 3 }).where('response_id', '=', responseId).executeTakeFirst())).toBe(2)
      expect(rowsChanged(await tx.deleteFrom('evaluation_answers').where('question_id', '=', 'recommend').executeTakeFirst())).toBe(1)
    })
    const insert = await attemptAndRollBack(db, ev.organiser, tx => tx.insertInto('evaluation_answers').values(answerRow(responseId)).execute())
    expect(insert.message).toMatch(RLS_VIOLATION)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.updateTable('evaluation_answers').set({ number_value: 1 }).where('response_id', '=', responseId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, classmate, tx => tx.deleteFrom('evaluation_answers').where('response_id', '=', responseId).executeTakeFirst()))).toBe(0)
  })
  it('a submitted response\'s answers are final, for the respondent and for the service', async () => {
    const submitted = await asService(db, 'test fixture', async (tx) => {
      const r = await tx.insertInto('evaluation_responses').values({ instance_id: ev.instanceId, version_id: ev.versionId, person_id: invitedPeer.id, locale: 'en' })
        .returning('id').executeTakeFirstOrThrow()
      await tx.insertInto('evaluation_answers').values(answerRow(r.id, 2)).execute()
      await tx.updateTable('evaluation_responses').set({ submitted_at: new Date() }).where('id', '=', r.id).execute()
      return r.id
    })
    const byRespondent = await attemptAndRollBack(db, invitedPeer, tx => tx.insertInto('evaluation_answers').values(answerRow(submitted)).execute())
    expect(byRespondent.message).toMatch(/submitted response is final/)
    await expect(asService(db, 'test', tx => tx.updateTable('evaluation_answers').set({ number_value: 5 }).where('response_id', '=', submitted).execute()))
      .rejects.toThrow(/submitted response is final/)
  })
})

describe('anonymous instances and evaluation_participation', () => {
  let anon: string
  beforeAll(async () => {
    anon = await attachInstance(db, { formId: ev.formId, versionId: ev.versionId, activityId: ev.activityId, createdBy: ev.organiser.id }, { anonymous: true })
    await asService(db, 'test fixture', tx => tx.insertInto('evaluation_invitations').values({ instance_id: anon, person_id: student.id, token_hash: 'c'.repeat(64) }).execute())
  })
  it('a respondent cannot write an anonymous response themself, named or not: only the service does', async () => {
    const named = await attemptAndRollBack(db, student, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: anon, version_id: ev.versionId, person_id: student.id, locale: 'en' }).execute())
    expect(named.message).toMatch(/names nobody/)
    const nameless = await attemptAndRollBack(db, student, tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: anon, version_id: ev.versionId, person_id: null, locale: 'en' }).execute())
    expect(nameless.message).toMatch(/written by the service/)
    await expect(asService(db, 'test', tx => tx.insertInto('evaluation_responses')
      .values({ instance_id: anon, version_id: ev.versionId, person_id: student.id, locale: 'en' }).execute())).rejects.toThrow(/names nobody/)
  })
  it('participation: the person and the organisers see who took part; nobody but the service writes it', async () => {
    await asService(db, 'test fixture', tx => tx.insertInto('evaluation_participation').values({ instance_id: anon, person_id: student.id }).execute())
    expect(await count(student, tx => tx.selectFrom('evaluation_participation').select('person_id').execute())).toBe(1)
    expect(await count(ev.organiser, tx => tx.selectFrom('evaluation_participation').select('person_id').where('instance_id', '=', anon).execute())).toBe(1)
    expect(await count(otherOffice, tx => tx.selectFrom('evaluation_participation').select('person_id').execute())).toBe(0)
    const insert = await attemptAndRollBack(db, invitedPeer, tx => tx.insertInto('evaluation_participation').values({ instance_id: anon, person_id: invitedPeer.id }).execute())
    expect(insert.message).toMatch(PERMISSION_DENIED)
    const remove = await attemptAndRollBack(db, student, tx => tx.deleteFrom('evaluation_participation').execute())
    expect(remove.message).toMatch(PERMISSION_DENIED)
  })
})

describe('evaluation_findings and evaluation_actions', () => {
  let findingId: string, actionId: string, owner: Actor
  beforeAll(async () => {
    owner = await personWithRole(db, 'action-owner', ev.organiserInstitution, 'teacher')
  })
  it('findings insert: the organiser records one on the instance (it names the activity too); another office cannot', async () => {
    const row = await asUser(db, ev.organiser, tx => tx.insertInto('evaluation_findings')
      .values({ instance_id: ev.instanceId, text: JSON.stringify({ zh: '翻译不足', en: 'Not enough interpretation' }), created_by: ev.organiser.id })
      .returning(['id', 'activity_id']).executeTakeFirstOrThrow())
    findingId = row.id
    expect(row.activity_id).toBe(ev.activityId)
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_findings')
      .values({ activity_id: ev.activityId, text: JSON.stringify({ en: 'x' }), created_by: otherOffice.id }).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
  })
  it('actions insert: the organiser gives an action an owner; another office cannot', async () => {
    actionId = (await asUser(db, ev.organiser, tx => tx.insertInto('evaluation_actions').values({
      finding_id: findingId, owner_id: owner.id, title: JSON.stringify({ en: 'Book two interpreters' }), due_on: '2027-01-31', created_by: ev.organiser.id,
    }).returning('id').executeTakeFirstOrThrow())).id
    const other = await attemptAndRollBack(db, otherOffice, tx => tx.insertInto('evaluation_actions').values({
      finding_id: findingId, owner_id: otherOffice.id, title: JSON.stringify({ en: 'x' }), due_on: '2027-01-31', created_by: otherOffice.id,
    }).execute())
    expect(other.message).toMatch(RLS_VIOLATION)
  })
  it('select: the organiser and the action\'s owner see the finding and the action; another office and a student do not', async () => {
    for (const who of [ev.organiser, owner, secretariat]) {
      expect(await count(who, tx => tx.selectFrom('evaluation_findings').select('id').where('id', '=', findingId).execute())).toBe(1)
      expect(await count(who, tx => tx.selectFrom('evaluation_actions').select('id').where('id', '=', actionId).execute())).toBe(1)
    }
    for (const who of [otherOffice, student]) {
      expect(await count(who, tx => tx.selectFrom('evaluation_findings').select('id').where('id', '=', findingId).execute())).toBe(0)
      expect(await count(who, tx => tx.selectFrom('evaluation_actions').select('id').where('id', '=', actionId).execute())).toBe(0)
    }
  })
  it('update: the owner moves the status but not the due date; the organiser changes both; the overdue mark is the job\'s', async () => {
    expect(rowsChanged(await asUser(db, owner, tx => tx.updateTable('evaluation_actions').set({ status: 'in_progress' }).where('id', '=', actionId).executeTakeFirst()))).toBe(1)
    const later = await attemptAndRollBack(db, owner, tx => tx.updateTable('evaluation_actions').set({ due_on: '2027-06-30' }).where('id', '=', actionId).execute())
    expect(later.message).toMatch(/changes its status only/)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.updateTable('evaluation_actions').set({ due_on: '2027-02-28' }).where('id', '=', actionId).executeTakeFirst()))).toBe(1)
    const mark = await attemptAndRollBack(db, ev.organiser, tx => tx.updateTable('evaluation_actions').set({ overdue_reminded_at: new Date() }).where('id', '=', actionId).execute())
    expect(mark.message).toMatch(PERMISSION_DENIED)
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.updateTable('evaluation_actions').set({ status: 'done' }).where('id', '=', actionId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.updateTable('evaluation_findings').set({ text: JSON.stringify({ en: 'x' }) }).where('id', '=', findingId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.updateTable('evaluation_findings').set({ text: JSON.stringify({ en: 'Interpretation was short' }) }).where('id', '=', findingId).executeTakeFirst()))).toBe(1)
  })
  it('delete: the owner cannot delete an action; the organiser deletes the action and the finding', async () => {
    expect(rowsChanged(await asUser(db, owner, tx => tx.deleteFrom('evaluation_actions').where('id', '=', actionId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, otherOffice, tx => tx.deleteFrom('evaluation_findings').where('id', '=', findingId).executeTakeFirst()))).toBe(0)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.deleteFrom('evaluation_actions').where('id', '=', actionId).executeTakeFirst()))).toBe(1)
    expect(rowsChanged(await asUser(db, ev.organiser, tx => tx.deleteFrom('evaluation_findings').where('id', '=', findingId).executeTakeFirst()))).toBe(1)
  })
})

describe('helpers', () => {
  it('an institution\'s breakdown is for its own staff and the secretariat (analytics asks this helper)', async () => {
    const breakdown = (who: Actor, inst: string) => asUser(db, who, async tx => (await sql<{ ok: boolean }>`select private.can_see_institution_breakdown(${inst}::uuid) as ok`.execute(tx)).rows[0]!.ok)
    expect(await breakdown(ev.offices[0]!, ev.partners[0]!)).toBe(true)
    expect(await breakdown(secretariat, ev.partners[0]!)).toBe(true)
    expect(await breakdown(otherOffice, ev.partners[0]!)).toBe(false)
    expect(await breakdown(ev.organiser, ev.partners[0]!)).toBe(false)
  })
  it('a form of another institution: its office manages it, the organiser of an activity it is attached to manages that instance only', async () => {
    const elsewhere = await createInstitutionRow(db)
    const office = await personWithRole(db, 'elsewhere-office', elsewhere, 'office_staff')
    const form = await publishedForm(db, elsewhere, office.id)
    const inst = await attachInstance(db, { ...form, activityId: ev.activityId, createdBy: office.id })
    const manages = (who: Actor, fn: string, id: string) => asUser(db, who, async tx => (await sql<{ ok: boolean }>`select ${sql.raw(`private.${fn}`)}(${id}::uuid) as ok`.execute(tx)).rows[0]!.ok)
    expect(await manages(ev.organiser, 'can_manage_evaluation_instance', inst)).toBe(true)
    expect(await manages(ev.organiser, 'can_manage_evaluation_form', form.formId)).toBe(false)
    expect(await manages(office, 'can_manage_evaluation_form', form.formId)).toBe(true)
  })
})
