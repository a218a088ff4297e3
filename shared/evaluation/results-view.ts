import { breakdownChart, chartNumbers, distributionChart, heatmapChart, likertChart, npsChart, type ChartContext, type ChartOption } from './charts'
import { allQuestions, OTHER_OPTION_ID, type FormDefinition, type Question } from './form-definition'
import { studentTCdf } from './statistics'

/** The parts of a question's summary (server/domain/evaluation/analytics/questions.ts) the results page draws. */
export interface SummaryView {
  id: string
  type: Question['type']
  n: number
  figures?: { n: number; mean: number | null; sd: number | null; median: number | null; min: number | null; max: number | null }
  distribution?: { value: number; count: number; share: number }[]
  topTwoBox?: { count: number; share: number | null }
  nps?: { promoters: number; passives: number; detractors: number; score: number | null }
  options?: { option: string; count: number; share: number }[]
  matrix?: { row: string; counts: number[]; figures: { n: number; mean: number | null } }[]
}

export type ResultsChartKind = 'likert' | 'distribution' | 'nps' | 'heatmap' | 'options' | null

/** Which builder draws a question: none for numbers, dates and texts (figures or the texts themselves say more). */
export function chartKindFor(type: Question['type']): ResultsChartKind {
  switch (type) {
    case 'likert': return 'likert'
    case 'rating': return 'distribution'
    case 'nps': return 'nps'
    case 'matrix': return 'heatmap'
    case 'single':
    case 'multiple':
    case 'knowledge': return 'options'
    default: return null
  }
}

/** A question's text (and its options' and points' labels) in the reader's locale. */
export type TextOf = (value: Record<string, string | undefined> | null | undefined) => string

/** Point labels of a scale: the question's own label where it has one, else the point's number. */
export function pointLabels(
  labels: readonly (Record<string, string | undefined> | undefined)[] | undefined, points: number[], text: TextOf, number: (v: number) => string,
): string[] {
  return points.map((p, i) => {
    const own = labels?.[i] ? text(labels[i]) : ''
    return own ? `${number(p)} · ${own}` : number(p)
  })
}

/**
 * The chart height in px of a question, fixed before it draws (the box keeps it: no layout jump), from how many bars
 * or rows it has; tall scripts get more room per row.
 */
export function chartHeight(question: Question, tall = false): number {
  const row = tall ? 44 : 36
  switch (question.type) {
    case 'likert': return 210
    case 'nps': return 150
    case 'rating': return 80 + question.max * row * 0.8
    case 'matrix': return 120 + question.rows.length * (row + 8)
    case 'single':
    case 'multiple':
    case 'knowledge': return 80 + (question.options.length + (question.type !== 'knowledge' && question.other ? 1 : 0)) * row
    default: return 0
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * The ECharts option of one question's summary in the reader's locale, from the shared builders:
 * a diverging Likert bar, a distribution, the NPS split, a matrix heat map, or the share choosing each option.
 * Null for questions drawn as figures only, and for a summary that carries no data for its chart.
 */
export function questionChart(question: Question, summary: SummaryView, ctx: ChartContext, text: TextOf, otherLabel: string): ChartOption | null {
  const option = rawQuestionChart(question, summary, ctx, text, otherLabel)
  return option ? underHeading(option) : null
}

/**
 * The page writes each question as a heading above its chart: the chart's own title is hidden (it stays the start of the
 * screen-reader description) and its room given back; axis labels that would collide on a phone are left out.
 */
export function underHeading(option: ChartOption): ChartOption {
  const grid = option.grid as { top: number } | undefined
  const xAxis = option.xAxis as { axisLabel?: object } | undefined
  return {
    ...option,
    title: { ...(option.title as object), show: false },
    ...(grid ? { grid: { ...grid, top: Math.max(12, grid.top - 36) } } : {}),
    ...(xAxis ? { xAxis: { ...xAxis, axisLabel: { ...xAxis.axisLabel, hideOverlap: true } } } : {}),
  }
}

function rawQuestionChart(question: Question, summary: SummaryView, ctx: ChartContext, text: TextOf, otherLabel: string): ChartOption | null {
  const title = text(question.text)
  // Point numbers in the locale's digits, as the builders and useFormats write them (Burmese digits for my).
  const number = chartNumbers(ctx.locale).count
  switch (chartKindFor(question.type)) {
    case 'likert': {
      if (question.type !== 'likert' || !summary.distribution) return null
      const scale = pointLabels(question.labels, range(1, question.points), text, number)
      // One bar, named by its n: the question itself is the heading above the chart.
      const label = ctx.t('evaluation.chart.sampleSize', { n: number(summary.n) })
      const option = likertChart({ title, scale, questions: [{ label, counts: summary.distribution.map(b => b.count) }] }, ctx)
      // The legend may wrap to three lines on a phone: room for it under the axis.
      return { ...option, grid: { ...(option.grid as object), bottom: 96 } }
    }
    case 'distribution': {
      if (!summary.distribution) return null
      return distributionChart({ title, points: summary.distribution.map(b => ({ label: number(b.value), count: b.count })) }, ctx)
    }
    case 'nps':
      if (!summary.nps) return null
      return npsChart({ title, ...summary.nps }, ctx)
    case 'heatmap': {
      if (question.type !== 'matrix' || !summary.matrix) return null
      return heatmapChart({
        title,
        rows: question.rows.map(r => text(r.label)),
        columns: pointLabels(question.labels, range(1, question.points), text, number),
        counts: question.rows.map(r => summary.matrix!.find(m => m.row === r.id)?.counts ?? []),
      }, ctx)
    }
    case 'options': {
      if (!('options' in question) || !summary.options) return null
      // A knowledge question's correct options carry a check mark.
      const correct = question.type === 'knowledge' ? question.correct : []
      const labelOf = (id: string) => (id === OTHER_OPTION_ID ? otherLabel : `${correct.includes(id) ? '✓ ' : ''}${text(question.options.find(o => o.id === id)?.label)}`)
      const option = breakdownChart({
        title, kind: 'share', max: 1,
        groups: summary.options.map(o => ({ label: labelOf(o.option), value: o.share, n: o.count })),
      }, ctx)
      // Every bar is labelled with its share and n: the axis' percentages only crowd a phone.
      return { ...option, xAxis: { ...(option.xAxis as object), axisLabel: { show: false } } }
    }
    default:
      return null
  }
}

/** The headline figure of a question for comparing groups: the mean of a scale, NPS score, or none. */
export function headline(summary: SummaryView): { kind: 'mean' | 'nps'; value: number } | null {
  if (summary.type === 'nps') return summary.nps?.score != null ? { kind: 'nps', value: summary.nps.score } : null
  if (summary.type === 'likert' || summary.type === 'rating' || summary.type === 'number' || summary.type === 'knowledge') {
    return summary.figures?.mean != null ? { kind: 'mean', value: summary.figures.mean } : null
  }
  return null
}

/** Questions of a form that a breakdown compares by their mean (scales), with the scale's top for the axis. */
export function comparableQuestions(form: FormDefinition): { question: Question; max: number }[] {
  return allQuestions(form).flatMap((q): { question: Question; max: number }[] => {
    if (q.type === 'likert') return [{ question: q, max: q.points }]
    if (q.type === 'rating') return [{ question: q, max: q.max }]
    return []
  })
}

/** The two-sided 95 % Student t quantile for df degrees of freedom (bisection on the CDF). */
export function tQuantile975(df: number): number {
  let low = 0
  let high = 100
  for (let i = 0; i < 80; i++) {
    const mid = (low + high) / 2
    if (studentTCdf(mid, df) < 0.975) low = mid
    else high = mid
  }
  return (low + high) / 2
}

/** A mean with its 95 % t interval; the interval collapses to the mean with fewer than two values. */
export function meanInterval(values: readonly number[]): { mean: number; low: number; high: number } {
  const n = values.length
  if (!n) return { mean: 0, low: 0, high: 0 }
  const mean = values.reduce((s, v) => s + v, 0) / n
  if (n < 2) return { mean, low: mean, high: mean }
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1))
  const half = tQuantile975(n - 1) * sd / Math.sqrt(n)
  return { mean, low: mean - half, high: mean + half }
}

/** Whether an action is overdue: not done or dropped, and its due day before today (both 'YYYY-MM-DD'). */
export function isOverdue(action: { status: string; due_on: string }, today: string): boolean {
  return (action.status === 'open' || action.status === 'in_progress') && action.due_on.slice(0, 10) < today
}
