import { defineStore } from 'pinia'
import type { LocaleCode } from '#shared/locales'
import type { MemberRole } from '#shared/roles'
import type { LocalizedText } from '#shared/localized-text'

export interface CurrentUser {
  id: string
  email: string
  display_name: string
  preferred_locale: LocaleCode
  time_zone: string
  thai_buddhist_calendar: boolean
  roles: MemberRole[]
  memberships: { id: string; role: MemberRole; institution_id: string; slug: string; name: LocalizedText }[]
}

/** Client state only: who is signed in, as the server last said. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  const loaded = ref(false)

  async function refresh() {
    const headers = import.meta.server ? useRequestHeaders(['cookie']) : undefined
    const reply = await $fetch<{ user: CurrentUser | null }>('/api/auth/me', { headers })
    user.value = reply.user
    loaded.value = true
  }

  function hasRole(...roles: MemberRole[]) {
    return Boolean(user.value?.roles.some(r => roles.includes(r)))
  }

  return { user, loaded, refresh, hasRole }
})
