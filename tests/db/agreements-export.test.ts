import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listAgreements } from '../../server/domain/agreements/agreements'
import { agreementPdf } from '../../server/domain/agreements/export-pdf'
import { agreementsXlsx } from '../../server/domain/agreements/export-xlsx'
import { markWordBreaks } from '../../server/documents/pdf'
import { scriptRuns } from '../../server/documents/fonts'
import { freshDatabase } from './helpers'
import { draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

describe('agreement exports', () => {
  it('sets each script in a font that has its glyphs', () => {
    expect(scriptRuns('协议 Agreement ข้อตกลง')).toEqual([
      { text: '协议 ', font: 'Han' }, { text: 'Agreement ', font: 'Latin' }, { text: 'ข้อตกลง', font: 'Thai' },
    ])
    expect(scriptRuns('A → B').map(r => r.font)).toEqual(['Latin', 'Han', 'Latin'])
    expect(scriptRuns('หนานหนิง, 6').map(r => r.font)).toEqual(['Thai', 'Latin'])
    expect(scriptRuns('ကိုယ်စားလှယ် ខ្មែរ ລາວ').map(r => r.font)).toEqual(['Myanmar', 'Khmer', 'Lao'])
  })

  it('marks word boundaries in Thai so long lines can break between words', () => {
    expect(markWordBreaks('แลกเปลี่ยนนักศึกษา', 'th').split('\u200B').length).toBeGreaterThan(1)
    expect(markWordBreaks('plain English', 'en')).toBe('plain English')
  })

  it('renders the agreement in Chinese and Thai side by side with CJK and Thai fonts embedded', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const id = await draftAgreement(handle.db, setup)
    const { pdf, filename } = await asUser(handle.db, setup.staff[1]!, tx => agreementPdf(tx, id, 'zh', 'th'))
    if (process.env.KEEP_EXPORTS) writeFileSync(`${process.env.KEEP_EXPORTS}/${filename}`, pdf)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/NotoSansCJKsc-Regular/)
    expect(raw).toMatch(/NotoSansThai/)
    expect(filename).toMatch(/-v1-zh-th\.pdf$/)
  })

  it('refuses the PDF to someone who is not a party (the draft is invisible to them)', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const outsiders = await partiesWithStaff(handle.db, 1)
    const id = await draftAgreement(handle.db, setup)
    await expect(asUser(handle.db, outsiders.staff[0]!, tx => agreementPdf(tx, id, 'en', 'th'))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('exports the list as XLSX with headers and states in the viewer’s language', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    await draftAgreement(handle.db, setup)
    const list = await asUser(handle.db, setup.staff[0]!, tx => listAgreements(tx, {}))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await agreementsXlsx(list, 'th') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.rowCount).toBe(list.length + 1)
    expect(String(sheet.getCell('B2').value)).not.toBe('bilateral')
    expect(String(sheet.getCell('A2').value)).toBe('ความร่วมมือแลกเปลี่ยนเมคคาทรอนิกส์')
  })
})
