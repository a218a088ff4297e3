/**
 * Cross-site request forgery: a state-changing request a browser sends from another origin is refused (403),
 * and an API body must be JSON (uploads: multipart) — a text/plain or form post needs no CORS preflight,
 * so a page on another port of this host could otherwise send one with the visitor's cookie (415).
 */
export default defineEventHandler((event) => {
  if (!STATE_CHANGING.has(event.method)) return
  const { trustProxyHops, baseUrl } = portalConfig()
  const trustProxy = trustProxyHops > 0
  const own = [getRequestURL(event, { xForwardedHost: trustProxy, xForwardedProto: trustProxy }).origin, new URL(baseUrl).origin]
  const headers = { origin: getRequestHeader(event, 'origin'), secFetchSite: getRequestHeader(event, 'sec-fetch-site') }
  if (isForeignRequest(headers, own)) {
    closeAfterReply(event)
    fail(403, 'errors.crossOrigin')
  }

  if (!event.path.startsWith('/api/') || !hasBody(event)) return
  const expected = expectedBodyType(event.path, getRequestHeader(event, 'content-type'))
  if (!expected) return
  closeAfterReply(event)
  fail(415, expected === 'multipart' ? 'files.errors.notMultipart' : 'errors.unsupportedMediaType')
})
