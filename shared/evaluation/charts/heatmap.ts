import { baseOption, categoryAxisLabel, chartNumbers, labelLineHeight, inkOn, sequentialColours, tooltipLine, type ChartContext, type ChartOption } from './common'
import { wrapLabel } from './measure'

/** Answers to a matrix question: for each row (a statement), how many chose each scale point. */
export interface MatrixCounts {
  title: string
  rows: string[]
  /** Scale point labels, in order. */
  columns: string[]
  /** counts[row][column]. */
  counts: number[][]
}

const STEPS = sequentialColours(8)

/** A cell's fill: the blue ramp by the count's share of the largest cell; white for zero. */
function fillOf(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '#ffffff'
  return STEPS[Math.min(STEPS.length - 1, Math.max(1, Math.round((count / max) * (STEPS.length - 1))))]!
}

/** Rows × scale points, each cell coloured by its count and labelled with it (colour never carries the value alone). */
export function heatmapChart(data: MatrixCounts, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  const max = Math.max(0, ...data.counts.flat())
  const cells = data.rows.flatMap((_, r) => data.columns.map((_, c) => {
    const count = data.counts[r]?.[c] ?? 0
    const fill = fillOf(count, max)
    return { value: [c, r, count], itemStyle: { borderColor: '#e2e8f0', borderWidth: 1 }, label: { color: inkOn(fill) } }
  }))
  const items = data.rows.map((row, r) => ctx.t('evaluation.chart.itemValue', {
    a: row,
    b: data.columns.map((col, c) => ctx.t('evaluation.chart.itemValue', { a: col, b: n.count(data.counts[r]?.[c] ?? 0) })).join(ctx.t('evaluation.chart.listComma')),
  }))
  const columnWidth = Math.max(48, 480 / Math.max(1, data.columns.length))
  const columnLabels = data.columns.map(c => wrapLabel(c, columnWidth, 12, ctx.locale))
  // The column labels sit above the grid, under the title: leave room for their lines.
  const labelLines = Math.max(1, ...columnLabels.map(l => l.split('\n').length))
  return {
    ...baseOption(ctx, data.title, ctx.t('evaluation.chart.aria.heatmap', { title: data.title, items: items.join(ctx.t('evaluation.chart.listSeparator')) })),
    grid: { left: 8, right: 8, top: 40 + labelLines * labelLineHeight(ctx.locale, 12) + 8, bottom: 8 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columnLabels,
      axisLabel: categoryAxisLabel(ctx, 12),
      axisTick: { show: false },
      axisLine: { show: false },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.rows.map(r => wrapLabel(r, 200, 13, ctx.locale)),
      axisLabel: categoryAxisLabel(ctx),
      axisTick: { show: false },
      axisLine: { show: false },
    },
    // ECharts colours heat map cells only through a visual map: one piece per distinct count, the same fills as the labels'.
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [...new Set(cells.map(c => c.value[2]!))].map(count => ({ value: count, color: fillOf(count, max) })),
    },
    series: [{
      type: 'heatmap',
      name: ctx.t('evaluation.chart.answers'),
      data: cells,
      label: { show: true, formatter: ({ value }: { value: number[] }) => n.count(value[2]!) },
      tooltip: {
        formatter: ({ marker, value }: { marker: string; value: number[] }) =>
          tooltipLine(marker, `${data.rows[value[1]!]} · ${data.columns[value[0]!]}`, n.count(value[2]!)),
      },
    }],
  }
}
