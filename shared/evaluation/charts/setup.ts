import { BarChart, CustomChart, HeatmapChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { registerPortalChartLocales } from '../echarts-locales'

let installed = false

/**
 * The parts of ECharts the evaluation charts use (tree-shaken `echarts/core`), the SVG renderer for the page and
 * the server alike, and the portal's chart locales. Call before `init`; idempotent.
 */
export function installEvaluationCharts(): void {
  if (installed) return
  use([BarChart, CustomChart, HeatmapChart, SVGRenderer])
  use([AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent])
  registerPortalChartLocales()
  installed = true
}
