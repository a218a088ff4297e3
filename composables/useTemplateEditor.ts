import { isStaffRole } from '#shared/roles'
import type { LocaleCode } from '#shared/locales'
import type { ApiReply } from '~/types/api'
import type { CertificateTemplate, IssuerDraft, TemplateDraft } from '~/types/certificates'

/** A new template: the reader's first staff institution owns and co-issues it; the reader's language and English. */
function blank(owner: string, locale: LocaleCode): TemplateDraft {
  return {
    ownerInstitutionId: owner, languages: locale === 'en' ? ['en', 'zh'] : [locale, 'en'], title: {}, programme: {}, body: {}, outcomes: {},
    hours: null, credits: null, creditLabel: null, shownFields: ['native_name', 'latin_name', 'programme', 'dates'], validityMonths: null,
    serialScheme: 'CAEC-{YYYY}-{SEQ:5}',
    issuers: owner ? [{ institutionId: owner, signatoryName: {}, signatoryTitle: {}, logoFileId: null }] : [],
  }
}

function fromTemplate(t: CertificateTemplate): TemplateDraft {
  return {
    id: t.id, ownerInstitutionId: t.ownerInstitutionId, languages: t.languages as LocaleCode[], title: t.title, programme: t.programme,
    body: t.body, outcomes: t.outcomes, hours: t.hours, credits: t.credits, creditLabel: t.creditLabel,
    shownFields: t.shownFields as TemplateDraft['shownFields'], validityMonths: t.validityMonths, serialScheme: t.serialScheme,
    issuers: t.issuers.map(i => ({
      institutionId: i.institutionId, signatoryName: i.signatoryName, signatoryTitle: i.signatoryTitle, logoFileId: i.logoFileId,
    })),
  }
}

/**
 * The template editor's state: the draft as typed (a copy of the saved one), saving it (a new one opens its own page),
 * and the lifecycle steps (activate, archive, reactivate, delete). `template` is the saved one (null for a new one).
 */
export function useTemplateEditor(saved: Ref<CertificateTemplate | null>, onSaved: (id: string) => Promise<unknown>) {
  const { locale } = useI18n()
  const store = useSessionStore()
  const localePath = useLocalePath()
  const myInstitutions = computed(() => (store.user?.memberships ?? []).filter(m => isStaffRole(m.role)))
  const start = () => (saved.value ? fromTemplate(saved.value) : blank(myInstitutions.value[0]?.institution_id ?? '', locale.value as LocaleCode))
  const draft = ref<TemplateDraft>(start())
  watch(saved, (t) => { if (t) draft.value = fromTemplate(t) })
  // Typed texts survive a language switch and a reload while they differ from the saved template (or a blank one).
  const kept = useFormDraft('certificate-template', draft, { dirty: () => JSON.stringify(draft.value) !== JSON.stringify(start()) })
  const editable = computed(() => !saved.value || saved.value.state === 'draft')
  const mayManage = computed(() => !saved.value || myInstitutions.value.some(m => m.institution_id === saved.value!.ownerInstitutionId))

  const fields = useFieldErrors()
  const save = useSubmit(async () => {
    const reply = await $fetch<ApiReply<'/api/certificates', 'post'>>('/api/certificates', { method: 'POST', body: { action: 'save', template: draft.value } })
    const id = 'template' in reply ? reply.template?.id : undefined
    if (!id) return
    kept.clear()
    if (saved.value) await onSaved(id)
    else await navigateTo(localePath(`/certificates/templates/${id}`))
  }, { fields })
  const step = useSubmit(async (action: 'activate' | 'archive' | 'reactivate' | 'delete') => {
    await $fetch('/api/certificates', { method: 'POST', body: { action, templateId: saved.value!.id } })
    if (action === 'delete') await navigateTo(localePath('/certificates?tab=templates'))
    else await onSaved(saved.value!.id)
  })

  const addIssuer = (institutionId: string) => {
    if (!institutionId || draft.value.issuers.some(i => i.institutionId === institutionId)) return
    draft.value.issuers.push({ institutionId, signatoryName: {}, signatoryTitle: {}, logoFileId: null } satisfies IssuerDraft)
  }
  const moveIssuer = (index: number, by: -1 | 1) => {
    const list = draft.value.issuers
    const to = index + by
    if (to < 0 || to >= list.length) return
    list.splice(to, 0, list.splice(index, 1)[0]!)
  }
  const removeIssuer = (index: number) => draft.value.issuers.splice(index, 1)

  return { draft, editable, mayManage, myInstitutions, fields, save, step, addIssuer, moveIssuer, removeIssuer }
}
