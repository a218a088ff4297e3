import { renderChartSvgString, type ChartOption } from '../../../shared/evaluation/charts'

export interface ChartSvgOptions {
  /** Size in px of the drawing; the SVG carries a viewBox, so a document may scale it to any width. */
  width: number
  height: number
  /** The portal locale the chart is in: ECharts' own texts and the number digits follow it. */
  locale: string
}

/**
 * An evaluation chart as an SVG string for the documents engine. Typst embeds it with
 * `image(bytes(svg), format: "svg", width: 100%)` and draws its text with the engine's own fonts and shaping, so
 * Khmer, Lao, Thai and Burmese labels come out as they do in Typst's own text (tests/unit/evaluation-charts.test.ts).
 */
export function renderChartSvg(option: ChartOption, { width, height, locale }: ChartSvgOptions): string {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) throw new RangeError(`chart size ${width}×${height}`)
  return renderChartSvgString(option, { width: Math.round(width), height: Math.round(height), locale })
}
