import { planExportQuerySchema, planYearParam } from '#shared/schemas/activity-plans'
import { planXlsx } from '../../../../domain/calendar/plan-export'

/** The plan as XLSX, its texts in two chosen languages side by side: ?left=zh&right=th. */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const { left, right } = queryValid(event, planExportQuerySchema)
  const { xlsx, filename } = await withSignedIn(event, (tx, actor) => planXlsx(tx, actor, year, left, right))
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return xlsx
})
