import { applicantRolesFor, type ProgramType } from '#shared/mobility/vocabulary'
import { useSessionStore } from '~/stores/session'

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
