import { ACTIVITY_KINDS, type ActivityKind } from './vocabulary'

/** A plan item is planned as one of the calendar's kinds of activity. */
export const PLAN_ITEM_KINDS = ACTIVITY_KINDS
export type PlanItemKind = ActivityKind

export const PLAN_STATES = ['draft', 'submitted', 'approved'] as const
export type PlanState = (typeof PLAN_STATES)[number]

export const PLAN_ITEM_STATES = ['proposed', 'accepted', 'dropped'] as const
export type PlanItemState = (typeof PLAN_ITEM_STATES)[number]

/** The months of an academic year, September to August, as first days: 2026/2027 → 2026-09-01 … 2027-08-01. */
export function monthsOfAcademicYear(academicYear: string): string[] {
  const first = Number(academicYear.slice(0, 4))
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((8 + i) % 12) + 1
    const year = i < 4 ? first : first + 1
    return `${year}-${String(month).padStart(2, '0')}-01`
  })
}

/** An academic year in a URL: 2026-2027 (a slash cannot be a path segment). */
export function yearSlug(academicYear: string): string {
  return academicYear.replace('/', '-')
}
export function yearOfSlug(slug: string): string {
  return slug.replace('-', '/')
}
