import { createRequire } from 'node:module'
import type { H3Event } from 'h3'
import { setResponseHeader } from 'h3'
import { fail } from '../utils/errors'
import { documentFontPaths } from './fonts'
import { DocumentQueueFull, workerPool } from './pool'
import { localeText, templateSources, type DocumentRequest, type DocumentTemplate } from './templates'

/*
 * The documents engine is Typst (@myriaddreamin/typst-ts-node-compiler: the Typst compiler as a prebuilt
 * native addon inside the npm package). Typst shapes text with rustybuzz (HarfBuzz's algorithms), so Burmese
 * vowel signs and medials, Khmer subscripts and Thai/Lao marks sit where Chromium puts them, and it breaks
 * Thai, Lao, Khmer and Myanmar lines between dictionary words. Once a worker is warm a short page takes ~10 ms,
 * a full bilingual agreement page 50–100 ms (Burmese the slowest) on a busy 2-core machine.
 * Weighed against it: pdfmake, PDFKit and react-pdf shape with fontkit (the misplaced ေ and medial ra);
 * printing HTML through Chromium shapes well but needs a browser on every server; LaTeX is not on npm.
 */

/**
 * The rendering worker: one Typst compiler with the portal's fonts and templates, warmed by a first render.
 * Its workspace is a folder that does not exist, so a template can read nothing but the mapped templates.
 */
const TYPST_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
const { NodeCompiler } = require(workerData.engine)
const ROOT = '/portal-documents'
const compiler = NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontBlobs: workerData.fonts.map(path => readFileSync(path)) }] })
for (const [file, source] of Object.entries(workerData.templates)) compiler.mapShadow(ROOT + '/' + file, Buffer.from(source))
function render({ template, data, format }) {
  const compiled = compiler.compile({ mainFilePath: ROOT + '/' + template + '.typ', inputs: { data: JSON.stringify(data) } })
  const document = compiled.result
  if (!document) {
    const error = compiled.takeError() || compiled.takeDiagnostics()
    throw new Error('typst: ' + JSON.stringify(error ? error.shortDiagnostics : 'no document'))
  }
  try { return format === 'svg' ? compiler.plainSvg(document) : new Uint8Array(compiler.pdf(document)) }
  finally { compiler.evictCache(10) }
}
render(workerData.warmUp)
parentPort.on('message', (job) => {
  try {
    const result = render(job)
    parentPort.postMessage({ result }, typeof result === 'string' ? [] : [result.buffer])
  }
  catch (error) { parentPort.postMessage({ error: String(error && error.stack || error) }) }
})`

// A first render touches every font and the shared template, so the first real document is fast too.
const WARM_UP: DocumentRequest<'plain'> = {
  template: 'plain',
  data: { ...localeText('en'), title: 'Warm-up', paragraphs: ['Agreement 协议 ข้อตกลง ສັນຍາ កិច្ចព្រមព្រៀង သဘောတူညီချက် Thỏa thuận'] },
}

type RenderJob = DocumentRequest & { format: 'pdf' | 'svg' }
let pool: Promise<ReturnType<typeof workerPool<RenderJob, Uint8Array | string>>> | undefined

let poolSize: { workers?: number; queueMax?: number } = {}

/** How many workers render and how many documents may wait (PDF_WORKERS, PDF_QUEUE_MAX); set at start, before the first render. */
export function setDocumentPoolSize(size: { workers?: number; queueMax?: number }) {
  poolSize = size
}

function documentPool() {
  pool ??= templateSources().then(templates => workerPool<RenderJob, Uint8Array | string>({
    source: TYPST_WORKER,
    // Resolved here, from the server's own node_modules (nitro.externals.traceInclude keeps them in the build).
    workerData: {
      engine: createRequire(import.meta.url).resolve('@myriaddreamin/typst-ts-node-compiler'),
      fonts: documentFontPaths(),
      templates,
      warmUp: WARM_UP,
    },
    name: 'documents',
    size: poolSize.workers,
    queueMax: poolSize.queueMax,
  }))
  return pool
}

async function render(job: RenderJob): Promise<Uint8Array | string> {
  try {
    return await (await documentPool()).run(job)
  }
  catch (error) {
    if (error instanceof DocumentQueueFull) fail(503, 'errors.documentsBusy', { seconds: error.retryAfterSeconds }, { retryAfter: error.retryAfterSeconds })
    throw error
  }
}

/** Renders a document from its template in a worker thread; 503 when too many wait. */
export async function renderPdf<T extends DocumentTemplate>(request: DocumentRequest<T>): Promise<Buffer> {
  const bytes = await render({ ...request, format: 'pdf' }) as Uint8Array
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The same document as one SVG of all its pages, glyphs drawn as outlines: what the visual tests rasterize. */
export async function renderSvg<T extends DocumentTemplate>(request: DocumentRequest<T>): Promise<string> {
  return await render({ ...request, format: 'svg' }) as string
}

/** As renderPdf, for a route: a full queue also tells the client when to try again (Retry-After). */
export async function renderPdfFor<T extends DocumentTemplate>(event: H3Event, request: DocumentRequest<T>): Promise<Buffer> {
  try {
    return await renderPdf(request)
  }
  catch (error) {
    const retryAfter = (error as { data?: { retryAfter?: number } }).data?.retryAfter
    if (retryAfter) setResponseHeader(event, 'retry-after', retryAfter)
    throw error
  }
}
