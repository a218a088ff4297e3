import { LANGUAGE_LEVELS, type LanguageLevel } from '../agreements/vocabulary'
import type { ApplicationForm, Eligibility } from '../schemas/mobility'

/** A requirement of a program that an application can fail: the form field that answers it. */
export type Requirement = 'studyLevel' | 'fieldOfStudy' | 'languageCertificates'

const CEFR = LANGUAGE_LEVELS.filter(l => !l.startsWith('HSK'))
const HSK = LANGUAGE_LEVELS.filter(l => l.startsWith('HSK'))

/** A level at least as high as the wanted one on the same scale (CEFR or HSK); the scales do not compare. */
export function languageLevelMeets(held: LanguageLevel, wanted: LanguageLevel): boolean {
  const scale = HSK.includes(wanted) ? HSK : CEFR
  return scale.includes(held) && scale.indexOf(held) >= scale.indexOf(wanted)
}

/**
 * The program's requirements a form does not meet, as the applicant declares them; the home office
 * checks the declarations in its review. Level and field of study apply to students, not to staff
 * visits; an ISCED field matches its narrower fields (07 accepts 0714, 0714 does not accept 07).
 */
export function unmetRequirements(eligibility: Eligibility, form: Pick<ApplicationForm, 'studyLevel' | 'fieldOfStudy' | 'languageCertificates'>, staffProgram: boolean): Requirement[] {
  const unmet: Requirement[] = []
  if (!staffProgram && eligibility.levels.length && !(form.studyLevel && eligibility.levels.includes(form.studyLevel))) unmet.push('studyLevel')
  if (!staffProgram && eligibility.iscedCodes.length && !eligibility.iscedCodes.some(code => form.fieldOfStudy?.startsWith(code))) unmet.push('fieldOfStudy')
  const { language, languageLevel } = eligibility
  if (language && !form.languageCertificates.some(c => c.language === language && (!languageLevel || languageLevelMeets(c.level, languageLevel)))) {
    unmet.push('languageCertificates')
  }
  return unmet
}
