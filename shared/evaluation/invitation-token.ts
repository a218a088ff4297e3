/**
 * A personal evaluation link's secret: 43 base64url characters, as issued. A plain pattern, not a zod schema, because
 * a page's route middleware tests it (pages/evaluation/respond/[id].vue) and everything a `definePageMeta` imports goes
 * into the router, loaded by every page: zod with it was 26 KB of every page's first load.
 */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/
