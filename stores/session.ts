import { defineStore } from 'pinia'
import type { MemberRole } from '#shared/roles'
import { SESSION_COOKIE } from '#shared/session'
import type { ApiReply } from '~/types/api'

/** The signed-in person as GET /api/auth/me gives them. */
export type CurrentUser = NonNullable<ApiReply<'/api/auth/me'>['user']>

/** Client state only: who is signed in, as the server last said. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  const loaded = ref(false)

  async function refresh() {
    const headers = import.meta.server ? useRequestHeaders(['cookie']) : undefined
    // Rendering for a visitor without a session cookie: nobody is signed in, no need to ask.
    if (import.meta.server && !useCookie(SESSION_COOKIE).value) {
      user.value = null
      loaded.value = true
      return
    }
    const reply = await $fetch('/api/auth/me', { headers })
    user.value = reply.user
    loaded.value = true
  }

  function hasRole(...roles: MemberRole[]) {
    return Boolean(user.value?.roles.some(r => roles.includes(r)))
  }

  return { user, loaded, refresh, hasRole }
})
