import type { LocalizedText } from '../../../shared/localized-text'
import type { HolidayKind } from '../../../shared/calendar/holidays'

/**
 * Holidays the library cannot give: China's official schedule (the library's China data predates the 2025 rules and
 * has no make-up working days) and Cambodia, Laos and Myanmar (no data in the library). Each row names its source.
 * Holidays of those three countries that follow the lunar calendar (Cambodia's Visak Bochea, Royal Ploughing, Pchum Ben,
 * Water Festival; Laos' Boun Ok Phansa, That Luang; Myanmar's full-moon days) change every year and are set by each
 * year's government notice: the secretariat adds them on the holidays page from that notice.
 */
interface OfficialRow {
  country: string
  day: string
  kind: HolidayKind
  name: LocalizedText
  source: string
}

const CN_2026 = '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'
const CN_LAW = '全国年节及纪念日放假办法（2024年修订，2025年1月1日起施行）：法定假日；2027年调休安排以国务院办公厅通知为准'
const KH = 'Royal Government of Cambodia, sub-decree on public holidays (days fixed by date, as in the 2023–2025 sub-decrees)'
const LA = 'Lao PDR Labour Law No. 43/NA (2013) and the Prime Minister\'s Office notice on official holidays'
const MM = 'Union Government of Myanmar, notification of public holidays (days fixed by date, as in recent years\' notifications)'

function span(first: string, count: number): string[] {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number]
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10))
}

function rows(country: string, source: string, kind: HolidayKind, days: string[], name: LocalizedText): OfficialRow[] {
  return days.map(day => ({ country, day, kind, name, source }))
}

const cn = (zh: string, en: string): LocalizedText => ({ zh, en })
const MAKEUP = (holiday: string, en: string): LocalizedText => ({ zh: `调休上班（${holiday}）`, en: `Make-up working day (${en})` })

const CHINA: OfficialRow[] = [
  ...rows('CN', CN_2026, 'public', span('2026-01-01', 3), cn('元旦', 'New Year\'s Day')),
  ...rows('CN', CN_2026, 'makeup_workday', ['2026-01-04'], MAKEUP('元旦', 'New Year\'s Day')),
  ...rows('CN', CN_2026, 'public', span('2026-02-15', 9), cn('春节', 'Spring Festival')),
  ...rows('CN', CN_2026, 'makeup_workday', ['2026-02-14', '2026-02-28'], MAKEUP('春节', 'Spring Festival')),
  ...rows('CN', CN_2026, 'public', span('2026-04-04', 3), cn('清明节', 'Qingming Festival')),
  ...rows('CN', CN_2026, 'public', span('2026-05-01', 5), cn('劳动节', 'Labour Day')),
  ...rows('CN', CN_2026, 'makeup_workday', ['2026-05-09'], MAKEUP('劳动节', 'Labour Day')),
  ...rows('CN', CN_2026, 'public', span('2026-06-19', 3), cn('端午节', 'Dragon Boat Festival')),
  ...rows('CN', CN_2026, 'public', span('2026-09-25', 3), cn('中秋节', 'Mid-Autumn Festival')),
  ...rows('CN', CN_2026, 'public', span('2026-10-01', 7), cn('国庆节', 'National Day')),
  ...rows('CN', CN_2026, 'makeup_workday', ['2026-09-20', '2026-10-10'], MAKEUP('国庆节', 'National Day')),
  // 2027: the statutory days (lunar dates: 除夕 5 February, 端午 9 June, 中秋 15 September).
  ...rows('CN', CN_LAW, 'public', ['2027-01-01'], cn('元旦', 'New Year\'s Day')),
  ...rows('CN', CN_LAW, 'public', span('2027-02-05', 4), cn('春节', 'Spring Festival')),
  ...rows('CN', CN_LAW, 'public', ['2027-04-05'], cn('清明节', 'Qingming Festival')),
  ...rows('CN', CN_LAW, 'public', span('2027-05-01', 2), cn('劳动节', 'Labour Day')),
  ...rows('CN', CN_LAW, 'public', ['2027-06-09'], cn('端午节', 'Dragon Boat Festival')),
  ...rows('CN', CN_LAW, 'public', ['2027-09-15'], cn('中秋节', 'Mid-Autumn Festival')),
  ...rows('CN', CN_LAW, 'public', span('2027-10-01', 3), cn('国庆节', 'National Day')),
]

type Fixed = [monthDay: string, days: number, name: LocalizedText]

const CAMBODIA: Fixed[] = [
  ['01-01', 1, { km: 'ទិវាចូលឆ្នាំសកល', en: 'International New Year\'s Day', zh: '国际新年' }],
  ['01-07', 1, { km: 'ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍', en: 'Victory over Genocide Day', zh: '推翻种族灭绝政权胜利日' }],
  ['03-08', 1, { km: 'ទិវានារីអន្តរជាតិ', en: 'International Women\'s Day', zh: '国际妇女节' }],
  ['04-14', 3, { km: 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', en: 'Khmer New Year', zh: '柬埔寨新年' }],
  ['05-01', 1, { km: 'ទិវាពលកម្មអន្តរជាតិ', en: 'International Labour Day', zh: '国际劳动节' }],
  ['05-14', 1, { km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះមហាក្សត្រ', en: 'King\'s Birthday', zh: '国王诞辰' }],
  ['06-18', 1, { km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្តេចព្រះមហាក្សត្រី ព្រះវររាជមាតា', en: 'Queen Mother\'s Birthday', zh: '太后诞辰' }],
  ['09-24', 1, { km: 'ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ', en: 'Constitution Day', zh: '宪法日' }],
  ['10-15', 1, { km: 'ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះបរមរតនកោដ្ឋ', en: 'Commemoration Day of King Father Norodom Sihanouk', zh: '西哈努克太皇纪念日' }],
  ['10-29', 1, { km: 'ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ', en: 'King\'s Coronation Day', zh: '国王登基纪念日' }],
  ['11-09', 1, { km: 'ពិធីបុណ្យឯករាជ្យជាតិ', en: 'Independence Day', zh: '独立日' }],
]

const LAOS: Fixed[] = [
  ['01-01', 1, { lo: 'ວັນປີໃໝ່ສາກົນ', en: 'International New Year\'s Day', zh: '国际新年' }],
  ['03-08', 1, { lo: 'ວັນແມ່ຍິງສາກົນ', en: 'International Women\'s Day', zh: '国际妇女节' }],
  ['04-14', 3, { lo: 'ບຸນປີໃໝ່ລາວ', en: 'Lao New Year', zh: '老挝新年' }],
  ['05-01', 1, { lo: 'ວັນກຳມະກອນສາກົນ', en: 'International Labour Day', zh: '国际劳动节' }],
  ['12-02', 1, { lo: 'ວັນຊາດ', en: 'National Day', zh: '国庆节' }],
]

const MYANMAR: Fixed[] = [
  ['01-04', 1, { my: 'လွတ်လပ်ရေးနေ့', en: 'Independence Day', zh: '独立节' }],
  ['02-12', 1, { my: 'ပြည်ထောင်စုနေ့', en: 'Union Day', zh: '联邦节' }],
  ['03-02', 1, { my: 'တောင်သူလယ်သမားနေ့', en: 'Peasants\' Day', zh: '农民节' }],
  ['03-27', 1, { my: 'တပ်မတော်နေ့', en: 'Armed Forces Day', zh: '建军节' }],
  ['04-13', 4, { my: 'သင်္ကြန်', en: 'Thingyan Water Festival', zh: '泼水节' }],
  ['04-17', 1, { my: 'မြန်မာနှစ်သစ်ကူးနေ့', en: 'Myanmar New Year', zh: '缅历新年' }],
  ['05-01', 1, { my: 'အလုပ်သမားနေ့', en: 'Labour Day', zh: '劳动节' }],
  ['07-19', 1, { my: 'အာဇာနည်နေ့', en: 'Martyrs\' Day', zh: '烈士节' }],
  ['12-25', 1, { my: 'ခရစ္စမတ်နေ့', en: 'Christmas Day', zh: '圣诞节' }],
]

function fixed(country: string, source: string, list: Fixed[], years: number[]): OfficialRow[] {
  return years.flatMap(year => list.flatMap(([monthDay, count, name]) => rows(country, source, 'public', span(`${year}-${monthDay}`, count), name)))
}

export const OFFICIAL_HOLIDAYS: readonly OfficialRow[] = [
  ...CHINA,
  ...fixed('KH', KH, CAMBODIA, [2026, 2027]),
  ...fixed('LA', LA, LAOS, [2026, 2027]),
  ...fixed('MM', MM, MYANMAR, [2026, 2027]),
]
