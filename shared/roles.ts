export const MEMBER_ROLES = ['student', 'teacher', 'partner_staff', 'office_staff', 'secretariat', 'reviewer'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const INSTITUTION_KINDS = ['university', 'vocational_college', 'enterprise', 'other'] as const
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]
