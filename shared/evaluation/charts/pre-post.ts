import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts'
import { BAR_COLOUR, BEFORE_COLOUR, baseOption, categoryAxisLabel, chartFontFamily, chartNumbers, finite, INK, MUTED_INK, tooltipLine, type ChartContext, type ChartOption } from './common'
import { wrapLabel } from './measure'

/** A mean with its 95 % confidence interval. */
export interface MeanWithInterval {
  mean: number
  low: number
  high: number
}

/** Paired measures before and after (level 2 pre/post tests, a re-evaluated activity), each with n pairs. */
export interface PrePostComparison {
  title: string
  /** The axis range: the scale's (1–5) or the test's (0–100). */
  scale: { min: number; max: number }
  items: { label: string; n: number; pre: MeanWithInterval; post: MeanWithInterval }[]
  /** Names of the two phases when not "before"/"after", e.g. two runs of an activity. */
  phases?: { pre: string; post: string }
}

const BAR = 16
const GAP = 6

/** Bars of the mean before (grey) and after (blue) per measure, each with its confidence interval drawn as a whisker. */
export function prePostChart(data: PrePostComparison, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  // Two decimals on a short scale (3.86 of 5), one on a test's 0–100.
  const decimals = data.scale.max - data.scale.min > 10 ? 1 : 2
  const mean = (v: number) => n.decimal(v, decimals)
  const phases = [
    { key: 'pre', name: data.phases?.pre ?? ctx.t('evaluation.chart.prePost.pre'), colour: BEFORE_COLOUR, offset: -(BAR + GAP) / 2 },
    { key: 'post', name: data.phases?.post ?? ctx.t('evaluation.chart.prePost.post'), colour: BAR_COLOUR, offset: (BAR + GAP) / 2 },
  ] as const
  const clamp = (v: number) => Math.min(data.scale.max, Math.max(data.scale.min, finite(v)))
  const series = phases.map(phase => ({
    type: 'custom',
    name: phase.name,
    itemStyle: { color: phase.colour },
    encode: { x: [1, 2, 3], y: 0 },
    data: data.items.map((item, i) => [i, clamp(item[phase.key].mean), clamp(item[phase.key].low), clamp(item[phase.key].high)]),
    tooltip: {
      formatter: ({ marker, dataIndex }: { marker: string; dataIndex: number }) => {
        const item = data.items[dataIndex]!
        const figures = item[phase.key]
        return tooltipLine(marker, `${item.label} · ${phase.name}`, ctx.t('evaluation.chart.prePost.meanInterval', { mean: mean(figures.mean), low: mean(figures.low), high: mean(figures.high) }))
      },
    },
    renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
      const row = api.value(0) as number
      const [x0, y] = api.coord([data.scale.min, row]) as [number, number]
      const [xMean] = api.coord([api.value(1), row]) as [number, number]
      const [xLow] = api.coord([api.value(2), row]) as [number, number]
      const [xHigh] = api.coord([api.value(3), row]) as [number, number]
      const cy = y + phase.offset
      const whisker = { stroke: INK, lineWidth: 1.5 }
      return {
        type: 'group',
        children: [
          { type: 'rect', shape: { x: x0, y: cy - BAR / 2, width: Math.max(0, xMean - x0), height: BAR }, style: { fill: phase.colour } },
          { type: 'line', shape: { x1: xLow, y1: cy, x2: xHigh, y2: cy }, style: whisker },
          { type: 'line', shape: { x1: xLow, y1: cy - 5, x2: xLow, y2: cy + 5 }, style: whisker },
          { type: 'line', shape: { x1: xHigh, y1: cy - 5, x2: xHigh, y2: cy + 5 }, style: whisker },
          {
            type: 'text',
            x: xHigh + 6,
            y: cy,
            style: { text: mean(api.value(1) as number), fill: INK, fontSize: 12, verticalAlign: 'middle', fontFamily: chartFontFamily(ctx.locale) },
          },
        ],
      }
    },
  }))
  const items = data.items.map(item => ctx.t('evaluation.chart.prePost.item', {
    label: item.label,
    n: n.count(item.n),
    pre: ctx.t('evaluation.chart.prePost.meanInterval', { mean: mean(item.pre.mean), low: mean(item.pre.low), high: mean(item.pre.high) }),
    post: ctx.t('evaluation.chart.prePost.meanInterval', { mean: mean(item.post.mean), low: mean(item.post.low), high: mean(item.post.high) }),
  }))
  return {
    ...baseOption(ctx, data.title, ctx.t('evaluation.chart.aria.prePost', { title: data.title, items: items.join(ctx.t('evaluation.chart.listSeparator')) })),
    legend: { bottom: 0, left: 'center', itemWidth: 14, itemHeight: 10, selectedMode: false },
    grid: { left: 8, right: 56, top: 44, bottom: 84 },
    xAxis: {
      type: 'value',
      min: data.scale.min,
      max: data.scale.max,
      // Scale points and test points are whole: without this a 0–3 axis ticks at halves that print as 0, 1, 1, 2, 2, 3, 3.
      minInterval: 1,
      name: ctx.t('evaluation.chart.prePost.axis'),
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: MUTED_INK },
      axisLabel: { formatter: (v: number) => n.count(v), color: MUTED_INK },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.items.map(item => `${wrapLabel(item.label, 190, 13, ctx.locale)}\n${ctx.t('evaluation.chart.sampleSize', { n: n.count(item.n) })}`),
      axisLabel: categoryAxisLabel(ctx),
      axisTick: { show: false },
    },
    series,
  }
}
