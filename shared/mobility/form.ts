import type { ApplicationForm } from '../schemas/mobility'

/** A stored form with every field present: a new draft is stored as {}. */
export function formOf(value: Partial<ApplicationForm> | null | undefined): ApplicationForm {
  return {
    latinName: value?.latinName ?? '',
    nativeName: value?.nativeName ?? '',
    emergencyContact: {
      name: value?.emergencyContact?.name ?? '', phone: value?.emergencyContact?.phone ?? '', relation: value?.emergencyContact?.relation ?? '',
    },
    preferredCourses: value?.preferredCourses ?? '',
    studyLevel: value?.studyLevel ?? null,
    fieldOfStudy: value?.fieldOfStudy ?? null,
    languageCertificates: (value?.languageCertificates ?? []).map(c => ({ ...c })),
    motivation: value?.motivation ?? '',
    teachingPlan: value?.teachingPlan ?? '',
    teachingHours: value?.teachingHours ?? null,
  }
}
