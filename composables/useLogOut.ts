/** Ends the session and returns to the home page; the header and the phone menu both offer it. */
export function useLogOut() {
  const localePath = useLocalePath()
  const store = useSessionStore()
  return async function logOut() {
    await $fetch('/api/auth/logout', { method: 'POST' })
    store.user = null
    await navigateTo(localePath('/'))
  }
}
