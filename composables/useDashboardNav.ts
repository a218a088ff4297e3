import { DASHBOARD_NAV } from '#shared/navigation'

/** The signed-in person's side navigation: the entries of shared/navigation.ts their roles allow. */
export function useDashboardNav() {
  const store = useSessionStore()
  return computed(() => DASHBOARD_NAV.filter(e => !e.roles || store.hasRole(...e.roles)))
}
