import type { GradeValue, ScaleGrade } from '../credits/grades'

/**
 * Several host courses recognized as one home line (issue 18): every passed result's grade is converted with the same
 * method, then combined into ONE home grade — the credit-weighted mean of the converted grades' positions on the home
 * scale (1 = best), rounded to the nearest grade of that scale. A mean exactly between two grades goes to the better one
 * (as the Egracons midpoint rule does). When no credits were awarded at all, every course weighs the same.
 */

/** One host course's part of a combined grade, kept on the decision so a reader sees what was combined. */
export interface GradePart {
  /** The host course's code. */
  code: string
  credits: number
  from: GradeValue
  /** The converted grade's value on the home scale; null when the method had no answer for it. */
  to: string | null
}

export interface CombinedGrade {
  /** The home grade; null when a part has no converted grade or a converted grade is not on the home scale. */
  value: string | null
  /** The weighted mean position (before rounding); null with value. */
  mean: number | null
}

export function combineGrades(parts: GradePart[], homeGrades: ScaleGrade[]): CombinedGrade {
  const position = new Map(homeGrades.map(g => [g.value, g.position]))
  if (!parts.length || parts.some(p => p.to === null || !position.has(p.to))) return { value: null, mean: null }
  const total = parts.reduce((sum, p) => sum + p.credits, 0)
  const weight = (p: GradePart) => (total > 0 ? p.credits / total : 1 / parts.length)
  const mean = Math.round(parts.reduce((sum, p) => sum + weight(p) * position.get(p.to!)!, 0) * 1e9) / 1e9
  // The nearest grade; on a tie the better (smaller position) one, since the grades are tried best first.
  const ordered = [...homeGrades].sort((a, b) => a.position - b.position)
  let best = ordered[0]!
  for (const g of ordered) if (Math.abs(g.position - mean) < Math.abs(best.position - mean)) best = g
  return { value: best.value, mean }
}

/** "RB101 A → 8.5; CAD102 B → 7.0; weighted → 8.0": what a combined grade was made of, for the panel and the document. */
export function describeGradeParts(parts: GradePart[], combined: string | null, weighted: string): string {
  const each = parts.map(p => `${p.code} ${p.from.value} → ${p.to ?? '–'}`)
  return [...each, `${weighted} → ${combined ?? '–'}`].join('; ')
}
