import { storePage } from '../cache/page-cache'

/** Headers that belong to one response only. */
const PER_RESPONSE = new Set(['set-cookie', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-page-cache'])

/** Keeps a successfully rendered anonymous page that the page-cache middleware marked as a miss. */
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('beforeResponse', (event, response) => {
    const mark = event.context.pageCache as { key: string; generation: number } | undefined
    if (!mark || event.node.res.statusCode !== 200 || typeof response.body !== 'string') return
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(event.node.res.getHeaders())) {
      if (!PER_RESPONSE.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
    }
    if (!String(headers['content-type'] ?? '').startsWith('text/html')) return
    const nonce = (event.context.security as { nonce?: string } | undefined)?.nonce ?? null
    storePage(mark.key, { generation: mark.generation, storedAt: Date.now(), body: response.body, nonce, headers })
  })
})
