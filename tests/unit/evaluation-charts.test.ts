import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'
import { init } from 'echarts/core'
import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../shared/locales'
import {
  distributionChart, divergingColours, heatmapChart, inkOn, installEvaluationCharts, likertChart, netPromoterScore, npsChart, prePostChart,
  sequentialColours, type ChartOption,
} from '../../shared/evaluation/charts'
import { wrapLabel } from '../../shared/evaluation/charts/measure'
import { chartLocaleName, PORTAL_CHART_LOCALES } from '../../shared/evaluation/echarts-locales'
import { documentFontPaths } from '../../server/documents/fonts'
import { renderChartSvg } from '../../server/domain/evaluation/chart-svg'
import { sampleCharts, SAMPLE_TEXT, translatorFor, type SampleLocale } from './evaluation-chart-samples'

const SIZE = { width: 720, height: 360 }

/** The text a reader sees in an SVG: every <text> node, entities decoded. */
function textNodes(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&'))
}
const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('the portal locales in ECharts', () => {
  it('give every portal locale its own ECharts locale: built in for zh and en, registered for the other eight', () => {
    expect(LOCALE_CODES.map(chartLocaleName)).toEqual(['ZH', 'EN', 'PORTAL_ID', 'PORTAL_MS', 'PORTAL_TH', 'PORTAL_VI', 'PORTAL_FIL', 'PORTAL_KM', 'PORTAL_LO', 'PORTAL_MY'])
    expect(chartLocaleName('xx')).toBe('EN')
  })

  it('write month names on a time axis in the chart’s language', () => {
    installEvaluationCharts()
    const expected: Record<string, string> = { km: 'កុម្ភៈ', lo: 'ກ.ພ.', my: 'ဖေ', id: 'Mei', fil: 'Peb', ms: 'Mac', th: 'ก.พ.', vi: 'Th02' }
    for (const [code, month] of Object.entries(expected)) {
      const chart = init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 200, locale: chartLocaleName(code) })
      chart.setOption({
        xAxis: { type: 'time', min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 5, 1) },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: [[Date.UTC(2026, 1, 1), 3]] }],
      })
      const svg = chart.renderToSVGString()
      chart.dispose()
      expect(textNodes(svg).some(t => t.includes(month)), `${code}: ${textNodes(svg).join(' | ')}`).toBe(true)
    }
  })

  it('are complete translations: the same keys as English and no English text left in the six written here', () => {
    const en = JSON.stringify(PORTAL_CHART_LOCALES.th, (_, v: unknown) => (typeof v === 'string' || Array.isArray(v) ? undefined : v))
    for (const code of ['id', 'ms', 'fil', 'km', 'lo', 'my'] as const) {
      const locale = PORTAL_CHART_LOCALES[code]
      expect(JSON.stringify(locale, (_, v: unknown) => (typeof v === 'string' || Array.isArray(v) ? undefined : v)), code).toBe(en)
      expect(locale.toolbox.saveAsImage.title, code).not.toMatch(/Save as Image/i)
      expect(locale.aria.general.withoutTitle, code).not.toMatch(/This is a chart/i)
    }
  })
})

describe.each(['th', 'km', 'my'] as const)('every evaluation chart in %s, drawn on the server', (locale) => {
  const charts = sampleCharts(locale)

  it.each(charts.map(c => [c.name, c] as const))('%s shows its labels in the locale and no NaN', (_, chart) => {
    const svg = renderChartSvg(chart.option, { ...SIZE, locale })
    const text = squeeze(textNodes(svg).join(''))
    for (const label of chart.labels) expect(text, label).toContain(squeeze(label))
    expect(svg).not.toMatch(/NaN|undefined|Infinity/)
    expect(textNodes(svg).join(' ')).not.toContain('evaluation.chart')
  })
})

describe('numbers and descriptions', () => {
  it('writes every number of a Burmese chart in Burmese digits, as the rest of the Burmese portal does', () => {
    for (const chart of sampleCharts('my')) {
      const nodes = textNodes(renderChartSvg(chart.option, { ...SIZE, locale: 'my' }))
      expect(nodes.filter(t => /[0-9]/.test(t)), chart.name).toEqual([])
      expect(nodes.join(' '), chart.name).toMatch(/[၀-၉]/)
    }
  })

  it('describes each chart to a screen reader in the page’s language, with its figures', () => {
    const [distribution] = sampleCharts('km')
    const aria = distribution!.option.aria as { enabled: boolean; label: { description: string } }
    expect(aria.enabled).toBe(true)
    expect(aria.label.description).toContain(SAMPLE_TEXT.km.title)
    expect(aria.label.description).toContain(`${SAMPLE_TEXT.km.scale[3]}៖ 15 (44%)`)
    expect(aria.label.description).toContain('ចំនួនចម្លើយ')
  })

  it('computes the NPS as promoters’ minus detractors’ share and shows it signed', () => {
    expect(netPromoterScore({ detractors: 6, passives: 11, promoters: 17 })).toBe(32)
    expect(netPromoterScore({ detractors: 0, passives: 0, promoters: 0 })).toBe(0)
    const option = npsChart({ title: 'NPS', detractors: 10, passives: 0, promoters: 5 }, { locale: 'th', t: translatorFor('th') })
    expect((option.title as { subtext: string }).subtext).toBe('NPS -33')
  })

  it('draws a question nobody answered without NaN: zero bars, 0 %', () => {
    const ctx = { locale: 'lo', t: translatorFor('lo') }
    const empty = [
      distributionChart({ title: 'ວ່າງ', points: [{ label: 'ກ', count: 0 }, { label: 'ຂ', count: 0 }] }, ctx),
      likertChart({ title: 'ວ່າງ', scale: ['ກ', 'ຂ', 'ຄ'], questions: [{ label: 'ຖາມ', counts: [0, 0, 0] }] }, ctx),
      npsChart({ title: 'ວ່າງ', detractors: 0, passives: 0, promoters: 0 }, ctx),
      heatmapChart({ title: 'ວ່າງ', rows: ['ຖາມ'], columns: ['ກ', 'ຂ'], counts: [[0, 0]] }, ctx),
    ]
    for (const option of empty) expect(renderChartSvg(option, { ...SIZE, locale: 'lo' })).not.toMatch(/NaN|Infinity/)
  })

  it('escapes what an organiser typed: a label with markup stays text', () => {
    const option = distributionChart({ title: '<img src=x onerror=alert(1)>', points: [{ label: '<script>alert(1)</script> & Co', count: 2 }] }, { locale: 'en', t: translatorFor('en') })
    const svg = renderChartSvg(option, { ...SIZE, locale: 'en' })
    expect(svg).not.toMatch(/<script|<img/)
    expect(textNodes(svg)).toContain('<img src=x onerror=alert(1)>')
  })

  it('refuses a chart without a size', () => {
    const option = sampleCharts('th')[0]!.option
    expect(() => renderChartSvg(option, { width: 0, height: 300, locale: 'th' })).toThrow(RangeError)
    expect(() => renderChartSvg(option, { width: Number.NaN, height: 300, locale: 'th' })).toThrow(RangeError)
  })
})

describe('the pre/post chart axis', () => {
  const item = { label: 'Q', n: 12, pre: { mean: 1.2, low: 0.9, high: 1.5 }, post: { mean: 2.1, low: 1.8, high: 2.4 } }
  /** The value axis's tick labels as drawn: the texts left after the title, legend, category and bar labels. */
  const ticks = (scale: { min: number; max: number }, width: number) => {
    const ctx = { locale: 'en', t: translatorFor('en') }
    const option = prePostChart({ title: 'T', scale, items: [item] }, ctx)
    const others = new Set(['T', ctx.t('evaluation.chart.prePost.pre'), ctx.t('evaluation.chart.prePost.post'), ctx.t('evaluation.chart.prePost.axis')])
    return textNodes(renderChartSvg(option, { width, height: 240, locale: 'en' })).filter(t => /^\d+$/.test(t) && !others.has(t))
  }

  it.each([480, 720, 1200])('labels a knowledge score of 0–3 points 0, 1, 2, 3 once each at %i px, never 0, 1, 1, 2, 2, 3, 3', (width) => {
    expect(ticks({ min: 0, max: 3 }, width)).toEqual(['0', '1', '2', '3'])
  })

  it('labels whole points only on a 1–3 scale and a 0–2 score', () => {
    expect(ticks({ min: 1, max: 3 }, 720)).toEqual(['1', '2', '3'])
    expect(ticks({ min: 0, max: 2 }, 720)).toEqual(['0', '1', '2'])
  })

  it('keeps a 0–100 test score axis free of repeats too', () => {
    const labels = ticks({ min: 0, max: 100 }, 720)
    expect(labels.length).toBeGreaterThan(2)
    expect(new Set(labels).size).toBe(labels.length)
  })
})

describe('the diverging Likert bar', () => {
  const option = likertChart({ title: 'T', scale: ['1', '2', '3', '4', '5'], questions: [{ label: 'Q', counts: [2, 2, 4, 6, 6] }] }, { locale: 'en', t: translatorFor('en') })
  const series = option.series as { name: string; stack: string; data: number[] }[]

  it('puts disagreement and half the neutral answers left of zero, agreement and the other half right', () => {
    const left = series.filter(s => s.stack === 'disagree').reduce((sum, s) => sum + s.data[0]!, 0)
    const right = series.filter(s => s.stack === 'agree').reduce((sum, s) => sum + s.data[0]!, 0)
    expect(left).toBeCloseTo(-(0.1 + 0.1 + 0.1))
    expect(right).toBeCloseTo(0.1 + 0.3 + 0.3)
  })

  it('tells the whole share of a point in its tooltip, also for the neutral point drawn half on each side', () => {
    type Tooltip = { formatter: (p: { marker: string; dataIndex: number }) => string }
    const neutral = (option.series as { name: string; tooltip: Tooltip }[]).filter(s => s.name === '3')
    expect(neutral.map(s => s.tooltip.formatter({ marker: '', dataIndex: 0 }))).toEqual(['Q · 3: 20%', 'Q · 3: 20%'])
    const burmese = likertChart({ title: 'T', scale: ['<b>no</b>', 'yes'], questions: [{ label: 'Q', counts: [1, 3] }] }, { locale: 'my', t: translatorFor('my') })
    const first = (burmese.series as { tooltip: Tooltip }[])[0]!
    expect(first.tooltip.formatter({ marker: '', dataIndex: 0 })).toBe('Q · &lt;b&gt;no&lt;/b&gt;: ၂၅%')
  })

  it('lists each scale point once in the legend, in scale order', () => {
    expect((option.legend as { data: string[] }).data).toEqual(['1', '2', '3', '4', '5'])
  })
})

describe('legibility', () => {
  const contrast = (a: string, b: string) => {
    const lum = (hex: string) => {
      const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      const [r, g, bl] = [1, 3, 5].map(i => channel(Number.parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number]
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl
    }
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number]
    return (x + 0.05) / (y + 0.05)
  }

  it('labels every segment and cell colour with ink of at least 4.5:1 contrast', () => {
    const fills = [...[2, 3, 4, 5, 6, 7].flatMap(divergingColours), ...sequentialColours(8), '#ffffff']
    for (const fill of fills) expect(contrast(fill, inkOn(fill)), fill).toBeGreaterThanOrEqual(4.5)
  })

  it('wraps a long Khmer or Burmese label between words, never inside a letter cluster', () => {
    for (const locale of ['km', 'my', 'th', 'lo'] as SampleLocale[]) {
      for (const label of SAMPLE_TEXT[locale].statements) {
        const wrapped = wrapLabel(label, 120, 13, locale)
        expect(wrapped.split('\n').length, label).toBeGreaterThan(1)
        expect(squeeze(wrapped)).toBe(squeeze(label))
        for (const line of wrapped.split('\n')) expect(line, label).not.toMatch(/^\p{M}/u)
      }
    }
  })
})

/** The glyph ids a PDF content stream draws, in order (Typst writes 2-byte glyph ids as literal strings). */
function drawnGlyphs(pdf: Buffer): number[] {
  const raw = pdf.toString('latin1')
  const glyphs: number[] = []
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    let body: string
    try {
      body = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1')
    }
    catch {
      continue
    }
    for (const op of body.matchAll(/\[([^\]]*)\]\s*TJ|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      const literals = op[1] !== undefined ? [...op[1].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map(m => m[1]!) : [op[2]!]
      for (const literal of literals) {
        const bytes = literal.replace(/\\([0-7]{1,3}|.)/g, (_, e: string) => String.fromCharCode(/^[0-7]/.test(e) ? Number.parseInt(e, 8) : ({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[e] ?? e.charCodeAt(0)))
        for (let i = 0; i + 1 < bytes.length; i += 2) glyphs.push(bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1))
      }
    }
  }
  return glyphs
}

describe('charts in PDF reports', () => {
  it('embed in a Typst document, whose Khmer and Burmese chart labels get the same glyphs as Typst’s own text', () => {
    const compiler = NodeCompiler.create({ workspace: '/charts', fontArgs: [{ fontBlobs: documentFontPaths().map(path => readFileSync(path)) }] })
    for (const locale of ['km', 'my'] as const) {
      const label = SAMPLE_TEXT[locale].scale[0]
      const svg = renderChartSvg(sampleCharts(locale)[0]!.option as ChartOption, { ...SIZE, locale })
      const font = locale === 'km' ? 'Noto Sans Khmer' : 'Noto Sans Myanmar'
      const typeset = (body: string) => {
        compiler.mapShadow('/charts/main.typ', Buffer.from(`#set page(width: 20cm, height: auto)\n#let data = json(bytes(sys.inputs.data))\n${body}`))
        const compiled = compiler.compile({ mainFilePath: '/charts/main.typ', inputs: { data: JSON.stringify({ svg, label }) } })
        expect(compiled.result, JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics)).toBeTruthy()
        return drawnGlyphs(Buffer.from(compiler.pdf(compiled.result!)))
      }
      // One document holds both, so both use one font subset and its glyph numbering.
      const both = typeset(`#text(font: "${font}", data.label)\n\n#image(bytes(data.svg), format: "svg", width: 100%)`)
      const native = typeset(`#text(font: "${font}", data.label)`)
      expect(native.length).toBeGreaterThan(3)
      const own = both.slice(0, native.length)
      const inChart = both.slice(native.length).join(',')
      expect(inChart, locale).toContain(own.join(','))
    }
  })
})
