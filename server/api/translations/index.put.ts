import { translationSaveSchema } from '#shared/translations/fields'
import { saveTranslation } from '../../domain/translations/save'

/** Saves one field's text in one language, as the person (RLS decides; 403 for content they may not edit). */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, translationSaveSchema)
  return withSignedIn(event, tx => saveTranslation(tx, input))
})
