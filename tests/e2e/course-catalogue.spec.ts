import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { DEMO, gotoHydrated, personIn, t } from './helpers'

const NANNING = 'nanning-smart-polytechnic'

/** A catalogue sheet as an office fills in the template: Chinese titles, one also in Khmer. */
async function catalogueXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('courses')
  sheet.addRow(['code', 'title_zh', 'title_km', 'credits', 'contact_hours', 'workload_hours', 'eqf_level', 'isced_field', 'languages', 'term'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

test.describe('course catalogue', () => {
  test.describe.configure({ timeout: 180_000 })

  test('Nanning\'s office imports an XLSX in zh — a bad row first, nothing written — and a Khmer reader finds the course by searching in km', async ({ browser }) => {
    const office = await personIn(browser, DEMO.office, 'zh')
    await gotoHydrated(office, `/zh/institutions/${NANNING}`)
    await office.getByTestId('institution-courses-link').click()
    await office.getByTestId('course-office-link').click()
    await expect(office.getByRole('heading', { level: 1 })).toHaveText(t('zh', 'courses.office.title'))

    const file = office.getByTestId('import-file')
    await file.setInputFiles({ name: 'catalogue.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await catalogueXlsx([
      ['MEC3301', '机电一体化技术', 'បច្ចេកវិទ្យាមេកាត្រូនិក', 3, 48, 96, 5, '0714', 'zh km', 'autumn'],
      ['MEC3302', '液压与气动', '', 'three', 32, 64, 5, '0715', 'zh', 'spring'],
    ]) })
    await office.getByTestId('import-run').click()
    await expect(office.getByTestId('import-summary')).toHaveText(t('zh', 'courses.office.notWritten', { valid: 1, rows: 2 }))
    const errors = office.getByTestId('import-errors')
    await expect(errors).toContainText('credits')
    await expect(errors).toContainText(t('zh', 'courses.import.row.notANumber', { value: 'three' }))

    await file.setInputFiles({ name: 'catalogue.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await catalogueXlsx([
      ['MEC3301', '机电一体化技术', 'បច្ចេកវិទ្យាមេកាត្រូនិក', 3, 48, 96, 5, '0714', 'zh km', 'autumn'],
      ['MEC3302', '液压与气动', '', 3, 32, 64, 5, '0715', 'zh', 'spring'],
    ]) })
    await office.getByTestId('import-run').click()
    await expect(office.getByTestId('import-summary')).toHaveText(t('zh', 'courses.office.written', { created: 2, updated: 0 }))

    // A Khmer reader, not signed in, searches the public catalogue in Khmer.
    const reader = await (await browser.newContext()).newPage()
    await gotoHydrated(reader, `/km/institutions/${NANNING}/courses`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(t('km', 'courses.catalogue'))
    await reader.getByTestId('course-search').fill('មេកាត្រូនិក')
    await expect(reader.getByTestId('course-row')).toHaveCount(1)
    await expect(reader.getByTestId('course-row')).toContainText('បច្ចេកវិទ្យាមេកាត្រូនិក')
    await reader.getByTestId('course-search').fill('')
    await reader.getByTestId('course-filter-term').selectOption('spring')
    // The hydraulics course has no Khmer title: it is shown in Chinese, marked as such.
    const hydraulics = reader.getByTestId('course-row').filter({ hasText: 'MEC3302' })
    await expect(hydraulics).toContainText('液压与气动')
    await expect(hydraulics).toContainText('(中文)')
    await reader.getByTestId('course-row').filter({ hasText: 'MEC3302' }).getByRole('link').click()
    await expect(reader.getByTestId('course-title')).toContainText('MEC3302')
    await expect(reader.getByTestId('course-facts')).toContainText(t('km', 'courses.terms.spring'))
  })
})
