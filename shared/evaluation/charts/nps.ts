import { baseOption, chartNumbers, inkOn, MUTED_INK, tooltipLine, type ChartContext, type ChartOption } from './common'

/** Answers to an NPS question (0–10), already grouped: 0–6 detractors, 7–8 passives, 9–10 promoters. */
export interface NpsBreakdown {
  title: string
  detractors: number
  passives: number
  promoters: number
}

const NPS_COLOURS = { detractors: '#b2182b', passives: '#b0b0b0', promoters: '#2166ac' } as const

/** The Net Promoter Score: promoters' share minus detractors' share, in points from −100 to 100; 0 with no answers. */
export function netPromoterScore({ detractors, passives, promoters }: Omit<NpsBreakdown, 'title'>): number {
  const total = detractors + passives + promoters
  return total > 0 ? Math.round(((promoters - detractors) / total) * 100) : 0
}

/** One 100 % bar split into detractors, passives and promoters, with the score beside the title. */
export function npsChart(data: NpsBreakdown, ctx: ChartContext): ChartOption {
  const n = chartNumbers(ctx.locale)
  const total = data.detractors + data.passives + data.promoters
  const score = n.signed(netPromoterScore(data))
  const groups = (['detractors', 'passives', 'promoters'] as const).map(group => ({
    group,
    name: ctx.t(`evaluation.chart.nps.${group}`),
    count: data[group],
    share: total > 0 ? data[group] / total : 0,
  }))
  const description = ctx.t('evaluation.chart.aria.nps', {
    title: data.title,
    score,
    items: groups.map(g => ctx.t('evaluation.chart.itemValue', { a: g.name, b: ctx.t('evaluation.chart.countShare', { n: n.count(g.count), p: n.percent(g.share) }) })).join(ctx.t('evaluation.chart.listComma')),
  })
  const base = baseOption(ctx, data.title, description)
  return {
    ...base,
    title: { ...(base.title as object), subtext: ctx.t('evaluation.chart.nps.score', { score }), subtextStyle: { color: MUTED_INK, fontSize: 14, fontWeight: 600 } },
    legend: { bottom: 0, left: 'center', itemWidth: 14, itemHeight: 10, selectedMode: false },
    grid: { left: 8, right: 8, top: 64, bottom: 40 },
    xAxis: { type: 'value', min: 0, max: 1, show: false },
    yAxis: { type: 'category', data: [''], show: false },
    series: groups.map(g => ({
      type: 'bar',
      name: g.name,
      stack: 'nps',
      barWidth: 44,
      itemStyle: { color: NPS_COLOURS[g.group] },
      data: [g.share],
      tooltip: { formatter: ({ marker }: { marker: string }) => tooltipLine(marker, g.name, ctx.t('evaluation.chart.countShare', { n: n.count(g.count), p: n.percent(g.share) })) },
      label: {
        show: g.share >= 0.08,
        color: inkOn(NPS_COLOURS[g.group]),
        formatter: () => n.percent(g.share),
      },
    })),
  }
}
