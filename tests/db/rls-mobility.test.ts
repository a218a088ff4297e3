import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { scoreApplication } from '../../server/domain/mobility/steps'
import { APPLICATION_TRANSITIONS, HOST_VISIBLE_STATES } from '../../shared/mobility/lifecycle'
import { APPLICATION_STATES, type ApplicationState } from '../../shared/mobility/vocabulary'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createFileRow, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, probeAs, rowsChanged } from './rls-fixtures'
import { applicationIn, applicationRow, completeDraft, openExchange, type Exchange } from './mobility-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// One exchange (home office, host office) with an application in every state, each by its own student of
// the home institution; classmate studies there too without applying; elsewhere is an institution outside
// the exchange with its own office; outsider belongs nowhere.
let ex: Exchange, elsewhere: string, elsewhereOffice: Actor, classmate: Actor, outsider: Actor, sec: Actor
const app = new Map<ApplicationState, Awaited<ReturnType<typeof applicationIn>>>()
let allIds: string[]
beforeAll(async () => {
  ex = await openExchange(db, 50)
  elsewhere = await createInstitutionRow(db)
  elsewhereOffice = await personWithRole(db, 'elsewhere-office', elsewhere, 'office_staff')
  classmate = await personWithRole(db, 'classmate', ex.home, 'student')
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
  for (const state of APPLICATION_STATES) app.set(state, await applicationIn(db, ex, state))
  allIds = [...app.values()].map(a => a.id)
})

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const count = rowsChanged
const a = (state: ApplicationState) => app.get(state)!
const visibleApplications = async (actor: Actor | null) =>
  (await asUser(db, actor, tx => tx.selectFrom('applications').select('id').where('id', 'in', allIds).execute())).map(r => r.id).sort()
const idsIn = (states: readonly ApplicationState[]) => states.map(s => a(s).id).sort()

describe('programs, calls and places', () => {
  const programRow = (host: string, createdBy?: string) => ({ type: 'traineeship' as const, title: JSON.stringify({ en: 'Probe program' }),
    description: '{}', host_institution_id: host, starts_on: '2027-03-01', ends_on: '2027-06-30', places: 2, eligibility: '{}', required_documents: '[]',
    costs: '{}', funding: '{}', ...(createdBy ? { created_by: createdBy } : {}) })
  const callRow = () => ({ program_id: ex.programId, title: JSON.stringify({ en: 'Probe call' }), opens_at: new Date('2027-01-01'),
    closes_at: new Date('2027-02-01'), time_zone: 'Asia/Bangkok', academic_year: '2026/2027' })
  const insertProgram = (actor: Actor, createdBy?: string) => probe(actor, tx => tx.insertInto('programs').values(programRow(ex.host, createdBy)).execute())
  const insertCall = (actor: Actor | null) => probe(actor, tx => tx.insertInto('calls').values(callRow()).execute())

  it('are public: a visitor who is not signed in and any member read the program, its sending institutions, its calls and places', async () => {
    for (const actor of [null, outsider, classmate]) {
      const seen = await asUser(db, actor, async tx => [
        (await tx.selectFrom('programs').select('id').where('id', '=', ex.programId).execute()).length,
        (await tx.selectFrom('program_sending_institutions').select('institution_id').where('program_id', '=', ex.programId).execute()).length,
        (await tx.selectFrom('calls').select('id').where('id', '=', ex.callId).execute()).length,
        (await tx.selectFrom('call_places').select('places').where('call_id', '=', ex.callId).execute()).length,
      ])
      expect(seen).toEqual([1, 1, 1, 1])
    }
  })

  it('a program is created for a host only by that host\'s staff or the secretariat', async () => {
    await expect(insertProgram(ex.hostOffice)).resolves.toBeDefined()
    await expect(insertProgram(sec)).resolves.toBeDefined()
    for (const actor of [ex.homeOffice, elsewhereOffice, classmate, outsider]) await expect(insertProgram(actor)).rejects.toThrow(RLS_VIOLATION)
    await expect(insertProgram(ex.hostOffice, ex.homeOffice.id)).rejects.toThrow(RLS_VIOLATION)
  })

  it('the host edits its program and its sending institutions; the sending office cannot', async () => {
    const retitle = (actor: Actor) => probe(actor, async tx => count(await tx.updateTable('programs').set({ title: JSON.stringify({ en: 'Renamed' }) })
      .where('id', '=', ex.programId).executeTakeFirst()))
    expect(await retitle(ex.hostOffice)).toBe(1)
    expect(await retitle(ex.homeOffice)).toBe(0)
    const addSending = (actor: Actor) => probe(actor, tx => tx.insertInto('program_sending_institutions').values({ program_id: ex.programId, institution_id: elsewhere }).execute())
    await expect(addSending(ex.hostOffice)).resolves.toBeDefined()
    for (const actor of [ex.homeOffice, elsewhereOffice]) await expect(addSending(actor)).rejects.toThrow(RLS_VIOLATION)
    const removeSending = (actor: Actor) => probe(actor, async tx => count(await tx.deleteFrom('program_sending_institutions').where('program_id', '=', ex.programId).executeTakeFirst()))
    expect(await removeSending(ex.homeOffice)).toBe(0)
    expect(await removeSending(ex.hostOffice)).toBe(1)
  })

  it('a call and its places are created and edited by staff of the host or of a sending institution, by no one else', async () => {
    for (const actor of [ex.hostOffice, ex.homeOffice, sec]) await expect(insertCall(actor)).resolves.toBeDefined()
    for (const actor of [elsewhereOffice, classmate, outsider, null]) await expect(insertCall(actor)).rejects.toThrow(RLS_VIOLATION)
    const addPlaces = (actor: Actor) => probe(actor, tx => tx.insertInto('call_places').values({ call_id: ex.callId, sending_institution_id: elsewhere, places: 1 }).execute())
    // elsewhere is not a sending institution of the program: nobody opens places for it.
    await expect(addPlaces(ex.homeOffice)).rejects.toThrow(/sending institutions/)
    await expect(addPlaces(elsewhereOffice)).rejects.toThrow(/row-level security|sending institutions/)
    const morePlaces = (actor: Actor) => probe(actor, async tx => count(await tx.updateTable('call_places').set({ places: 5 }).where('call_id', '=', ex.callId).executeTakeFirst()))
    expect([await morePlaces(ex.homeOffice), await morePlaces(elsewhereOffice), await morePlaces(classmate)]).toEqual([1, 0, 0])
  })
})

describe('who sees an application', () => {
  it('the applicant sees their own and nobody else\'s', async () => {
    expect(await visibleApplications(a('submitted').student)).toEqual([a('submitted').id])
  })

  it('the home office sees its institution\'s applications in every state, drafts included', async () => {
    expect(await visibleApplications(ex.homeOffice)).toEqual([...allIds].sort())
  })

  it('the host office sees them only from the nomination on: not drafts, submitted, returned, home-rejected or withdrawn ones', async () => {
    expect(await visibleApplications(ex.hostOffice)).toEqual(idsIn(HOST_VISIBLE_STATES))
  })

  it('a classmate, an office outside the exchange, a stranger and a visitor see none', async () => {
    for (const actor of [classmate, elsewhereOffice, outsider, null]) expect(await visibleApplications(actor)).toEqual([])
  })
})

describe('applying and withdrawing a draft', () => {
  const draftRow = (overrides: Record<string, unknown> = {}) => ({ call_id: ex.callId, home_institution_id: ex.home, host_institution_id: ex.host,
    form: '{}', score: null, submitted_at: null, ...overrides })
  const apply = (actor: Actor | null, overrides: Record<string, unknown> = {}) =>
    probe(actor, tx => tx.insertInto('applications').values(draftRow(overrides) as never).execute())

  it('a student applies for themself, from their own institution, as a draft', async () => {
    await expect(apply(classmate)).resolves.toBeDefined()
  })

  it('nobody applies in someone else\'s name, from an institution they do not belong to, already submitted, or with a score', async () => {
    await expect(apply(classmate, { applicant_id: outsider.id })).rejects.toThrow(RLS_VIOLATION)
    await expect(apply(ex.homeOffice, { applicant_id: classmate.id })).rejects.toThrow(RLS_VIOLATION)
    await expect(apply(classmate, { home_institution_id: ex.host })).rejects.toThrow(/row-level security|sending institution/)
    await expect(apply(outsider)).rejects.toThrow(RLS_VIOLATION)
    for (const state of ['submitted', 'nominated', 'accepted']) await expect(apply(classmate, { state })).rejects.toThrow(RLS_VIOLATION)
    await expect(apply(classmate, { score: 999 })).rejects.toThrow(RLS_VIOLATION)
    await expect(apply(null)).rejects.toThrow(RLS_VIOLATION)
  })

  it('only the applicant deletes their application, and only while it is a draft', async () => {
    const remove = (actor: Actor, state: ApplicationState) =>
      probe(actor, async tx => count(await tx.deleteFrom('applications').where('id', '=', a(state).id).executeTakeFirst()))
    expect(await remove(a('draft').student, 'draft')).toBe(1)
    for (const state of ['submitted', 'returned', 'withdrawn'] as const) expect(await remove(a(state).student, state)).toBe(0)
    expect(await remove(ex.homeOffice, 'draft')).toBe(0)
    expect(await remove(classmate, 'draft')).toBe(0)
  })

  it('an applicant cannot move their application to another home or host institution', async () => {
    const { student, id } = a('draft')
    await expect(probe(student, tx => tx.updateTable('applications').set({ host_institution_id: elsewhere } as never).where('id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(student, tx => tx.updateTable('applications').set({ home_institution_id: elsewhere } as never).where('id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
  })

  it('an office outside the exchange changes no one\'s form, and the host cannot touch one before the nomination', async () => {
    const edit = (actor: Actor, state: ApplicationState) =>
      probe(actor, async tx => count(await tx.updateTable('applications').set({ form: JSON.stringify({ motivation: 'changed' }) }).where('id', '=', a(state).id).executeTakeFirst()))
    expect(await edit(elsewhereOffice, 'draft')).toBe(0)
    expect(await edit(ex.hostOffice, 'submitted')).toBe(0)
    expect(await edit(a('draft').student, 'draft')).toBe(1)
  })
})

describe('passport data', () => {
  const passportSeenBy = async (actor: Actor, state: ApplicationState) => (await asUser(db, actor, tx => tx.selectFrom('application_private')
    .select('passport_number').where('application_id', '=', a(state).id).execute())).map(r => r.passport_number)

  it('is read by the applicant and the home office, and by the host office only once nominated', async () => {
    expect(await passportSeenBy(a('submitted').student, 'submitted')).toEqual(['C1234567'])
    expect(await passportSeenBy(ex.homeOffice, 'submitted')).toEqual(['C1234567'])
    expect(await passportSeenBy(ex.hostOffice, 'submitted')).toEqual([])
    expect(await passportSeenBy(ex.hostOffice, 'nominated')).toEqual(['C1234567'])
  })

  it('is read by no classmate, no office outside the exchange and not by the secretariat', async () => {
    for (const actor of [classmate, elsewhereOffice, sec, outsider]) {
      for (const state of ['submitted', 'nominated', 'in_mobility'] as const) expect(await passportSeenBy(actor, state)).toEqual([])
    }
  })

  it('is written only by the applicant while the form is open: the offices can read it but never change it', async () => {
    const change = (actor: Actor, state: ApplicationState) => probe(actor, async tx => count(await tx.updateTable('application_private').set({ passport_number: 'X9999999' })
      .where('application_id', '=', a(state).id).executeTakeFirst()))
    expect([await change(a('draft').student, 'draft'), await change(ex.homeOffice, 'draft')]).toEqual([1, 0])
    expect([await change(a('nominated').student, 'nominated'), await change(ex.homeOffice, 'nominated'), await change(ex.hostOffice, 'nominated'), await change(sec, 'nominated')]).toEqual([0, 0, 0, 0])
    const { student, id } = await completeDraft(db, ex, 'new-applicant')
    await asService(db, 'test: an application without passport data', tx => tx.deleteFrom('application_private').where('application_id', '=', id).execute())
    const insert = (actor: Actor) => probe(actor, tx => tx.insertInto('application_private').values({ application_id: id, passport_number: 'B7654321', passport_expiry: null, nationality: 'TH' }).execute())
    await expect(insert(student)).resolves.toBeDefined()
    await expect(insert(ex.homeOffice)).rejects.toThrow(RLS_VIOLATION)
  })
})

describe('documents and their files', () => {
  const transcriptOf = async (state: ApplicationState) => (await asService(db, 'test check', tx => tx.selectFrom('application_documents')
    .select('file_id').where('application_id', '=', a(state).id).executeTakeFirstOrThrow())).file_id
  const seenBy = async (actor: Actor, state: ApplicationState) => {
    const fileId = await transcriptOf(state)
    return asUser(db, actor, async tx => [
      (await tx.selectFrom('application_documents').select('file_id').where('application_id', '=', a(state).id).execute()).length,
      (await tx.selectFrom('files').select('id').where('id', '=', fileId).execute()).length,
    ])
  }

  it('the home office reads a submitted transcript and its file; the host office only once nominated', async () => {
    expect(await seenBy(ex.homeOffice, 'submitted')).toEqual([1, 1])
    expect(await seenBy(ex.hostOffice, 'submitted')).toEqual([0, 0])
    expect(await seenBy(ex.hostOffice, 'nominated')).toEqual([1, 1])
  })

  it('an office outside the exchange and a classmate read neither the document nor its file', async () => {
    for (const actor of [elsewhereOffice, classmate, outsider]) expect(await seenBy(actor, 'nominated')).toEqual([0, 0])
  })

  it('only the applicant attaches documents, and only files of their own', async () => {
    const { student, id } = a('draft')
    const attach = (actor: Actor, fileId: string) => probe(actor, tx => tx.insertInto('application_documents').values({ application_id: id, document_key: 'passport_copy', file_id: fileId }).execute())
    await expect(attach(student, await createFileRow(db, student))).resolves.toBeDefined()
    await expect(attach(student, await createFileRow(db, classmate))).rejects.toThrow(RLS_VIOLATION)
    await expect(attach(ex.homeOffice, await createFileRow(db, ex.homeOffice))).rejects.toThrow(RLS_VIOLATION)
    const detach = (actor: Actor) => probe(actor, async tx => count(await tx.deleteFrom('application_documents').where('application_id', '=', id).executeTakeFirst()))
    expect([await detach(ex.homeOffice), await detach(student)]).toEqual([0, 1])
  })
})

describe('the history of an application', () => {
  const record = (actor: Actor, state: ApplicationState, actorId: string | undefined) => probe(actor, tx => tx.insertInto('application_events')
    .values({ application_id: a(state).id, action: 'note', from_state: state, to_state: state, text: null, ...(actorId ? { actor_id: actorId } : {}) }).execute())

  it('is written by the service as it takes a step: no one, not the applicant nor either office, writes it directly', async () => {
    for (const actor of [a('submitted').student, ex.homeOffice, ex.hostOffice, elsewhereOffice]) {
      await expect(record(actor, 'submitted', actor.id)).rejects.toThrow(PERMISSION_DENIED)
    }
  })

  it('cannot be rewritten or erased, and a classmate does not read it', async () => {
    const { student, id } = a('returned')
    await asService(db, 'test fixture', tx => tx.insertInto('application_events').values({ application_id: id, action: 'return_for_changes', from_state: 'submitted', to_state: 'returned', actor_id: ex.homeOffice.id, text: 'Add grades' }).execute())
    await expect(probe(ex.homeOffice, tx => tx.updateTable('application_events').set({ text: 'Nothing' }).where('application_id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(student, tx => tx.deleteFrom('application_events').where('application_id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    const texts = (actor: Actor) => asUser(db, actor, async tx => (await tx.selectFrom('application_events').select('text').where('application_id', '=', id).execute()).map(e => e.text))
    expect(await texts(student)).toEqual(['Add grades'])
    expect(await texts(classmate)).toEqual([])
  })
})

describe('scores', () => {
  const setScore = (actor: Actor, state: ApplicationState, score: number) =>
    asUser(db, actor, async tx => count(await tx.updateTable('applications').set({ score }).where('id', '=', a(state).id).executeTakeFirst()))

  it('an applicant cannot score their own application, even talking to the database directly (42501)', async () => {
    await expect(setScore(a('submitted').student, 'submitted', 1000)).rejects.toMatchObject({ code: '42501' })
    await expect(asUser(db, a('submitted').student, tx => scoreApplication(tx, a('submitted').student, a('submitted').id, a('submitted').revision, 1000)))
      .rejects.toMatchObject({ statusCode: 403, data: { key: 'mobility.errors.notYourStep' } })
    expect((await applicationRow(db, a('submitted').id)).score).toBeNull()
  })

  it('the host office cannot score a nominated application (42501); the home office scores it', async () => {
    await expect(setScore(ex.hostOffice, 'nominated', 1)).rejects.toMatchObject({ code: '42501' })
    expect(await setScore(ex.homeOffice, 'nominated', 87.5)).toBe(1)
    expect(Number((await applicationRow(db, a('nominated').id)).score)).toBe(87.5)
  })
})

describe('the lifecycle table in the database', () => {
  const rows = APPLICATION_TRANSITIONS.reduce((n, t) => n + t.from.length * t.by.length, 0)

  it('is readable by every member and visitor', async () => {
    for (const actor of [classmate, ex.homeOffice, null]) {
      expect(await asUser(db, actor, tx => tx.selectFrom('application_transitions').select('action').execute())).toHaveLength(rows)
    }
  })

  it('cannot be changed by anyone, not even the secretariat or an office', async () => {
    for (const actor of [sec, ex.homeOffice, a('nominated').student]) {
      await expect(probe(actor, tx => tx.insertInto('application_transitions').values({ action: 'accept', from_state: 'submitted', to_state: 'accepted', side: 'applicant' }).execute())).rejects.toThrow(PERMISSION_DENIED)
      await expect(probe(actor, tx => tx.updateTable('application_transitions').set({ side: 'applicant' }).where('action', '=', 'accept').execute())).rejects.toThrow(PERMISSION_DENIED)
      await expect(probe(actor, tx => tx.deleteFrom('application_transitions').execute())).rejects.toThrow(PERMISSION_DENIED)
    }
    expect(await asUser(db, null, tx => tx.selectFrom('application_transitions').select('action').execute())).toHaveLength(rows)
  })
})
