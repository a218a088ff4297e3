// Who walks the navigation in the hydration and phone-width walks: one demo person per set of side-menu entries,
// chosen so that together they see every entry of shared/navigation.ts (checked by everyPageWalkedBy).
import { DASHBOARD_NAV } from '../../shared/navigation'
import type { MemberRole } from '../../shared/roles'

export interface NavWalker { role: MemberRole; email: string }

/** A demo person for each role whose side menu differs from the others' (the reviewer's is a student's less one). */
export const NAV_WALKERS: readonly NavWalker[] = [
  { role: 'student', email: 'student.cambodia@demo.example' },
  { role: 'office_staff', email: 'office.nanning@demo.example' },
  { role: 'secretariat', email: 'secretariat@demo.example' },
]

/** The side-menu entries none of these roles sees: empty when walking them walks every page the navigation lists. */
export function entriesNotWalked(roles: readonly MemberRole[]): string[] {
  return DASHBOARD_NAV.filter(e => e.roles && !e.roles.some(r => roles.includes(r))).map(e => e.to)
}
