import type { registerLocale } from 'echarts/core'

/** The texts ECharts draws itself (month and day names, legend, toolbox, screen-reader descriptions): its locale object. */
export type EChartsLocale = Parameters<typeof registerLocale>[1]
