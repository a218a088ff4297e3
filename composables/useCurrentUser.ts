import { storeToRefs } from 'pinia'
import { useSessionStore } from '~/stores/session'

/** The one place pages learn who is signed in; loads it once per page load. */
export async function useCurrentUser() {
  const store = useSessionStore()
  if (!store.loaded) await store.refresh()
  const { user } = storeToRefs(store)
  return { user, hasRole: store.hasRole, refresh: store.refresh }
}
