/** A required document's name in the UI language: known kinds are translated, any other key is shown as typed. */
export function useDocumentName() {
  const { t, te } = useI18n()
  return (key: string) => (te(`mobility.documentKinds.${key}`) ? t(`mobility.documentKinds.${key}`) : key)
}
