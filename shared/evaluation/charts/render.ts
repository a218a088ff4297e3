import { init, setPlatformAPI } from 'echarts/core'
import { chartLocaleName } from '../echarts-locales'
import type { ChartOption } from './common'
import { estimateTextWidth } from './measure'
import { installEvaluationCharts } from './setup'

export interface ChartSize {
  width: number
  height: number
  locale: string
}

/**
 * A chart as an SVG document, drawn by ECharts' server-side renderer (no DOM): the page inlines it before the live
 * chart mounts, the documents engine embeds it in PDFs. The viewBox lets it scale to its container.
 */
export function renderChartSvgString(option: ChartOption, { width, height, locale }: ChartSize): string {
  installEvaluationCharts()
  // Without a DOM there is no canvas to measure with: measure per grapheme cluster instead (measure.ts).
  if (!('document' in globalThis)) setPlatformAPI({ measureText: (text, font) => ({ width: estimateTextWidth(text ?? '', font) }) })
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale: chartLocaleName(locale) })
  try {
    chart.setOption(option)
    return chart.renderToSVGString({ useViewBox: true })
  }
  finally {
    chart.dispose()
  }
}
