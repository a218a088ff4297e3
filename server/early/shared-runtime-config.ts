import { defineNitroPlugin, useRuntimeConfig } from 'nitropack/runtime'

/**
 * API requests read the process's runtime configuration instead of a per-request copy. Nitro copies
 * the whole configuration for each request that asks with its event (an edge worker's env may differ
 * per request; a Node server's does not), which cost about 0.6 ms of every API call. Pages keep their
 * own copy, since the Vue app may write to it while rendering. Listed first in nitro.plugins, so it
 * runs before the modules' request hooks.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    if (event.path.startsWith('/api/')) event.context.nitro.runtimeConfig ??= shared
  })
})
