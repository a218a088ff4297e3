import { baseOption, categoryAxisLabel, chartNumbers, divergingColours, finite, inkOn, MUTED_INK, shares, tooltipLine, type ChartContext, type ChartOption } from './common'
import { wrapLabel } from './measure'

/** Several questions on one scale, for a diverging stacked bar: who disagrees to the left, who agrees to the right. */
export interface LikertComparison {
  title: string
  /** Point labels in scale order, most negative first. */
  scale: string[]
  /** Each question's answer counts per point, in the scale's order. */
  questions: { label: string; counts: number[] }[]
}

// A segment narrower than this share gets no label inside it: the text would not fit.
const MIN_LABELLED_SHARE = 0.07

/**
 * A diverging stacked bar per question. Points below the middle extend left of zero, points above it right, and
 * an odd scale's middle point is split half on each side, so bars line up on the neutral centre (Heiberger & Robbins).
 */
export function likertChart(data: LikertComparison, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  const points = data.scale.length
  const colours = divergingColours(points)
  const middle = points % 2 === 1 ? (points - 1) / 2 : -1
  const negatives = Math.floor(points / 2)
  const questionShares = data.questions.map(q => shares(data.scale.map((_, i) => q.counts[i] ?? 0)))

  type Segment = { point: number; side: -1 | 1; half: boolean }
  // Stacks grow outwards from zero: the points nearest the middle first.
  const segments: Segment[] = []
  if (middle >= 0) segments.push({ point: middle, side: -1, half: true }, { point: middle, side: 1, half: true })
  for (let i = negatives - 1; i >= 0; i--) segments.push({ point: i, side: -1, half: false })
  for (let i = points - negatives; i < points; i++) segments.push({ point: i, side: 1, half: false })

  const series = segments.map(({ point, side, half }) => {
    const colour = colours[point]!
    return {
      type: 'bar',
      name: data.scale[point],
      stack: side < 0 ? 'disagree' : 'agree',
      barMaxWidth: 28,
      // Both stacks on one bar: the negative one left of zero, the positive one right.
      barGap: '-100%',
      itemStyle: { color: colour },
      data: questionShares.map(s => finite(side * s[point]! * (half ? 0.5 : 1))),
      tooltip: {
        formatter: ({ marker, dataIndex }: { marker: string; dataIndex: number }) =>
          tooltipLine(marker, `${data.questions[dataIndex]!.label} · ${data.scale[point]}`, n.percent(questionShares[dataIndex]![point]!)),
      },
      label: {
        show: true,
        color: inkOn(colour),
        fontSize: 11,
        // The whole point's share, written once: on the right half of a split middle point.
        formatter: ({ dataIndex }: { dataIndex: number }) => {
          const share = questionShares[dataIndex]![point]!
          return share >= MIN_LABELLED_SHARE && !(half && side < 0) ? n.percent(share) : ''
        },
      },
    }
  })
  // The legend in scale order, each point once (the split middle point is one entry).
  const legendNames = data.scale
  const items = data.questions.map((q, qi) => ctx.t('evaluation.chart.itemValue', {
    a: q.label,
    b: data.scale.map((p, i) => ctx.t('evaluation.chart.itemValue', { a: p, b: n.percent(questionShares[qi]![i]!) })).join(ctx.t('evaluation.chart.listComma')),
  }))
  return {
    ...baseOption(ctx, data.title, ctx.t('evaluation.chart.aria.likert', { title: data.title, items: items.join(ctx.t('evaluation.chart.listSeparator')) })),
    color: colours,
    legend: { bottom: 0, left: 'center', data: legendNames, itemWidth: 14, itemHeight: 10, selectedMode: false },
    grid: { left: 8, right: 16, top: 44, bottom: 56 },
    xAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.25,
      axisLabel: { formatter: (v: number) => n.percent(Math.abs(v)), color: MUTED_INK },
      splitLine: { lineStyle: { color: '#e2e8f0' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.questions.map(q => wrapLabel(q.label, 200, 13, ctx.locale)),
      axisLabel: categoryAxisLabel(ctx),
      axisTick: { show: false },
      axisLine: { show: false },
    },
    series,
  }
}
