export const MEMBER_ROLES = ['student', 'teacher', 'partner_staff', 'office_staff', 'secretariat', 'reviewer'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** An institution's staff: they act for it (its page, agreements, calls, nominations) and hear of what happens to it. */
export const STAFF_ROLES = ['partner_staff', 'office_staff'] as const satisfies readonly MemberRole[]
export type StaffRole = (typeof STAFF_ROLES)[number]
/** Who may open an agreement: an institution's staff, or the secretariat for the whole community. */
export const AGREEMENT_CREATOR_ROLES = [...STAFF_ROLES, 'secretariat'] as const satisfies readonly MemberRole[]
/** Who translates content in the translation queue: staff their institution's, the secretariat everyone's. */
export const TRANSLATOR_ROLES = [...STAFF_ROLES, 'secretariat'] as const satisfies readonly MemberRole[]

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role)
}

export const INSTITUTION_KINDS = ['university', 'vocational_college', 'enterprise', 'other'] as const
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]
