import { z } from 'zod'
import { courseCode } from '#shared/schemas/courses'
import { getCourseUnit } from '../../../../domain/courses/units'

export default defineEventHandler((event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const code = paramValid(event, 'code', courseCode)
  return withActor(event, (tx, actor) => getCourseUnit(tx, actor, slug, code))
})
