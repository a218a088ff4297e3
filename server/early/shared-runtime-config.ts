import { defineNitroPlugin, useRuntimeConfig } from 'nitropack/runtime'

/**
 * Requests read the process's runtime configuration instead of re-deriving it. For each request that asks
 * with its event, Nitro deep-copies the configuration and re-reads every NUXT_* variable into it (an edge
 * worker's env may differ per request; a Node server's does not): about 0.6 ms of every API call and 5 % of
 * a page's render. API requests share the process's object; other requests get a plain copy of it, since the
 * Vue app may write to its configuration while rendering — made when first asked for, as Nitro's own is, so
 * a static file or a cached page makes none. Listed first in nitro.plugins, so it runs before the modules'
 * request hooks.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    const nitro = event.context.nitro
    if (nitro.runtimeConfig) return
    if (event.path.startsWith('/api/')) {
      nitro.runtimeConfig = shared
      return
    }
    let copy: typeof shared | undefined
    Object.defineProperty(nitro, 'runtimeConfig', {
      configurable: true, enumerable: true,
      get: () => (copy ??= structuredClone(shared)),
      set: (value: typeof shared) => { copy = value },
    })
  })
})
