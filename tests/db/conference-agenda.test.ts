import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inflateSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addProgrammeSession, placeSubmission, publishProgramme } from '../../server/domain/conferences/programme'
import { assignReviewer, decide } from '../../server/domain/conferences/reviews'
import { uploadCameraReady } from '../../server/domain/conferences/submissions'
import { agendaFile, myAgenda, starTalk, unstarTalk } from '../../server/domain/conferences/agenda'
import { readProgramme } from '../../server/domain/conferences/programme-views'
import { abstractsBook, programmeXlsx } from '../../server/domain/conferences/programme-documents'
import { renderPdf } from '../../server/documents/pdf'
import { personalFeed } from '../../server/domain/calendar/personal-feed'
import { eraseAccount } from '../../server/domain/privacy/erase'
import { collectPersonalData } from '../../server/domain/privacy/export'
import type { FileStore } from '../../server/storage/file-store'
import { decisionSchema, programmeSessionSchema, programmeSlotSchema } from '../../shared/schemas/conferences'
import { createPerson, freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { PERMISSION_DENIED, RLS_VIOLATION, attemptAndRollBack, createFileRow } from './rls-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let talk: string, unscheduled: string, listener: Actor
const ctx = { locale: 'en' as const, baseUrl: 'https://portal.example', now: new Date('2027-03-01T00:00:00Z') }

/** An accepted talk of the Thai author, camera-ready. */
async function acceptedTalk(reviewerId: string) {
  const id = await submissionBy(db, w)
  await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId: id, reviewerId, dueAt: null }))
  await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
  const file = await createFileRow(db, w.thaiAuthor)
  await asUser(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, file))
  return id
}
const stars = (actor: Actor) => asUser(db, actor, tx => tx.selectFrom('conference_agenda_items').select(['person_id', 'submission_id']).execute())

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  listener = await createPerson(db, 'listener')
  const reviewerId = await acceptedReviewer(db, w, w.zhReviewer)
  talk = await acceptedTalk(reviewerId)
  unscheduled = await acceptedTalk(reviewerId)
  const session = await asUser(db, w.chair, tx => addProgrammeSession(tx, w.conferenceId, programmeSessionSchema.parse({
    roomId: w.setup.roomIds[1], title: { en: 'Internships', th: 'การฝึกงาน' }, startsAtLocal: '2027-03-15T09:00', endsAtLocal: '2027-03-15T10:30',
    language: 'en', interpretationLanguages: ['zh', 'th'], chairIds: [w.zhReviewer.id],
  })))
  await asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({
    sessionId: session, submissionId: talk, startsAtLocal: '2027-03-15T09:30', endsAtLocal: '2027-03-15T10:00',
  })))
})
afterAll(() => handle.close())

describe('the programme before and after publication', () => {
  it('is hidden (404) from the public and other members until published; chairs see it, titles in the reader\'s language with the fallback marked', async () => {
    await expect(asUser(db, null, tx => readProgramme(tx, w.conferenceId, 'th'))).rejects.toMatchObject({ statusCode: 404 })
    await expect(asUser(db, listener, tx => readProgramme(tx, w.conferenceId, 'th'))).rejects.toMatchObject({ statusCode: 404 })
    const draft = await asUser(db, w.chair, tx => readProgramme(tx, w.conferenceId, 'th'))
    expect(draft.publishedAt).toBeNull()
    expect(draft.sessions[0]!.title).toEqual({ text: 'การฝึกงาน', locale: 'th', isFallback: false })
    // A star on an unpublished programme is refused: nothing to put in an agenda yet.
    await expect(asUser(db, listener, tx => starTalk(tx, listener, w.conferenceId, talk))).rejects.toMatchObject({ statusCode: 404 })
    await asUser(db, w.chair, tx => publishProgramme(tx, w.conferenceId))
    const read = await asUser(db, null, tx => readProgramme(tx, w.conferenceId, 'my'))
    const shown = read.sessions[0]!
    expect(shown.title).toEqual({ text: 'Internships', locale: 'en', isFallback: true })
    expect(shown.talks.map(t => t.submissionId)).toEqual([talk])
    expect(shown.talks[0]!.speakers.map(s => [s.name, s.country])).toEqual([['Malee Srisuk', 'TH'], ['Nguyễn Văn An', 'VN']])
    expect(shown.talks[0]!.speakers[0]!.institution).toBeTruthy()
    // The session's chair is named to a visitor too (profiles themselves stay private).
    expect(shown.chairs).toEqual([{ personId: w.zhReviewer.id, name: expect.stringMatching(/zh-reviewer/) }])
  })
})

describe('conference_agenda_items (row-level security)', () => {
  it('a person stars a talk of a published programme, once; sees only their own stars', async () => {
    await asUser(db, listener, tx => starTalk(tx, listener, w.conferenceId, talk))
    await asUser(db, listener, tx => starTalk(tx, listener, w.conferenceId, talk))
    await asUser(db, w.thaiAuthor, tx => starTalk(tx, w.thaiAuthor, w.conferenceId, talk))
    expect(await stars(listener)).toEqual([{ person_id: listener.id, submission_id: talk }])
    expect(await stars(w.thaiAuthor)).toEqual([{ person_id: w.thaiAuthor.id, submission_id: talk }])
    // The chair of the conference sees nobody's stars; a visitor none either.
    expect(await stars(w.chair)).toEqual([])
    const anon = await attemptAndRollBack(db, null, tx => tx.selectFrom('conference_agenda_items').select('person_id').execute())
    expect(anon.message).toMatch(PERMISSION_DENIED)
    expect(await asUser(db, listener, tx => myAgenda(tx, listener, w.conferenceId))).toEqual({ submissionIds: [talk], ownIds: [] })
    // The talk's author gives it (the unscheduled one is not a talk yet): it is on their agenda, starred or not.
    expect(await asUser(db, w.thaiAuthor, tx => myAgenda(tx, w.thaiAuthor, w.conferenceId))).toEqual({ submissionIds: [talk], ownIds: [talk] })
  })

  it('nobody stars for someone else, nor a talk that is not in the published programme, nor changes a star', async () => {
    const forOther = await attemptAndRollBack(db, listener, tx => tx.insertInto('conference_agenda_items')
      .values({ person_id: w.zhReviewer.id, submission_id: talk }).execute())
    expect(forOther.message).toMatch(RLS_VIOLATION)
    const notInProgramme = await attemptAndRollBack(db, listener, tx => tx.insertInto('conference_agenda_items')
      .values({ person_id: listener.id, submission_id: unscheduled }).execute())
    expect(notInProgramme.message).toMatch(RLS_VIOLATION)
    await expect(asUser(db, listener, tx => starTalk(tx, listener, w.conferenceId, unscheduled))).rejects.toMatchObject({ statusCode: 404 })
    const update = await attemptAndRollBack(db, listener, tx => tx.updateTable('conference_agenda_items')
      .set({ submission_id: unscheduled }).where('person_id', '=', listener.id).execute())
    expect(update.message).toMatch(PERMISSION_DENIED)
    // Deleting another's star removes nothing.
    const removed = await asUser(db, listener, tx => tx.deleteFrom('conference_agenda_items').where('person_id', '=', w.thaiAuthor.id).executeTakeFirst())
    expect(Number(removed.numDeletedRows)).toBe(0)
    expect(await stars(w.thaiAuthor)).toHaveLength(1)
  })

  it('every star and unstar is audited with who did it', async () => {
    await asUser(db, w.thaiAuthor, tx => unstarTalk(tx, w.thaiAuthor, w.conferenceId, talk))
    expect(await stars(w.thaiAuthor)).toEqual([])
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'before', 'after'])
      .where('entity', '=', 'conference_agenda_items').execute())
    expect(rows.filter(r => r.before === null).map(r => r.actor_id).sort()).toEqual([listener.id, w.thaiAuthor.id].sort())
    expect(rows.filter(r => r.after === null).map(r => r.actor_id)).toEqual([w.thaiAuthor.id])
  })
})

describe('the person\'s data', () => {
  it('their export lists the talks they starred, and nobody else\'s', async () => {
    const noFiles: FileStore = { put: async () => {}, putFile: async () => {}, get: async () => null, delete: async () => {} }
    const data = await asUser(db, listener, tx => collectPersonalData(tx, noFiles, listener))
    const conferences = data.areas.conferences as { agenda: { submission_id: string }[] }
    expect(conferences.agenda.map(a => a.submission_id)).toEqual([talk])
  })

  it('erasing an account removes its stars, not others\'', async () => {
    const leaving = await createPerson(db, 'leaving')
    await asUser(db, leaving, tx => starTalk(tx, leaving, w.conferenceId, talk))
    const noFiles: FileStore = { put: async () => {}, putFile: async () => {}, get: async () => null, delete: async () => {} }
    await asService(db, 'test: erase account', tx => eraseAccount(tx, noFiles, leaving.id))
    const left = await asService(db, 'test check', tx => tx.selectFrom('conference_agenda_items').select('person_id').where('submission_id', '=', talk).execute())
    expect(left.map(r => r.person_id)).not.toContain(leaving.id)
    expect(left.map(r => r.person_id)).toContain(listener.id)
  })
})

describe('the agenda in iCal', () => {
  it('the conference\'s .ics and the person\'s private feed hold the starred talk at its slot, in the venue\'s zone (TZID)', async () => {
    const file = await asUser(db, listener, tx => agendaFile(tx, listener, w.conferenceId, ctx))
    expect(file).toMatch(/DTSTART;TZID=Asia\/Shanghai:20270315T093000/)
    expect(file).toMatch(/DTEND;TZID=Asia\/Shanghai:20270315T100000/)
    expect(file).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Asia\/Shanghai/)
    expect(file).toContain('Cross-border internships in vocational education')
    const feed = await asUser(db, listener, tx => personalFeed(tx, listener, ctx))
    expect(feed).toMatch(/DTSTART;TZID=Asia\/Shanghai:20270315T093000/)
    // The author's own talk is in their file without a star (they unstarred it above), once.
    const own = await asUser(db, w.thaiAuthor, tx => agendaFile(tx, w.thaiAuthor, w.conferenceId, ctx))
    expect(own.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(own).toMatch(/DTSTART;TZID=Asia\/Shanghai:20270315T093000/)
    // Someone who starred nothing has no talk in their feed.
    const other = await asUser(db, w.zhReviewer, tx => personalFeed(tx, w.zhReviewer, ctx))
    expect(other).not.toContain('Cross-border internships')
  })
})

describe('the programme as XLSX', () => {
  it('renders one row per talk, times in the venue\'s zone, headers in the reader\'s language', async () => {
    const buffer = await asUser(db, null, tx => programmeXlsx(tx, w.conferenceId, 'th'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header[0]).toBe('เริ่ม (Asia/Shanghai)')
    const row = (sheet.getRow(2).values as unknown[]).slice(1)
    expect(row.slice(0, 2)).toEqual(['2027-03-15 09:00', '10:30'])
    expect(row[3]).toBe('การฝึกงาน')
    expect(row[5]).toBe('การฝึกงานข้ามพรมแดนในอาชีวศึกษา')
    expect(String(row[6])).toContain('Nguyễn Văn An')
    expect(sheet.rowCount).toBe(2)
  })
})

/** The text a PDF's fonts map their glyphs to (their ToUnicode maps, plain or compressed): what copying or searching it gives. */
function pdfFontText(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const chunks: string[] = []
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map(u => parseInt(u, 16)))
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    let body = raw.slice(start, end)
    try { body = inflateSync(pdf.subarray(start, end)).toString('latin1') }
    catch { /* stored uncompressed */ }
    for (const block of body.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) chunks.push(utf16(pair[2]!))
    }
    for (const block of body.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
        const count = parseInt(range[2]!, 16) - parseInt(range[1]!, 16)
        for (let i = 0; i <= count; i++) chunks.push(String.fromCharCode(parseInt(range[3]!, 16) + i))
      }
    }
  }
  return chunks.join('')
}

describe('the book of abstracts', () => {
  it('renders a PDF in every script: Myanmar labels for a Myanmar reader, the Thai title as written, with their fonts', async () => {
    // The talk's title in Thai only: a Myanmar reader gets it as written, in Thai.
    await asService(db, 'test fixture', tx => tx.updateTable('conference_submissions')
      .set({ title: JSON.stringify({ th: 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา' }) }).where('id', '=', talk).execute())
    const { document, filename } = await asUser(db, null, tx => abstractsBook(tx, w.conferenceId, 'my'))
    expect(filename).toMatch(/\.pdf$/)
    expect(document.data.entries.map(e => e.title.text)).toEqual(['การฝึกงานข้ามพรมแดนในอาชีวศึกษา'])
    expect(document.data.entries[0]!.title.lang).toBe('th')
    expect(document.data.entries[0]!.heading.when).toMatch(/^2027-03-15 09:30 \(Asia\/Shanghai\)/)
    const pdf = await renderPdf(document)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansThai/)
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansMyanmar/)
    const text = pdfFontText(pdf)
    const thai = 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา'
    const myanmar = 'အနှစ်ချုပ်များ စာအုပ်'
    for (const ch of [...thai, ...myanmar].filter(c => c.trim())) expect(text, ch).toContain(ch)
    // A reader who may not see the programme gets no book.
    await expect(asUser(db, null, tx => abstractsBook(tx, '00000000-0000-4000-8000-000000000000', 'th'))).rejects.toMatchObject({ statusCode: 404 })
  }, 60_000)
})
