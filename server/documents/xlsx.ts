import ExcelJS from 'exceljs'

export interface ListColumn {
  header: string
  key: string
  width: number
  /** An Excel number format for the whole column, e.g. 'yyyy-mm-dd'. */
  numFmt?: string
}

/** One sheet of rows under a bold, frozen, filterable header row: the shape of every list the portal exports. */
export async function listWorkbook(sheetTitle: string, columns: ListColumn[], rows: Record<string, unknown>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'China–ASEAN exchange portal'
  const sheet = workbook.addWorksheet(sheetTitle.slice(0, 31)) // Excel's limit for sheet names
  sheet.columns = columns.map(({ header, key, width }) => ({ header, key, width }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  for (const row of rows) sheet.addRow(row)
  for (const c of columns) if (c.numFmt) sheet.getColumn(c.key).numFmt = c.numFmt
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
