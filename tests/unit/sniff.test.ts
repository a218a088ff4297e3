import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { sniffContentType, sniffFileContentType } from '../../server/storage/sniff'

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

describe('sniffContentType', () => {
  it('reads the type from the bytes, not the file name', async () => {
    expect(await sniffContentType(PNG)).toBe('image/png')
    expect(await sniffContentType(PDF)).toBe('application/pdf')
  })

  it('refuses what is not on the list, whatever it claims to be', async () => {
    expect(await sniffContentType(new TextEncoder().encode('<html><script>alert(1)</script></html>'))).toBeNull()
    expect(await sniffContentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))).toBeNull()
  })
})

describe('sniffFileContentType', () => {
  it('reads an uploaded file on disk as far as the signature needs, including zip-based Office files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sniff-'))
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Quotas').addRow(['Nanning', 3])
    writeFileSync(join(dir, 'quotas.xlsx'), Buffer.from(await book.xlsx.writeBuffer()))
    writeFileSync(join(dir, 'page.pdf'), '<html><script>alert(1)</script></html>')
    writeFileSync(join(dir, 'photo'), PNG)
    expect(await sniffFileContentType(join(dir, 'quotas.xlsx'))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(await sniffFileContentType(join(dir, 'photo'))).toBe('image/png')
    expect(await sniffFileContentType(join(dir, 'page.pdf'))).toBeNull()
  })
})
