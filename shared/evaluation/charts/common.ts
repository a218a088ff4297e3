import type { EChartsCoreOption } from 'echarts/core'
import { localeEntry, LOCALES, type LocaleEntry } from '../../locales'

/** A translator for the chart's own words (keys under evaluation.chart); vue-i18n's `t` fits. */
export type ChartTranslate = (key: string, params?: Record<string, unknown>) => string

/** What every builder needs besides its data: the locale (digits, fonts) and the translator. */
export interface ChartContext {
  locale: string
  t: ChartTranslate
}

/** An option ready for `setOption` or `renderChartSvg`. */
export type ChartOption = EChartsCoreOption

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const entry = localeEntry(locale)
  const key = `${locale}|${JSON.stringify(options)}`
  let found = numberFormats.get(key)
  // The locale's digits as useFormats writes them (Burmese digits for my), passed explicitly so browser and server agree.
  if (!found) numberFormats.set(key, found = new Intl.NumberFormat(entry?.language ?? 'en', { numberingSystem: entry?.digits, ...options }))
  return found
}

/** Numbers in the locale's digits: counts, means with at most `digits` decimals, shares, signed scores. */
export function chartNumbers(locale: string) {
  return {
    count: (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value),
    decimal: (value: number, digits = 2) => numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    percent: (share: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    signed: (value: number) => numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value),
  }
}

const CJK_FIRST = ['Noto Sans CJK SC', 'Noto Sans SC']

/**
 * The font stack of a chart in a locale, as the documents engine orders it: Chinese first for Chinese (full-width
 * punctuation), otherwise Latin then the locale's own script, then every other script so a Thai name in a Khmer chart still draws.
 * Names in single quotes: ECharts writes the stack into an SVG style attribute in double quotes.
 */
export function chartFontFamily(locale: string, locales: readonly LocaleEntry[] = LOCALES): string {
  const entry = localeEntry(locale, locales)
  const own = entry?.fonts ?? []
  const first = entry?.script === 'Hans' ? [...CJK_FIRST, ...own, 'Noto Sans'] : ['Noto Sans', ...own]
  const rest = locales.flatMap(l => l.fonts)
  return [...new Set([...first, ...rest, 'sans-serif'])].map(f => (f.includes(' ') ? `'${f}'` : f)).join(', ')
}

/** Text colour with the higher contrast on a fill: dark ink or white (WCAG relative luminance). */
export function inkOn(fill: string): string {
  const channel = (hex: string) => {
    const c = Number.parseInt(hex, 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const [r, g, b] = [fill.slice(1, 3), fill.slice(3, 5), fill.slice(5, 7)].map(channel) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
  return contrast(luminance, 0) >= contrast(luminance, 1) ? INK : '#ffffff'
}

/** Text and axis ink: slate-800 on white, 12.6:1. */
export const INK = '#1e293b'
/** Secondary text (axis names, subtitles): slate-600 on white, 7.6:1. */
export const MUTED_INK = '#475569'
/** A single-series bar: blue-700, 6.7:1 on white, white labels readable on it. */
export const BAR_COLOUR = '#1d4ed8'
/** The earlier of two compared measures (pre): slate-400 fill, dark labels. */
export const BEFORE_COLOUR = '#94a3b8'

/**
 * Diverging scale colours from the most negative to the most positive point (ColorBrewer RdBu, safe for the common
 * colour-vision deficiencies): red for disagreement, grey in the middle, blue for agreement. RdBu's mid tones that
 * neither white nor dark ink reads on at 4.5:1 (#d6604d, #4393c3) are left out.
 */
export function divergingColours(points: number): string[] {
  const scales: Record<number, string[]> = {
    2: ['#b2182b', '#2166ac'],
    3: ['#b2182b', '#b0b0b0', '#2166ac'],
    4: ['#b2182b', '#ef8a62', '#67a9cf', '#2166ac'],
    5: ['#b2182b', '#ef8a62', '#b0b0b0', '#67a9cf', '#2166ac'],
    6: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
    7: ['#b2182b', '#ef8a62', '#fddbc7', '#c8c8c8', '#d1e5f0', '#67a9cf', '#2166ac'],
  }
  return scales[points] ?? sequentialColours(points)
}

/** A light-to-dark blue ramp of n colours (heat maps, many-point scales). */
export function sequentialColours(n: number): string[] {
  // Tailwind's blues without blue-500, on which neither white nor dark ink reaches 4.5:1.
  const ramp = ['#eff6ff', '#dbeafe', '#bfdbfe', '#93c5fd', '#60a5fa', '#2563eb', '#1d4ed8', '#1e40af', '#1e3a8a']
  if (n <= 1) return [ramp[6]!]
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]!)
}

/** The parts every chart shares: title, fonts, colours, the screen-reader description. */
export function baseOption(ctx: ChartContext, title: string, description: string): ChartOption {
  const fontFamily = chartFontFamily(ctx.locale)
  return {
    animation: false,
    textStyle: { fontFamily, color: INK, fontSize: 13 },
    title: { text: title, left: 0, top: 0, textStyle: { fontFamily, fontSize: 15, fontWeight: 600, color: INK } },
    aria: { enabled: true, label: { description } },
    // Each series says what its tooltip shows, in the locale's digits (tooltipLine).
    tooltip: { confine: true, trigger: 'item' },
  }
}

/** Line height for wrapped labels: scripts with stacked marks (Thai, Khmer, Lao, Burmese) need more than Latin. */
export function labelLineHeight(locale: string, fontSize = 13): number {
  return Math.round(fontSize * (localeEntry(locale)?.tallLines ? 1.75 : 1.35))
}

/** Labels of a category axis: every one shown, muted ink, the script's line height. */
export function categoryAxisLabel(ctx: ChartContext, fontSize = 13) {
  return { interval: 0, color: MUTED_INK, fontSize, lineHeight: labelLineHeight(ctx.locale, fontSize) }
}

/** A tooltip's one line: the series' colour marker, a name and a formatted value (ECharts escapes neither: names are escaped here). */
export function tooltipLine(marker: string, name: string, value: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return `${marker}${escape(name)}: ${escape(value)}`
}

/** Finite or zero: a builder never hands ECharts NaN or Infinity (an empty question has no share). */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : 0
}

/** Each count's share of the total; all zero when nobody answered. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0)
  return counts.map(c => (total > 0 ? c / total : 0))
}
