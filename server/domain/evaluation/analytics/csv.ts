/**
 * CSV as spreadsheets read it: RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled),
 * CRLF line ends, a byte-order mark so Excel reads UTF-8 (Thai, Khmer, Chinese…), and formula injection guarded: a text
 * starting with = + - @ (or a tab or carriage return) is prefixed with ' so no spreadsheet runs it.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvDocument(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`
}
