import { STAFF_ROLES, type MemberRole } from '../roles'

export const PROGRAM_TYPES = [
  'semester_exchange', 'short_term_study', 'traineeship', 'joint_programme', 'teacher_teaching', 'staff_training', 'conference',
] as const
export type ProgramType = (typeof PROGRAM_TYPES)[number]

/** Programs for teaching and training staff; everything else is for students. */
export const STAFF_PROGRAM_TYPES: readonly ProgramType[] = ['teacher_teaching', 'staff_training', 'conference']

/** Who may apply to a program type: teachers and staff to staff programs, students to the rest (the form and the server). */
export function applicantRolesFor(type: ProgramType): readonly MemberRole[] {
  return STAFF_PROGRAM_TYPES.includes(type) ? ['teacher', ...STAFF_ROLES] : ['student']
}

export const APPLICATION_STATES = [
  'draft', 'submitted', 'returned', 'home_rejected', 'nominated', 'info_requested', 'host_rejected',
  'accepted', 'confirmed', 'declined', 'in_mobility', 'completed', 'withdrawn',
] as const
export type ApplicationState = (typeof APPLICATION_STATES)[number]

export const CHECKLIST_KEYS = ['insurance', 'visa', 'accommodation', 'safety_briefing', 'emergency_contacts'] as const
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number]
export const CHECKLIST_STATUSES = ['pending', 'done', 'not_needed'] as const
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number]

export const INCIDENT_TYPES = ['health', 'accident', 'security', 'legal', 'lost_documents', 'natural_disaster', 'other'] as const
export type IncidentType = (typeof INCIDENT_TYPES)[number]
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number]

/** Document kinds programs commonly ask for; their names are translated (mobility.documentKinds.*). A program may use other keys. */
export const DOCUMENT_KINDS = ['transcript', 'cv', 'language_certificate', 'passport_copy', 'motivation_letter', 'recommendation_letter', 'insurance', 'portfolio'] as const
