import { BAR_COLOUR, baseOption, categoryAxisLabel, chartNumbers, finite, MUTED_INK, tooltipLine, type ChartContext, type ChartOption } from './common'
import { wrapLabel } from './measure'

/** One figure per group (a country, a locale, an institution), with the answers behind it. */
export interface Breakdown {
  title: string
  /** mean: a scale mean with two decimals; share: 0–1 shown as a percentage; count: whole numbers. */
  kind: 'mean' | 'share' | 'count'
  /** The axis maximum, e.g. the scale's top point for means; from the data when absent. */
  max?: number
  groups: { label: string; value: number; n: number }[]
}

/** Horizontal bars per group in the given order, each labelled with its value and its n. */
export function breakdownChart(data: Breakdown, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  const format = (v: number) => (data.kind === 'mean' ? n.decimal(v) : data.kind === 'share' ? n.percent(v) : n.count(v))
  const valueOf = (i: number) => {
    const group = data.groups[i]!
    return ctx.t('evaluation.chart.valueWithN', { v: format(finite(group.value)), n: n.count(group.n) })
  }
  const items = data.groups.map((g, i) => ctx.t('evaluation.chart.itemValue', { a: g.label, b: valueOf(i) }))
  return {
    ...baseOption(ctx, data.title, ctx.t('evaluation.chart.aria.breakdown', { title: data.title, items: items.join(ctx.t('evaluation.chart.listSeparator')) })),
    grid: { left: 8, right: 112, top: 44, bottom: 24 },
    xAxis: {
      type: 'value',
      min: 0,
      max: data.max ?? (data.kind === 'share' ? 1 : undefined),
      minInterval: data.kind === 'count' ? 1 : undefined,
      // Whole ticks without decimals (4, not 4.00), whatever the kind.
      axisLabel: { formatter: (v: number) => (data.kind === 'share' ? n.percent(v) : Number.isInteger(v) ? n.count(v) : n.decimal(v, 1)), color: MUTED_INK },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.groups.map(g => wrapLabel(g.label, 180, 13, ctx.locale)),
      axisLabel: categoryAxisLabel(ctx),
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: data.title,
      data: data.groups.map(g => finite(g.value)),
      barMaxWidth: 24,
      itemStyle: { color: BAR_COLOUR },
      label: { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => valueOf(dataIndex) },
      tooltip: {
        formatter: ({ marker, dataIndex }: { marker: string; dataIndex: number }) => tooltipLine(marker, data.groups[dataIndex]!.label, valueOf(dataIndex)),
      },
    }],
  }
}
