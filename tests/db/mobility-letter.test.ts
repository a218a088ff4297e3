import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { invitationDocument, invitationLetter, letterLanguages } from '../../server/domain/mobility/invitation'
import { takeStep } from '../../server/domain/mobility/steps'
import { freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { completeDraft, openExchange } from './mobility-fixtures'
import { personWithRole } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

describe('the acceptance letter', () => {
  it('is written in the host’s language first, then English, or Chinese when asked', () => {
    expect(letterLanguages('CN')).toEqual(['zh', 'en'])
    expect(letterLanguages('TH', 'zh')).toEqual(['th', 'zh'])
    expect(letterLanguages('SG')).toEqual(['en', 'zh'])
  })

  it('is issued only after acceptance, to the applicant and both offices, with the host’s script embedded', async () => {
    const db = handle.db
    const ex = await openExchange(db)
    await asService(db, 'test: a Chinese host', tx => tx.updateTable('institutions').set({ country: 'CN', name: JSON.stringify({ zh: '南宁智能制造职业技术学院', en: 'Nanning Polytechnic' }) }).where('id', '=', ex.host).execute())
    const { student, id, revision } = await completeDraft(db, ex)
    let r = await asUser(db, student, tx => takeStep(tx, student, id, { action: 'submit', revision }))
    r = await asUser(db, ex.homeOffice, tx => takeStep(tx, ex.homeOffice, id, { action: 'nominate', revision: r.revision }))
    await expect(asUser(db, student, tx => invitationLetter(tx, id))).rejects.toMatchObject({ statusCode: 409 })
    await asUser(db, ex.hostOffice, tx => takeStep(tx, ex.hostOffice, id, { action: 'accept', revision: r.revision }))
    for (const who of [student, ex.homeOffice, ex.hostOffice]) {
      const { pdf, filename } = await asUser(db, who, tx => invitationLetter(tx, id))
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC-(Regular|Bold)/)
      expect(filename).toMatch(/-zh-en\.pdf$/)
      if (process.env.KEEP_EXPORTS) writeFileSync(`${process.env.KEEP_EXPORTS}/${filename}`, pdf)
    }
    // The dates read as each language writes them (Chinese 2027年3月1日, English March 1, 2027), not as ISO days.
    const { document } = await asUser(db, student, tx => invitationDocument(tx, id))
    const [chinese, english] = document.data.columns.map(c => c.body)
    expect(chinese).toMatch(/\d{4}年\d{1,2}月\d{1,2}日.*\d{4}年\d{1,2}月\d{1,2}日/)
    expect(english).toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/)
    for (const body of [chinese, english]) expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const outsider = await personWithRole(db, 'outsider', ex.home, 'student')
    await expect(asUser(db, outsider, tx => invitationLetter(tx, id))).rejects.toMatchObject({ statusCode: 404 })
  })
})
