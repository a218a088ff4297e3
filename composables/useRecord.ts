import type { InternalApi } from 'nitropack/types'
import type { ApiReply } from '~/types/api'

type GetRoute = { [R in keyof InternalApi]: 'get' extends keyof InternalApi[R] ? R : never }[keyof InternalApi]

/**
 * Load-or-404: the record a page is about, by its route pattern and parameters, e.g.
 * `await useRecord('/api/agreements/:id', { id })`. A record that does not exist (404), or an id that cannot be
 * one (422), shows Nuxt's 404 page; any other failure shows the error page for its status (403: not theirs to see).
 * So once it returns, `data` holds the record, typed by the route.
 */
export async function useRecord<R extends GetRoute>(route: R, params: Record<string, string>) {
  const url = route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
  const result = await useFetch<ApiReply<R>>(url, { headers: useRequestHeaders(['cookie']) })
  const error = result.error.value
  if (error || result.data.value == null) {
    const status = error?.statusCode ?? 404
    if (status === 404 || status === 422) throw createError({ statusCode: 404, statusMessage: 'Not found', fatal: true })
    throw createError({ statusCode: status, statusMessage: error?.statusMessage, fatal: true })
  }
  return result
}
