import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { seedDemoCommunity } from '../../server/domain/demo/seed'
import { DEMO_COURSE_UNITS, seedDemoCourses } from '../../server/domain/demo/courses'
import { listCourseUnits } from '../../server/domain/courses/units'
import { courseUnitInputSchema } from '../../shared/schemas/courses'
import { LOCALE_CODES } from '../../shared/locales'
import { freshDatabase } from './helpers'

let handle: DatabaseHandle
beforeAll(async () => {
  handle = await freshDatabase()
  await seedDemoCommunity(handle.db)
})
afterAll(() => handle.close())

describe('demo course catalogues', () => {
  it('every demo unit passes the editor\'s own schema, with its title and description in all ten languages', () => {
    for (const u of DEMO_COURSE_UNITS) {
      expect(courseUnitInputSchema.safeParse({ ...u, learningOutcomes: u.outcomes }).success, u.code).toBe(true)
      expect(Object.keys(u.title).sort(), u.code).toEqual([...LOCALE_CODES].sort())
      expect(Object.keys(u.description).sort(), u.code).toEqual([...LOCALE_CODES].sort())
    }
  })
  it('seeds Nanning\'s and Mekong\'s units once; a visitor finds Mekong\'s Khmer course by its Khmer title', async () => {
    expect(await seedDemoCourses(handle.db)).toBe(DEMO_COURSE_UNITS.length)
    expect(await seedDemoCourses(handle.db)).toBe(0)
    const found = await asUser(handle.db, null, tx => listCourseUnits(tx, null, 'mekong-institute-technology', { q: 'វប្បធម៌ខ្មែរ' }))
    expect(found.units.map(u => u.code)).toEqual(['KHM1101'])
    const nanning = await asUser(handle.db, null, tx => listCourseUnits(tx, null, 'nanning-smart-polytechnic', {}))
    expect(nanning.units.map(u => u.code)).toEqual(['CHN1001', 'PLC1203', 'ROB2101'])
  })
})
