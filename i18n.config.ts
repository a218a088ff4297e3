// Dates and numbers are formatted in one place, composables/useFormats.ts (time zone and Thai calendar aware).
export default defineI18nConfig(() => ({
  fallbackLocale: 'en',
  // English text for a missing key is expected in tests to fail, not here: keep warnings quiet in production.
  missingWarn: import.meta.dev,
  fallbackWarn: import.meta.dev,
}))
