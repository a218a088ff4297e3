import { wrapLabel } from './measure'
import { BAR_COLOUR, baseOption, categoryAxisLabel, chartNumbers, MUTED_INK, shares, tooltipLine, type ChartContext, type ChartOption } from './common'

/** Answers to one Likert or rating question: how many chose each point, in scale order. */
export interface PointDistribution {
  title: string
  /** One entry per point of the scale, first point first, label in the viewer's locale. */
  points: { label: string; count: number }[]
}

/** Horizontal bars, one per scale point (long point labels stay readable), each with its count and share. */
export function distributionChart(data: PointDistribution, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  const counts = data.points.map(p => p.count)
  const share = shares(counts)
  const labelOf = (i: number) => ctx.t('evaluation.chart.countShare', { n: n.count(counts[i]!), p: n.percent(share[i]!) })
  const items = data.points.map((p, i) => ctx.t('evaluation.chart.itemValue', { a: p.label, b: labelOf(i) }))
  return {
    ...baseOption(ctx, data.title, ctx.t('evaluation.chart.aria.distribution', { title: data.title, items: items.join(ctx.t('evaluation.chart.listSeparator')) })),
    grid: { left: 8, right: 96, top: 44, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => n.count(v), color: MUTED_INK } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.points.map(p => wrapLabel(p.label, 170, 13, ctx.locale)),
      axisLabel: categoryAxisLabel(ctx),
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: ctx.t('evaluation.chart.answers'),
      data: counts,
      barMaxWidth: 28,
      itemStyle: { color: BAR_COLOUR },
      label: { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => labelOf(dataIndex) },
      tooltip: {
        formatter: ({ marker, dataIndex }: { marker: string; dataIndex: number }) => tooltipLine(marker, data.points[dataIndex]!.label, labelOf(dataIndex)),
      },
    }],
  }
}
