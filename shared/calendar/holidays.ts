/** Kinds of day in public_holidays: a holiday, or a weekend day worked in exchange for one (China's 调休). */
export const HOLIDAY_KINDS = ['public', 'makeup_workday'] as const
export type HolidayKind = typeof HOLIDAY_KINDS[number]

/** Kinds of an institution's calendar periods; exam periods are what scheduling warns about. */
export const PERIOD_KINDS = ['term', 'exam', 'break'] as const
export type PeriodKind = typeof PERIOD_KINDS[number]

/** The years the library seed covers: the current year and the next (the seed's official lists are for these). */
export const HOLIDAY_SEED_YEARS = [2026, 2027] as const

/** The countries the seed holds holidays for: China and the ASEAN members with partners in the community. */
export const HOLIDAY_COUNTRIES = ['CN', 'TH', 'VN', 'MY', 'ID', 'PH', 'KH', 'LA', 'MM'] as const
export type HolidayCountry = typeof HOLIDAY_COUNTRIES[number]
