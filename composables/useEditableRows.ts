/**
 * A list of rows edited in place (holidays, an institution's periods): the row being edited, a "saved" notice, and
 * removal through the row's own address (`removeUrl(row)`, DELETE), each followed by `refresh` of the list.
 */
export function useEditableRows<Row>(refresh: () => Promise<unknown>, removeUrl: (row: Row) => string) {
  const { t } = useI18n()
  const apiError = useApiError()
  const editing = ref<Row | null>(null) as Ref<Row | null>
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)

  async function saved() {
    editing.value = null
    notice.value = t('common.saved')
    await refresh()
  }

  async function remove(row: Row) {
    error.value = null
    notice.value = null
    try {
      await $fetch(removeUrl(row), { method: 'DELETE' })
      await refresh()
    }
    catch (e) { error.value = apiError(e) }
  }

  return { editing, error, notice, saved, remove }
}
