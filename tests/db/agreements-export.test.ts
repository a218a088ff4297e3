import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listAgreements } from '../../server/domain/agreements/agreements'
import { agreementDocument, agreementPdf } from '../../server/domain/agreements/export-pdf'
import { agreementsXlsx } from '../../server/domain/agreements/export-xlsx'
import { fontStack } from '../../server/documents/fonts'
import { freshDatabase } from './helpers'
import { draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

describe('agreement exports', () => {
  it('sets each column in Noto Sans and its locale’s font (Chinese: its own first), with every other script to fall back on', () => {
    expect(fontStack('th').slice(0, 2)).toEqual(['Noto Sans', 'Noto Sans Thai'])
    expect(fontStack('zh')[0]).toBe('Noto Sans SC')
    expect(fontStack('my')).toHaveLength(6)
    expect(new Set(fontStack('vi'))).toEqual(new Set(fontStack('km')))
  })

  it('renders the agreement in Chinese and Thai side by side with CJK and Thai fonts embedded', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const id = await draftAgreement(handle.db, setup)
    const { pdf, filename } = await asUser(handle.db, setup.staff[1]!, tx => agreementPdf(tx, id, 'zh', 'th'))
    if (process.env.KEEP_EXPORTS) writeFileSync(`${process.env.KEEP_EXPORTS}/${filename}`, pdf)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    // Each column's script embedded in its own font (subset, hence the six-letter tag); the titles are in the metadata.
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC-(Regular|Bold)/)
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansThai-(Regular|Bold)/)
    expect(pdf.toString('utf8')).toContain('<dc:title>')
    expect(filename).toMatch(/-v1-zh-th\.pdf$/)
  })

  it('prints fields of study, languages and dates in each column\'s language, never as codes', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const id = await draftAgreement(handle.db, setup)
    const { document } = await asUser(handle.db, setup.staff[0]!, tx => agreementDocument(tx, id, 'th', 'zh'))
    const [thai, chinese] = document.data.columns.map(c => c.rows.map(r => `${r.label}: ${r.value}`).join('\n'))
    expect(thai).toContain('0714 อิเล็กทรอนิกส์และระบบอัตโนมัติ')
    expect(thai).toContain('ภาษา อังกฤษ ระดับ B1')
    expect(thai).not.toContain('ภาษา en')
    expect(thai).toContain('1 กันยายน 2569 – 31 สิงหาคม 2574')
    expect(chinese).toContain('0714 电子与自动化')
    expect(chinese).toContain('英语')
    expect(chinese).toContain('2026年9月1日 – 2031年8月31日')
    for (const column of [thai, chinese]) {
      expect(column).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    }
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
