import type { InternalApi } from 'nitropack/types'

/**
 * The reply of an API route as the browser receives it (JSON: dates are strings), read from the route's own
 * return type. useFetch and $fetch infer it for a literal URL; a URL with an id in it is a plain string to
 * TypeScript, so those calls name their route pattern: useFetch<ApiReply<'/api/agreements/:id'>>(url).
 * Pages and components import them from here (~/types), so a reply's shape is declared once, by its service.
 */
/** Routes that only write are kept apart from the inferred table (build/route-types.ts): name their reply with a method. */
type Routes = InternalApi & ApiWrites
export type ApiRoute = keyof Routes
export type ApiReply<R extends ApiRoute, M extends keyof Routes[R] = 'get' & keyof Routes[R]> = Routes[R][M]
/** One element of a route's list reply. */
export type ApiItem<R extends ApiRoute, M extends keyof Routes[R] = 'get' & keyof Routes[R]> = ApiReply<R, M> extends readonly (infer T)[] ? T : never
