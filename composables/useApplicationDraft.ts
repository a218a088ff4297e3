import { formOf } from '#shared/mobility/form'
import type { ApplicationForm, ApplicationPrivateInput } from '#shared/schemas/mobility'
import type { ApplicationPrivate } from '~/types/mobility'

/** Passport fields as typed: strings, turned into nulls only when saved. */
export interface PassportDraft { passportNumber: string; passportExpiry: string; nationality: string }

function passportOf(value: ApplicationPrivate | null | undefined): PassportDraft {
  return { passportNumber: value?.passport_number ?? '', passportExpiry: value?.passport_expiry ?? '', nationality: value?.nationality ?? '' }
}

/**
 * The applicant's form as being typed. It is replaced from the server only when nothing is unsaved,
 * so a save refused because someone acted meanwhile never loses what was typed.
 */
export function useApplicationDraft() {
  const form = ref<ApplicationForm>(formOf(null))
  const passport = ref<PassportDraft>(passportOf(null))
  const current = () => JSON.stringify([form.value, passport.value])
  // Nothing typed yet: the first copy from the server may replace the empty form.
  const snapshot = ref(current())
  const dirty = computed(() => current() !== snapshot.value)

  function load(source: { form: Partial<ApplicationForm> | null; private: ApplicationPrivate | null }) {
    form.value = formOf(source.form)
    passport.value = passportOf(source.private)
    snapshot.value = current()
  }

  function body(revision: number) {
    const hours = form.value.teachingHours as number | string | null
    const privateData: ApplicationPrivateInput = {
      passportNumber: passport.value.passportNumber.trim() || null,
      passportExpiry: passport.value.passportExpiry || null,
      nationality: passport.value.nationality.trim().toUpperCase() || null,
    }
    return {
      revision,
      // An emptied number input gives '': that is "no hours yet".
      form: {
        ...form.value,
        teachingHours: hours === '' || hours === null ? null : Number(hours),
        // A certificate row added but left without a language is not a certificate yet.
        languageCertificates: form.value.languageCertificates.filter(c => c.language.trim())
          .map(c => ({ ...c, language: c.language.trim().toLowerCase() })),
      },
      private: privateData,
    }
  }

  return { form, passport, dirty, load, body }
}
