/** The one way pages upload a file: the platform's file store, which sniffs the type and answers with the new file's id. */
export function useUploadFile() {
  return async (file: File) => {
    const body = new FormData()
    body.append('file', file)
    return $fetch('/api/files', { method: 'POST', body })
  }
}
