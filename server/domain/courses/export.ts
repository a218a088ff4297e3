import type { Actor, Tx } from '../../db/as-user'
import { allCourseUnits, catalogueInstitution } from './units'
import { catalogueCsv, catalogueWorkbook } from './sheet'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The units the reader may see (the public its active ones, the institution's staff all of them), as a file in the
 * import's header, so an export edited and imported again changes exactly what was edited.
 */
export async function exportCatalogue(tx: Tx, _actor: Actor | null, slug: string, format: 'xlsx' | 'csv', template: boolean) {
  const institution = await catalogueInstitution(tx, slug)
  const units = template ? [] : await allCourseUnits(tx, institution.id)
  const name = `${institution.slug}-courses${template ? '-template' : ''}.${format}`
  if (format === 'csv') return { filename: name, contentType: 'text/csv; charset=utf-8', body: catalogueCsv(units) }
  return { filename: name, contentType: XLSX_TYPE, body: await catalogueWorkbook(units) }
}
