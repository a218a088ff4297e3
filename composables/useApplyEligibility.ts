import { STAFF_PROGRAM_TYPES, type ProgramType } from '#shared/mobility/vocabulary'
import type { MemberRole } from '#shared/roles'
import { useSessionStore } from '~/stores/session'

/** Who may apply to a program type, as the server checks it when the draft is created. */
export function applicantRolesFor(type: ProgramType): MemberRole[] {
  return STAFF_PROGRAM_TYPES.includes(type) ? ['teacher', 'office_staff', 'partner_staff'] : ['student']
}

/** The signed-in person's institutions from which they may apply: a fitting role at one of the call's sending institutions. */
export function useApplyEligibility() {
  const store = useSessionStore()
  return (type: ProgramType, sendingInstitutionIds: readonly string[]) => {
    const roles = applicantRolesFor(type)
    const fitting = (store.user?.memberships ?? []).filter(m => roles.includes(m.role) && sendingInstitutionIds.includes(m.institution_id))
    // One entry per institution, even when the person holds two fitting roles there.
    return fitting.filter((m, i) => fitting.findIndex(o => o.institution_id === m.institution_id) === i)
  }
}
