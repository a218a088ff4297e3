/** Methods that change state; only these are checked for origin and body type. */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Routes that take a file upload (multipart/form-data); every other API route with a body takes JSON. */
export const UPLOAD_ROUTES = new Set(['/api/files'])

export interface OriginHeaders {
  origin?: string
  secFetchSite?: string
}

/**
 * Whether a browser says the request comes from a page that is not the portal itself.
 * Sec-Fetch-Site `same-site` is refused too: another port of the same host is another application.
 * A request with neither header is no browser's cross-site request (server-to-server, curl), so it passes.
 */
export function isForeignRequest(headers: OriginHeaders, ownOrigins: string[]): boolean {
  const site = headers.secFetchSite?.trim().toLowerCase()
  if (site && site !== 'same-origin' && site !== 'none') return true
  if (headers.origin === undefined) return false
  try {
    return !ownOrigins.includes(new URL(headers.origin).origin)
  }
  catch {
    // "null" (sandboxed frames, data: pages) and anything unparsable is no origin of ours.
    return true
  }
}

/** The media type a route expects for the body sent, or null when the body's type is right. */
export function expectedBodyType(path: string, contentType: string | undefined): 'json' | 'multipart' | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  const route = path.split('?')[0]!.replace(/\/+$/, '')
  if (UPLOAD_ROUTES.has(route)) return type === 'multipart/form-data' ? null : 'multipart'
  return type === 'application/json' ? null : 'json'
}
