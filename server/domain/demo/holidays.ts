import { asService } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import type { PeriodKind } from '../../../shared/calendar/holidays'
import { seedHolidays } from '../calendar/holidays'

interface DemoPeriod { institution: string; kind: PeriodKind; startsOn: string; endsOn: string; name: LocalizedText }

// Academic calendars of two partners, so scheduling warnings have exam periods to find.
const PERIODS: DemoPeriod[] = [
  { institution: 'chao-phraya-technical', kind: 'term', startsOn: '2026-11-02', endsOn: '2027-03-05',
    name: { th: 'ภาคเรียนที่ 2/2569', en: 'Second semester 2026/27', zh: '2026/27学年第二学期' } },
  { institution: 'chao-phraya-technical', kind: 'exam', startsOn: '2027-02-22', endsOn: '2027-03-05',
    name: { th: 'สอบปลายภาค', en: 'Final examinations', zh: '期末考试' } },
  { institution: 'red-river-tech-university', kind: 'exam', startsOn: '2027-01-04', endsOn: '2027-01-22',
    name: { vi: 'Thi cuối học kỳ I', en: 'First-semester examinations', zh: '第一学期期末考试' } },
  { institution: 'red-river-tech-university', kind: 'break', startsOn: '2027-01-25', endsOn: '2027-02-19',
    name: { vi: 'Nghỉ Tết Nguyên Đán', en: 'Lunar New Year break', zh: '春节假期' } },
]

/** The holidays from the library (idempotent) and the demo partners' academic calendars (once per institution). */
export async function seedDemoCalendars(db: Db): Promise<void> {
  await seedHolidays(db)
  await asService(db, 'demo seed', async (tx) => {
    for (const slug of new Set(PERIODS.map(p => p.institution))) {
      const inst = await tx.selectFrom('institutions').select('id').where('slug', '=', slug).executeTakeFirst()
      if (!inst) continue
      const has = await tx.selectFrom('institution_periods').select('id').where('institution_id', '=', inst.id).executeTakeFirst()
      if (has) continue
      await tx.insertInto('institution_periods').values(PERIODS.filter(p => p.institution === slug).map(p => ({
        institution_id: inst.id, kind: p.kind, starts_on: p.startsOn, ends_on: p.endsOn, name: JSON.stringify(p.name),
      }))).execute()
    }
  })
}
