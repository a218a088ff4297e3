import { describe, expect, it } from 'vitest'
import { attachmentDisposition, cleanFilename, downloadFilename } from '../../server/domain/files/filename'

describe('file names', () => {
  it('drop bidi overrides, isolates, marks and zero-width characters', () => {
    expect(cleanFilename('photo\u202Egnp.exe')).toBe('photognp.exe')
    expect(cleanFilename('\u2066a\u2069\u200E\u200F\u202A\u202Bb\u202C\u202D.pdf')).toBe('ab.pdf')
    expect(cleanFilename('in\u200Bvoi\u2060ce\uFEFF.pdf')).toBe('invoice.pdf')
    expect(cleanFilename('C:\\Users\\me\\成绩单.pdf')).toBe('成绩单.pdf')
    expect(cleanFilename('\u202E')).toBe('file')
  })
  it('download with the extension of the sniffed type, keeping the name', () => {
    expect(downloadFilename('invoice.html', 'application/pdf')).toBe('invoice.pdf')
    expect(downloadFilename('scan', 'image/png')).toBe('scan.png')
    expect(downloadFilename('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG')
    expect(downloadFilename('ใบรับรอง.pdf', 'application/pdf')).toBe('ใบรับรอง.pdf')
    expect(downloadFilename('photo\u202Egnp.exe', 'image/png')).toBe('photognp.png')
  })
  it('put the exact name in filename* and a plain ASCII one in filename', () => {
    const header = attachmentDisposition('成绩单 (1).pdf')
    expect(header).toContain('filename="___ (1).pdf"')
    expect(header).toContain('filename*=UTF-8\'\'%E6%88%90%E7%BB%A9%E5%8D%95%20%281%29.pdf')
    expect(attachmentDisposition('a";b.pdf')).toContain('filename="a__b.pdf"')
  })
})
