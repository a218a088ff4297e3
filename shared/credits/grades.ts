/**
 * Grades and their conversion (issue 18). A grade is never a bare value: it is {scaleId, value}, and the database keys
 * every stored grade to its scale's grade list (grading_scale_grades). Two ways to convert:
 *  * a fixed table between two scales (one row per grade of the "from" scale);
 *  * Egracons grading tables: for a field (ISCED-F) and level, how many passing grades of each value an institution
 *    gave over two to three years. Each grade covers a range of the cumulative percentage, best grade first; a grade of
 *    the one table converts to the grade of the other whose range CONTAINS THE MIDPOINT of its range (a midpoint on a
 *    boundary goes to the better grade). The overlaps are returned too, for a person to see the alternatives.
 */

export interface GradeValue {
  scaleId: string
  value: string
}

export interface ScaleGrade {
  value: string
  /** 1 = best. */
  position: number
  passing: boolean
}

/** A grading table's counts of passing grades, whatever their order. */
export interface GradingTableCounts {
  scaleId: string
  counts: { value: string; count: number }[]
}

export interface PercentileBand {
  value: string
  count: number
  /** Share of all passing grades, in percent. */
  percent: number
  /** The cumulative range it covers, in percent, best grade from 0. */
  from: number
  to: number
}

function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9
}

/**
 * The percentage and cumulative-percentage bands of a table, best grade first (by the scale's positions). Grades with a
 * count of 0 have an empty band and never receive a conversion.
 */
export function percentileBands(table: GradingTableCounts, grades: ScaleGrade[]): PercentileBand[] {
  const position = new Map(grades.map(g => [g.value, g.position]))
  const rows = table.counts.filter(c => position.has(c.value)).sort((a, b) => position.get(a.value)! - position.get(b.value)!)
  const total = rows.reduce((sum, r) => sum + r.count, 0)
  let at = 0
  return rows.map((r) => {
    const percent = total > 0 ? clean((r.count / total) * 100) : 0
    const band = { value: r.value, count: r.count, percent, from: clean(at), to: clean(at + percent) }
    at += percent
    return band
  })
}

export interface PercentileConversion {
  /** The grade the midpoint falls in; null when the grade is not in the "from" table (or a table is empty). */
  value: string | null
  midpoint: number
  band: PercentileBand | null
  /** Every grade of the target whose band overlaps the source band, with how many percentage points. */
  overlaps: { value: string; points: number }[]
}

/** Converts a grade from one grading table to another by percentile (midpoint rule). */
export function convertByPercentile(value: string, from: PercentileBand[], to: PercentileBand[]): PercentileConversion {
  const band = from.find(b => b.value === value && b.to > b.from) ?? null
  if (!band) return { value: null, midpoint: 0, band: null, overlaps: [] }
  const midpoint = clean((band.from + band.to) / 2)
  const filled = to.filter(b => b.to > b.from)
  // Bands are (from, to]: the first (best) band includes 0 as well.
  const hit = filled.find((b, i) => (i === 0 ? midpoint >= b.from : midpoint > b.from) && midpoint <= b.to) ?? null
  const overlaps = filled
    .map(b => ({ value: b.value, points: clean(Math.min(b.to, band.to) - Math.max(b.from, band.from)) }))
    .filter(o => o.points > 0)
  return { value: hit?.value ?? null, midpoint, band, overlaps }
}

/** A fixed table's answer: the "to" grade for a "from" grade, or null when the table has no row for it. */
export function convertByTable(value: string, rows: { fromValue: string; toValue: string }[]): string | null {
  return rows.find(r => r.fromValue === value)?.toValue ?? null
}
