import { describe, expect, it } from 'vitest'
import { csvDocument, csvField } from '../../server/domain/evaluation/analytics/csv'

describe('CSV of raw answers', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })
  it('defuses text a spreadsheet would run as a formula, but keeps numbers', () => {
    expect(csvField('=SUM(A1:A9)')).toBe(`'=SUM(A1:A9)`)
    expect(csvField('+66 81 234 5678')).toBe(`'+66 81 234 5678`)
    expect(csvField('-1')).toBe(`'-1`)
    expect(csvField('@cmd')).toBe(`'@cmd`)
    expect(csvField(-1)).toBe('-1')
    expect(csvField(null)).toBe('')
  })
  it('starts with a byte-order mark and ends lines with CRLF, so Excel reads Khmer and Thai', () => {
    const doc = csvDocument(['q', 'text'], [['comment', 'ល្អណាស់'], ['comment', 'ดีมาก']])
    expect(doc).toBe('\uFEFFq,text\r\ncomment,ល្អណាស់\r\ncomment,ดีมาก\r\n')
  })
})
