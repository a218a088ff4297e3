import type { CertificateListItem, CertificateTemplate } from '~/types/certificates'

/** The office's three lists: approvals waiting for my institutions, my institutions' certificates, and the templates. */
export async function useCertificateOffice() {
  const headers = useRequestHeaders(['cookie'])
  const [pending, issued, templates] = await Promise.all((['pending', 'issued', 'templates'] as const).map(view =>
    useFetch('/api/certificates', { query: { view }, headers, key: `certificates-${view}` })))
  const itemsOf = (reply: unknown) => ((reply && typeof reply === 'object' && 'items' in reply ? reply.items : []) as CertificateListItem[])
  return {
    pending: computed(() => itemsOf(pending!.data.value)),
    issued: computed(() => itemsOf(issued!.data.value)),
    templates: computed(() => {
      const reply = templates!.data.value
      return reply && 'templates' in reply ? reply.templates as CertificateTemplate[] : []
    }),
    refresh: () => Promise.all([pending!.refresh(), issued!.refresh(), templates!.refresh()]),
  }
}
