import { allQuestions, OTHER_OPTION_ID, type FormDefinition, type Question } from '../../../../shared/evaluation/form-definition'
import type { Aggregate, CountRow, NumberRow } from './aggregate'

export interface Figures { n: number; mean: number | null; sd: number | null; median: number | null; min: number | null; max: number | null }
export interface Bar { value: number; count: number; share: number }
export interface OptionCount { option: string; count: number; share: number }

export interface QuestionSummary {
  id: string
  type: Question['type']
  /** Answers behind the figures (for a multiple choice: respondents of the group, the shares' denominator). */
  n: number
  figures?: Figures
  /** Every point of the scale, a point nobody chose with 0. */
  distribution?: Bar[]
  topTwoBox?: { count: number; share: number | null }
  nps?: { promoters: number; passives: number; detractors: number; score: number | null }
  /** Single, multiple and knowledge questions: each option (and 'other') with its count. */
  options?: OptionCount[]
  /** Matrix heat map: per row, the count at each point, and the row's figures. */
  matrix?: { row: string; counts: number[]; figures: Figures }[]
  dates?: { first: string; last: string }
}

const EMPTY: Figures = { n: 0, mean: null, sd: null, median: null, min: null, max: null }
const figuresOf = (row: NumberRow | undefined): Figures =>
  row ? { n: row.n, mean: row.mean, sd: row.sd, median: row.median, min: row.min, max: row.max } : EMPTY
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

function bars(points: number[], counts: CountRow[]): Bar[] {
  const byValue = new Map(counts.filter(c => c.option === null).map(c => [c.value, c.count]))
  const n = counts.filter(c => c.option === null).reduce((sum, c) => sum + c.count, 0)
  return points.map(value => ({ value, count: byValue.get(value) ?? 0, share: n ? (byValue.get(value) ?? 0) / n : 0 }))
}

function optionCounts(ids: string[], counts: CountRow[], denominator: number): OptionCount[] {
  const byOption = new Map(counts.filter(c => c.option !== null).map(c => [c.option!, c.count]))
  return ids.map(option => ({ option, count: byOption.get(option) ?? 0, share: denominator ? (byOption.get(option) ?? 0) / denominator : 0 }))
}

/**
 * Each question's figures for one group, read from the database's counts and figures (no answer is looked at here:
 * the counts per value are at most a scale's points per question). Top-2-box and NPS are sums of those counts.
 */
export function summarise(form: FormDefinition, data: Aggregate, group: string): QuestionSummary[] {
  const respondents = data.groups.find(g => g.group === group)?.count ?? 0
  const counts = data.counts.filter(c => c.group === group)
  const numbers = data.numbers.filter(x => x.group === group)
  return allQuestions(form).map((question): QuestionSummary => {
    const mine = counts.filter(c => c.question === question.id)
    const numeric = numbers.find(x => x.question === question.id && x.row === null)
    const base = { id: question.id, type: question.type }
    switch (question.type) {
      case 'likert':
      case 'rating':
      case 'nps': {
        const points = question.type === 'likert' ? range(1, question.points) : question.type === 'rating' ? range(1, question.max) : range(0, 10)
        const distribution = bars(points, mine)
        const n = distribution.reduce((sum, bar) => sum + bar.count, 0)
        const summary: QuestionSummary = { ...base, n, figures: figuresOf(numeric), distribution }
        if (question.type === 'likert') {
          const count = distribution.filter(bar => bar.value >= question.points - 1).reduce((sum, bar) => sum + bar.count, 0)
          summary.topTwoBox = { count, share: n ? count / n : null }
        }
        if (question.type === 'nps') {
          const sum = (test: (v: number) => boolean) => distribution.filter(bar => test(bar.value)).reduce((s, bar) => s + bar.count, 0)
          const promoters = sum(v => v >= 9)
          const detractors = sum(v => v <= 6)
          summary.nps = { promoters, passives: n - promoters - detractors, detractors, score: n ? 100 * (promoters - detractors) / n : null }
        }
        return summary
      }
      case 'single': {
        const ids = [...question.options.map(o => o.id), ...(question.other ? [OTHER_OPTION_ID] : [])]
        const n = mine.filter(c => c.option !== null).reduce((sum, c) => sum + c.count, 0)
        return { ...base, n, options: optionCounts(ids, mine, n) }
      }
      case 'multiple': {
        const ids = [...question.options.map(o => o.id), ...(question.other ? [OTHER_OPTION_ID] : [])]
        return { ...base, n: respondents, options: optionCounts(ids, mine, respondents) }
      }
      case 'knowledge': {
        const scores = figuresOf(numeric)
        return { ...base, n: scores.n, figures: scores, options: optionCounts(question.options.map(o => o.id), mine, scores.n) }
      }
      case 'matrix': {
        const points = range(1, question.points)
        const matrix = question.rows.map(row => ({
          row: row.id,
          counts: bars(points, mine.filter(c => c.row === row.id)).map(bar => bar.count),
          figures: figuresOf(numbers.find(x => x.question === question.id && x.row === row.id)),
        }))
        return { ...base, n: Math.max(0, ...matrix.map(r => r.figures.n)), matrix }
      }
      case 'number':
        return { ...base, n: numeric?.n ?? 0, figures: figuresOf(numeric) }
      case 'date': {
        const dates = data.dates.find(d => d.group === group && d.question === question.id)
        return { ...base, n: dates?.n ?? 0, ...(dates ? { dates: { first: dates.first, last: dates.last } } : {}) }
      }
      case 'text':
        // A text is counted under its question alone (no option, value or date); the texts themselves are read apart.
        return { ...base, n: mine.reduce((sum, c) => sum + c.count, 0) }
    }
  })
}
