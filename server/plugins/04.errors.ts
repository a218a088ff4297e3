/** Unexpected server errors (5xx) are logged with the path, so an operator can find them; user errors (4xx) are not. */
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('error', (error, { event }) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500
    if (status < 500) return
    console.error(`[error] ${status} ${event?.method ?? ''} ${event?.path ?? ''}:`, (error as Error).stack ?? error)
  })
})
