// First-load JavaScript of a page: every script the server-rendered HTML loads or preloads, gzipped.
import { gzipSync } from 'node:zlib'

export async function firstLoadKb(url, path, cookie) {
  const headers = cookie ? { cookie } : {}
  const html = await (await fetch(`${url}${path}`, { headers })).text()
  const scripts = new Set([...html.matchAll(/<(?:link[^>]*rel="modulepreload"|script[^>]*type="module")[^>]*(?:href|src)="([^"]+\.js)"/g)].map(m => m[1]))
  let bytes = 0
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(`${url}${src}`)).arrayBuffer())).length
  return { files: scripts.size, kb: Math.round(bytes / 102.4) / 10 }
}
