import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listTranslationQueue } from '../../server/domain/translations/queue'
import { saveTranslation } from '../../server/domain/translations/save'
import type { LocaleCode } from '../../shared/locales'
import type { TranslationQueueFilter, TranslationSave } from '../../shared/translations/fields'
import { createPerson, freshDatabase } from './helpers'
import { openExchange, type Exchange } from './mobility-fixtures'
import { createBodyRow, createMeetingRow, seat } from './governance-fixtures'
import { createSecretariat, personWithRole, serviceRow } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

// The host holds its name (en, th), a program (title en, zh; the other texts empty) and a call (title en): 3 fields to translate.
// The home is another institution with its own office; a student of the host and a person of nowhere translate nothing.
let ex: Exchange, sec: Actor, student: Actor, outsider: Actor, bodyId: string, meetingId: string
beforeAll(async () => {
  ex = await openExchange(handle.db)
  sec = await createSecretariat(handle.db)
  student = await personWithRole(handle.db, 'student', ex.host, 'student')
  outsider = await createPerson(handle.db, 'outsider')
  bodyId = await createBodyRow(handle.db, 'working_group', { en: 'Working group on translation', zh: '翻译工作组' })
  meetingId = await createMeetingRow(handle.db, bodyId)
})

const queue = (actor: Actor, filter: Partial<TranslationQueueFilter> = {}, reader: LocaleCode = 'en') =>
  asUser(handle.db, actor, tx => listTranslationQueue(tx, actor, { page: 1, ...filter }, reader))
const save = (actor: Actor, input: Omit<TranslationSave, 'kind'> & { kind?: TranslationSave['kind'] }) =>
  asUser(handle.db, actor, tx => saveTranslation(tx, { kind: 'institution', ...input }))
const bodyName = async () => (await asService(handle.db, 'test', tx => tx.selectFrom('governance_bodies').select('name')
  .where('id', '=', bodyId).executeTakeFirstOrThrow())).name
const progressIn = async (actor: Actor, locale: LocaleCode) => (await queue(actor)).progress.find(p => p.locale === locale)!

describe('the queue of a staff member', () => {
  it('lists only their institution\'s content, with progress per language over it', async () => {
    const reply = await queue(ex.hostOffice, { locale: 'km' })
    const ids = new Set(reply.items.map(i => i.id))
    expect(ids).toEqual(new Set([ex.host, ex.programId, ex.callId]))
    const of = (code: LocaleCode) => reply.progress.find(p => p.locale === code)
    expect(of('en')).toEqual({ locale: 'en', filled: 3, total: 3, percent: 100 })
    expect(of('th')).toEqual({ locale: 'th', filled: 1, total: 3, percent: 33 })
    expect(of('km')).toEqual({ locale: 'km', filled: 0, total: 3, percent: 0 })
    expect(reply.kinds).toEqual(['institution', 'program', 'call', 'meeting', 'decision', 'activity', 'venue'])
    expect(reply.institutions.map(i => i.id)).toEqual([ex.host])
  })

  it('opens on the first language with gaps, and lists a field empty in every language nowhere', async () => {
    const reply = await queue(ex.hostOffice)
    expect(reply.locale).toBe('zh')
    expect(reply.items.map(i => `${i.kind}.${i.field}`).sort()).toEqual(['call.title', 'institution.name'])
    expect(reply.items.some(i => i.field === 'description' || i.field === 'costs')).toBe(false)
  })

  it('shows the source in the reader\'s own language first, then English, then Chinese', async () => {
    const name = (reply: Awaited<ReturnType<typeof queue>>) => reply.items.find(i => i.kind === 'institution')!.source
    expect(name(await queue(ex.hostOffice, { locale: 'km' }, 'th')).locale).toBe('th')
    expect(name(await queue(ex.hostOffice, { locale: 'km' }, 'vi')).locale).toBe('en')
    const title = (await queue(ex.hostOffice, { locale: 'km', kind: 'program' }, 'zh')).items[0]!.source
    expect(title).toEqual({ text: '机电一体化学期交流', locale: 'zh' })
  })

  it('filters by kind and institution; another institution\'s content stays out even when asked for', async () => {
    expect((await queue(ex.hostOffice, { locale: 'km', kind: 'call' })).items.map(i => i.id)).toEqual([ex.callId])
    const other = await queue(ex.hostOffice, { locale: 'km', institutionId: ex.home })
    expect(other.items).toEqual([])
    expect(other.progress.every(p => p.total === 0)).toBe(true)
  })

  it('refuses students and people of no institution (403)', async () => {
    await expect(queue(student)).rejects.toMatchObject({ statusCode: 403 })
    await expect(queue(outsider)).rejects.toMatchObject({ statusCode: 403 })
  })
})

describe('a body\'s member', () => {
  it('translates the meetings of the body they sit on; staff who sit elsewhere neither see nor write them', async () => {
    const member = await personWithRole(handle.db, 'member', ex.home, 'office_staff')
    await seat(handle.db, bodyId, member, ex.home)
    const reply = await queue(member, { locale: 'km', kind: 'meeting' })
    expect(reply.items.map(i => `${i.id}.${i.field}`)).toEqual([`${meetingId}.title`, `${meetingId}.agenda`])
    await asUser(handle.db, member, tx => saveTranslation(tx, { kind: 'meeting', id: meetingId, field: 'agenda', locale: 'km', text: 'ថវិកា' }))
    expect((await queue(member, { locale: 'km', kind: 'meeting' })).items.map(i => i.field)).toEqual(['title'])
    expect((await queue(ex.hostOffice, { locale: 'km', kind: 'meeting' })).items).toEqual([])
    await expect(asUser(handle.db, ex.hostOffice, tx => saveTranslation(tx, { kind: 'meeting', id: meetingId, field: 'title', locale: 'km', text: 'ប្រជុំ' })))
      .rejects.toMatchObject({ statusCode: 404 })
  })
})

describe('the secretariat\'s queue', () => {
  it('holds everyone\'s content, governance included', async () => {
    const reply = await queue(sec, { locale: 'km' })
    const ids = new Set(reply.items.map(i => i.id))
    for (const id of [ex.host, ex.home, ex.programId, ex.callId, bodyId]) expect(ids.has(id)).toBe(true)
    expect(reply.items.some(i => i.id === meetingId && i.field === 'title')).toBe(true)
    expect(reply.kinds).toContain('body')
  })

  it('narrowed to one institution, shows that institution\'s content only', async () => {
    const reply = await queue(sec, { locale: 'km', institutionId: ex.home })
    expect(reply.items.map(i => i.id)).toEqual([ex.home])
  })
})

describe('saving one field in one language', () => {
  it('writes only that language\'s key, keeps the others, and moves the progress', async () => {
    const before = await progressIn(ex.hostOffice, 'km')
    await save(ex.hostOffice, { id: ex.host, field: 'name', locale: 'km', text: 'វិទ្យាស្ថានសាកល្បង' })
    const row = await serviceRow(handle.db, 'institutions', ex.host)
    expect(row!.name).toEqual({ en: expect.any(String), th: expect.any(String), km: 'វិទ្យាស្ថានសាកល្បង' })
    expect(await progressIn(ex.hostOffice, 'km')).toMatchObject({ filled: before.filled + 1, total: before.total })
    const left = await queue(ex.hostOffice, { locale: 'km' })
    expect(left.items.some(i => i.id === ex.host && i.field === 'name')).toBe(false)
  })

  it('two languages saved one after the other both stay', async () => {
    await save(ex.hostOffice, { kind: 'call', id: ex.callId, field: 'title', locale: 'lo', text: 'ປະກາດຮັບສະໝັກ 2027' })
    const burmese = '၂၀၂၇ လျှောက်လွှာခေါ်ယူမှု'
    await save(ex.hostOffice, { kind: 'call', id: ex.callId, field: 'title', locale: 'my', text: burmese })
    const row = await asService(handle.db, 'test', tx => tx.selectFrom('calls').select('title').where('id', '=', ex.callId).executeTakeFirstOrThrow())
    expect(row.title).toEqual({ en: 'Spring 2027 exchange call', lo: 'ປະກາດຮັບສະໝັກ 2027', my: burmese })
  })

  it('is audited with its author, as every other write', async () => {
    await save(ex.hostOffice, { kind: 'program', id: ex.programId, field: 'title', locale: 'vi', text: 'Học kỳ cơ điện tử' })
    const audit = await asService(handle.db, 'test', tx => tx.selectFrom('audit_log').select(['actor_id', 'action', 'after'])
      .where('entity', '=', 'programs').where('entity_id', '=', ex.programId).where('action', '=', 'update').execute())
    expect(audit.some(a => a.actor_id === ex.hostOffice.id && JSON.stringify(a.after).includes('Học kỳ cơ điện tử'))).toBe(true)
  })

  it('staff of another institution cannot write it (403), through the service or the table itself', async () => {
    await expect(save(ex.homeOffice, { id: ex.host, field: 'name', locale: 'fil', text: 'Institusyong Pansubok' })).rejects.toMatchObject({ statusCode: 403 })
    await expect(save(ex.homeOffice, { kind: 'program', id: ex.programId, field: 'title', locale: 'fil', text: 'Semestre' })).rejects.toMatchObject({ statusCode: 403 })
    const direct = await asUser(handle.db, ex.homeOffice, tx => tx.updateTable('institutions')
      .set({ name: JSON.stringify({ fil: 'Institusyong Pansubok' }) }).where('id', '=', ex.host).returning('id').execute())
    expect(direct).toEqual([])
    expect((await serviceRow(handle.db, 'institutions', ex.host))!.name.fil).toBeUndefined()
  })

  it('a student cannot write their institution\'s name; a secretariat-only body is not the staff\'s to write', async () => {
    await expect(save(student, { id: ex.host, field: 'name', locale: 'id', text: 'Institut Uji' })).rejects.toMatchObject({ statusCode: 403 })
    await expect(save(ex.hostOffice, { kind: 'body', id: bodyId, field: 'name', locale: 'id', text: 'Kelompok kerja' })).rejects.toMatchObject({ statusCode: 403 })
    expect((await bodyName()).id).toBeUndefined()
  })

  it('the secretariat writes a body\'s name; an unknown record is 404', async () => {
    await save(sec, { kind: 'body', id: bodyId, field: 'name', locale: 'ms', text: 'Kumpulan kerja terjemahan' })
    expect(await bodyName()).toEqual({ en: 'Working group on translation', zh: '翻译工作组', ms: 'Kumpulan kerja terjemahan' })
    await expect(save(sec, { id: '00000000-0000-4000-8000-000000000000', field: 'name', locale: 'ms', text: 'Tiada' })).rejects.toMatchObject({ statusCode: 404 })
  })
})
