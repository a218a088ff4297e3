import { defineStore } from 'pinia'
import type { MemberRole } from '#shared/roles'
import { SESSION_COOKIE } from '#shared/session'
import type { NoticeDocument } from '#shared/privacy/notices'
import type { ApiReply } from '~/types/api'

/** The signed-in person as GET /api/auth/me gives them. */
export type CurrentUser = NonNullable<ApiReply<'/api/auth/me'>['user']>

/**
 * Client state only: who is signed in, as the server last said, with what every signed-in page shows around its
 * content (the bell's unread count, the notices still to accept), which come in the same reply.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  const unread = ref(0)
  const pendingNotices = ref<NoticeDocument[]>([])
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
    unread.value = reply.user ? reply.unread : 0
    pendingNotices.value = reply.user ? reply.pendingNotices : []
    loaded.value = true
  }

  /** The bell's count again (after a navigation, or after notices were read). */
  async function refreshUnread() {
    unread.value = user.value ? (await $fetch('/api/notifications', { query: { limit: 1 } })).unread : 0
  }

  function hasRole(...roles: MemberRole[]) {
    return Boolean(user.value?.roles.some(r => roles.includes(r)))
  }

  return { user, unread, pendingNotices, loaded, refresh, refreshUnread, hasRole }
})
