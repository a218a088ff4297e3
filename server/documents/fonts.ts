import { createRequire } from 'node:module'
import { LOCALES, localeEntry, type LocaleEntry, type ScriptCode } from '../../shared/locales'

/** The regular and bold TTF of one @expo-google-fonts package, e.g. noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf. */
function regularAndBold(name: string, file: string): [string, string] {
  return [`@expo-google-fonts/${name}/400Regular/${file}_400Regular.ttf`, `@expo-google-fonts/${name}/700Bold/${file}_700Bold.ttf`]
}

/**
 * Fonts for generated documents ship with the project, never from the host: the TTF files of Google's Noto
 * families as npm packages (@expo-google-fonts/*, SIL Open Font License 1.1, see each package's LICENSE_FONT).
 * Typst reads TTF/OTF only, not the woff2 of @fontsource. Fonts given to the compiler win over any system
 * font of the same family, so a host with other Noto versions still renders the same pages.
 * Templates use weights 400 and 700 only: another weight could pick a system font instead.
 */
export const DOCUMENT_FONT_FILES = {
  'Noto Sans': regularAndBold('noto-sans', 'NotoSans'),
  'Noto Sans SC': regularAndBold('noto-sans-sc', 'NotoSansSC'),
  'Noto Sans Thai': regularAndBold('noto-sans-thai', 'NotoSansThai'),
  'Noto Sans Lao': regularAndBold('noto-sans-lao', 'NotoSansLao'),
  'Noto Sans Khmer': regularAndBold('noto-sans-khmer', 'NotoSansKhmer'),
  'Noto Sans Myanmar': regularAndBold('noto-sans-myanmar', 'NotoSansMyanmar'),
}
export type DocumentFontFamily = keyof typeof DOCUMENT_FONT_FILES

/** The document font of each script of the registry (a script missing here is a type error). */
export const SCRIPT_DOCUMENT_FONT: Record<ScriptCode, DocumentFontFamily> = {
  Hans: 'Noto Sans SC',
  Latn: 'Noto Sans',
  Thai: 'Noto Sans Thai',
  Khmr: 'Noto Sans Khmer',
  Laoo: 'Noto Sans Lao',
  Mymr: 'Noto Sans Myanmar',
}

/** The document font of a locale, by its script in the registry (shared/locales.ts); Noto Sans for an unknown one. */
export function documentFontOf(locale: string, locales: readonly LocaleEntry[] = LOCALES): DocumentFontFamily {
  const script = localeEntry(locale, locales)?.script
  return script ? SCRIPT_DOCUMENT_FONT[script] : 'Noto Sans'
}

const FAMILIES = Object.keys(DOCUMENT_FONT_FILES) as DocumentFontFamily[]

/**
 * The fonts Typst tries, in order, for text in a locale; each character takes the first that has it. Latin
 * letters, digits and punctuation come from Noto Sans (Noto Sans Myanmar draws ’ as a raised ring), then the
 * locale's own script; Chinese puts its own font first, for full-width punctuation. Every other script
 * follows, so a Thai name in a Chinese column still renders.
 */
export function fontStack(locale: string): DocumentFontFamily[] {
  const own = documentFontOf(locale)
  const first: DocumentFontFamily[] = own === 'Noto Sans SC' ? [own, 'Noto Sans'] : ['Noto Sans', own]
  return [...new Set([...first, ...FAMILIES])]
}

/** Absolute paths of every font file, resolved from the server's own node_modules (kept in .output by nitro.externals.traceInclude). */
export function documentFontPaths(): string[] {
  const require = createRequire(import.meta.url)
  return Object.values(DOCUMENT_FONT_FILES).flat().map(file => require.resolve(file))
}
