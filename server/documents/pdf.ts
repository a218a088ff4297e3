import { createRequire } from 'node:module'
import type { H3Event } from 'h3'
import { setResponseHeader } from 'h3'
import { fail } from '../utils/errors'
import { documentFonts, scriptRuns } from './fonts'
import { DocumentQueueFull, workerPool } from './pool'

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

/**
 * The rendering worker: pdfmake with the portal's fonts, no network and no files but fonts. A definition is plain
 * data (it crosses threads), so a header or footer writes the page number as {{page}} and the count as {{pages}}.
 */
const PDFMAKE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const pdfmake = require(workerData.engine)
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy(path => path.includes('/fonts/'))
pdfmake.setFonts(workerData.fonts)
const numbered = node => (page, pages) => JSON.parse(JSON.stringify(node).replaceAll('{{page}}', page).replaceAll('{{pages}}', pages))
parentPort.on('message', async (definition) => {
  try {
    for (const part of ['header', 'footer']) if (definition[part]) definition[part] = numbered(definition[part])
    const buffer = await pdfmake.createPdf(definition).getBuffer()
    const result = new Uint8Array(buffer)
    parentPort.postMessage({ result }, [result.buffer])
  }
  catch (error) { parentPort.postMessage({ error: String(error && error.stack || error) }) }
})`

let pool: ReturnType<typeof workerPool<Record<string, unknown>, Uint8Array>> | undefined

function pdfPool() {
  // Resolved here, from the server's own node_modules (nitro.externals.traceInclude keeps pdfmake in the build).
  pool ??= workerPool<Record<string, unknown>, Uint8Array>({
    source: PDFMAKE_WORKER,
    workerData: { engine: createRequire(import.meta.url).resolve('pdfmake'), fonts: documentFonts() },
    name: 'pdf',
    size: Number(process.env.PDF_WORKERS) || undefined,
    queueMax: process.env.PDF_QUEUE_MAX ? Number(process.env.PDF_QUEUE_MAX) : undefined,
  })
  return pool
}

/** Renders a pdfmake document definition with the portal's fonts, in a worker thread; 503 when too many wait. */
export async function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  const full = { defaultStyle: { font: 'Latin', fontSize: 9.5, lineHeight: 1.25 }, pageSize: 'A4', pageMargins: [36, 48, 36, 48], ...definition }
  try {
    const bytes = await pdfPool().run(full)
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  catch (error) {
    if (error instanceof DocumentQueueFull) fail(503, 'errors.documentsBusy', { seconds: error.retryAfterSeconds }, { retryAfter: error.retryAfterSeconds })
    throw error
  }
}

/** As renderPdf, for a route: a full queue also tells the client when to try again (Retry-After). */
export async function renderPdfFor(event: H3Event, definition: Record<string, unknown>): Promise<Buffer> {
  try {
    return await renderPdf(definition)
  }
  catch (error) {
    const retryAfter = (error as { data?: { retryAfter?: number } }).data?.retryAfter
    if (retryAfter) setResponseHeader(event, 'retry-after', retryAfter)
    throw error
  }
}
