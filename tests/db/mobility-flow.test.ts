import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { getApplication } from '../../server/domain/mobility/applications'
import { takeStep } from '../../server/domain/mobility/steps'
import { listCalls } from '../../server/domain/mobility/programs'
import { addIncidentNote, incidentsOf, peopleAbroad, reportIncident, setChecklistItem } from '../../server/domain/mobility/safety'
import { CHECKLIST_KEYS } from '../../shared/mobility/vocabulary'
import { freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { completeDraft, openExchange } from './mobility-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

describe('an application from draft to completed', () => {
  it('goes through home nomination, a host question, acceptance, confirmation, departure and return', async () => {
    const db = handle.db
    const ex = await openExchange(db)
    const { student, id, revision } = await completeDraft(db, ex)
    const step = (who: typeof student, action: Parameters<typeof takeStep>[3]['action'], rev: number, text?: string) =>
      asUser(db, who, tx => takeStep(tx, who, id, { action, revision: rev, text }))

    let r = await step(student, 'submit', revision)
    // The host does not see it before the nomination.
    await expect(asUser(db, ex.hostOffice, tx => getApplication(tx, ex.hostOffice, id))).rejects.toMatchObject({ statusCode: 404 })
    r = await step(ex.homeOffice, 'nominate', r.revision)
    const seenByHost = await asUser(db, ex.hostOffice, tx => getApplication(tx, ex.hostOffice, id))
    expect(seenByHost.actions).toEqual(['request_info', 'accept', 'reject_host'])
    expect(seenByHost.private?.passport_number).toBe('C1234567')
    r = await step(ex.hostOffice, 'request_info', r.revision, 'Please add your HSK certificate.')
    r = await step(student, 'answer_info', r.revision, 'Uploaded: HSK 3.')
    r = await step(ex.hostOffice, 'accept', r.revision)
    r = await step(student, 'confirm', r.revision)
    // Departure waits for the pre-departure checklist.
    await expect(step(ex.homeOffice, 'depart', r.revision)).rejects.toMatchObject({ statusCode: 409, data: { key: 'mobility.errors.checklistIncomplete' } })
    for (const key of CHECKLIST_KEYS) await asUser(db, student, tx => setChecklistItem(tx, student, id, key, { status: 'done', fileId: null, note: null }))
    r = await step(ex.homeOffice, 'depart', r.revision)
    // An incident abroad is seen by both offices at once.
    await asUser(db, student, tx => reportIncident(tx, student, id, { type: 'health', severity: 'high', description: 'Fever, in hospital', occurredAtLocal: new Date(Date.now() - 3_600_000).toISOString().slice(0, 16), timeZone: 'UTC' }))
    for (const office of [ex.homeOffice, ex.hostOffice]) {
      expect((await asUser(db, office, tx => incidentsOf(tx, id))).map(i => i.severity)).toEqual(['high'])
      expect((await asUser(db, office, tx => peopleAbroad(tx))).map(p => p.application_id)).toContain(id)
    }
    // A follow-up note by the host reaches the student and the home office, not its author.
    const [incident] = await asUser(db, ex.hostOffice, tx => incidentsOf(tx, id))
    await asUser(db, ex.hostOffice, tx => addIncidentNote(tx, ex.hostOffice, incident!.id, 'Visited her in hospital; insurer informed.'))
    const told = await asService(db, 'test', tx => tx.selectFrom('notifications').select('user_id').where('kind', '=', 'mobility.incidentNoteAdded').execute())
    expect(told.map(n => n.user_id).sort()).toEqual([student.id, ex.homeOffice.id].sort())
    await step(ex.hostOffice, 'complete', r.revision)
    const final = await asUser(db, student, tx => getApplication(tx, student, id))
    expect(final.state).toBe('completed')
    expect(final.events.map(e => e.action)).toEqual(['submit', 'nominate', 'request_info', 'answer_info', 'accept', 'confirm', 'depart', 'complete'])
  })

  it('refuses a submission that lacks the required transcript, naming what is missing', async () => {
    const ex = await openExchange(handle.db)
    const { student, id, revision } = await completeDraft(handle.db, ex)
    await asUser(handle.db, student, tx => tx.deleteFrom('application_documents').where('application_id', '=', id).execute())
    await expect(asUser(handle.db, student, tx => takeStep(tx, student, id, { action: 'submit', revision })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'mobility.errors.incomplete', missing: ['documents.transcript'] } })
  })
})

describe('demo mobility', () => {
  it('seeds open calls (one standalone, two under the signed exchange agreement) once', async () => {
    const { seedDemoCommunity } = await import('../../server/domain/demo/seed')
    const { seedDemoAgreements } = await import('../../server/domain/demo/agreements')
    const { seedDemoMobility } = await import('../../server/domain/demo/mobility')
    await seedDemoCommunity(handle.db)
    await seedDemoAgreements(handle.db)
    await seedDemoMobility(handle.db)
    await seedDemoMobility(handle.db)
    const open = await asUser(handle.db, null, tx => listCalls(tx, true))
    expect(open.filter(c => ['Spring semester call', 'Thai students to Nanning', 'Teaching visit call'].includes(c.title.en ?? ''))).toHaveLength(3)
  })

  it('seeds applications at different steps through the services, once: nominated, submitted, and one abroad now with an incident', async () => {
    const { seedDemoApplications } = await import('../../server/domain/demo/applications')
    const { diskStore } = await import('../../server/storage/disk-store')
    const store = diskStore(mkdtempSync(join(tmpdir(), 'demo-files-')))
    await seedDemoApplications(handle.db, store)
    await seedDemoApplications(handle.db, store)
    const rows = await asService(handle.db, 'test', tx => tx.selectFrom('applications as a').innerJoin('profiles as p', 'p.id', 'a.applicant_id')
      .select(['a.id', 'p.email', 'a.state', 'a.score']).where('p.email', 'in', ['student.hanoi@demo.example', 'student.phnompenh@demo.example', 'student.bangkok@demo.example'])
      .orderBy('p.email').execute())
    expect(rows.map(r => [r.email, r.state])).toEqual([
      ['student.bangkok@demo.example', 'in_mobility'], ['student.hanoi@demo.example', 'nominated'], ['student.phnompenh@demo.example', 'submitted'],
    ])
    expect(Number(rows[1]!.score)).toBe(86.5)
    // The documents are real files in the store, readable by their owner.
    const transcript = await asService(handle.db, 'test', tx => tx.selectFrom('application_documents as d').innerJoin('files as f', 'f.id', 'd.file_id')
      .select(['f.storage_key', 'f.content_type']).where('d.application_id', '=', rows[1]!.id).executeTakeFirstOrThrow())
    expect(transcript.content_type).toBe('application/pdf')
    expect(Buffer.from((await store.get(transcript.storage_key))!).subarray(0, 5).toString()).toBe('%PDF-')
    // The Thai office and the enterprise see their intern abroad, and the incident with its follow-up note.
    const thaiOffice = await asService(handle.db, 'test', tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', '=', 'partner.thai@demo.example').executeTakeFirstOrThrow())
    const abroad = await asUser(handle.db, thaiOffice, tx => peopleAbroad(tx))
    expect(abroad.map(p => p.application_id)).toContain(rows[0]!.id)
    const incidents = await asUser(handle.db, thaiOffice, tx => incidentsOf(tx, rows[0]!.id))
    expect(incidents).toHaveLength(1)
    expect(incidents[0]!.notes).toHaveLength(1)
    const closed = await asUser(handle.db, null, tx => listCalls(tx, true))
    expect(closed.map(c => c.title.en)).not.toContain('Internship call, Guilin')
  })
})
