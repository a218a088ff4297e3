/** Pages that need a signed-in person, and optionally one of meta.roles; others go to log in or see 403. */
export default defineNuxtRouteMiddleware(async (to) => {
  const { user, hasRole } = await useCurrentUser()
  const localePath = useLocalePath()
  if (!user.value) return navigateTo({ path: localePath('/auth/login'), query: { next: to.fullPath } })
  const roles = to.meta.roles as Parameters<typeof hasRole> | undefined
  if (roles?.length && !hasRole(...roles)) throw createError({ statusCode: 403, statusMessage: 'Forbidden' })
})
