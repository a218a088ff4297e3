import { gradeConvertSchema } from '#shared/schemas/credits'
import { convertGrade } from '../../../domain/credits/grades'

/** Converts a grade with its scale by a fixed table or two grading tables the person may read (404 otherwise). */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, gradeConvertSchema)
  return withSignedIn(event, async tx => convertGrade(tx, input))
})
