import pdfmake from 'pdfmake'
import { documentFonts, scriptRuns } from './fonts'

pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy(path => path.includes('/fonts/'))

const segmenters = new Map<string, Intl.Segmenter>()
const NO_SPACES = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/**
 * Thai, Lao, Khmer and Myanmar do not put spaces between words; a zero-width space at each word
 * boundary (found by the ICU dictionaries behind Intl.Segmenter) lets lines break between words.
 * Chinese needs none: a line may break between any two ideographs.
 */
export function markWordBreaks(text: string, locale: string): string {
  if (!NO_SPACES.test(text)) return text
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, segmenter = new Intl.Segmenter(locale, { granularity: 'word' }))
  return [...segmenter.segment(text)].map(s => s.segment).join('\u200B')
}

/** Rich text for pdfmake: runs of one script each in a font that has its glyphs. */
export function richText(text: string, locale: string, style: Record<string, unknown> = {}) {
  // Noto CJK has no zero-width space glyph; Chinese text needs none anyway.
  const runs = scriptRuns(markWordBreaks(text, locale)).map(run => ({ text: run.font === 'Han' ? run.text.replace(/\u200B/g, '') : run.text, font: run.font }))
  return { text: runs, ...style }
}

/** Renders a pdfmake document definition with the portal's fonts. */
export async function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  pdfmake.setFonts(documentFonts())
  const doc = pdfmake.createPdf({ defaultStyle: { font: 'Latin', fontSize: 9.5, lineHeight: 1.25 }, pageSize: 'A4', pageMargins: [36, 48, 36, 48], ...definition })
  return Buffer.from(await doc.getBuffer())
}
