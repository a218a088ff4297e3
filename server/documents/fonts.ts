import { createRequire } from 'node:module'

/**
 * Fonts for generated documents ship with the project, never from the host: the TTF files of Google's Noto
 * families as npm packages (@expo-google-fonts/*, SIL Open Font License 1.1, see each package's LICENSE_FONT).
 * Typst reads TTF/OTF only, not the woff2 of @fontsource. Fonts given to the compiler win over any system
 * font of the same family, so a host with other Noto versions still renders the same pages.
 * Templates use weights 400 and 700 only: another weight could pick a system font instead.
 */
export const DOCUMENT_FONT_FILES = {
  'Noto Sans': ['@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'],
  'Noto Sans SC': ['@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'],
  'Noto Sans Thai': ['@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf', '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf'],
  'Noto Sans Lao': ['@expo-google-fonts/noto-sans-lao/400Regular/NotoSansLao_400Regular.ttf', '@expo-google-fonts/noto-sans-lao/700Bold/NotoSansLao_700Bold.ttf'],
  'Noto Sans Khmer': ['@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf', '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf'],
  'Noto Sans Myanmar': [
    '@expo-google-fonts/noto-sans-myanmar/400Regular/NotoSansMyanmar_400Regular.ttf',
    '@expo-google-fonts/noto-sans-myanmar/700Bold/NotoSansMyanmar_700Bold.ttf',
  ],
} as const
export type DocumentFontFamily = keyof typeof DOCUMENT_FONT_FILES

/** The font of each locale's script. The lead wires this to shared/locales.ts (one registry); until then it is listed here. */
export const LOCALE_DOCUMENT_FONT: Record<string, DocumentFontFamily> = {
  zh: 'Noto Sans SC',
  en: 'Noto Sans',
  id: 'Noto Sans',
  ms: 'Noto Sans',
  th: 'Noto Sans Thai',
  vi: 'Noto Sans',
  fil: 'Noto Sans',
  km: 'Noto Sans Khmer',
  lo: 'Noto Sans Lao',
  my: 'Noto Sans Myanmar',
}

const FAMILIES = Object.keys(DOCUMENT_FONT_FILES) as DocumentFontFamily[]

/**
 * The fonts Typst tries, in order, for text in a locale: the locale's own first (its punctuation and digits
 * match its letters), then Noto Sans and every other script, so a Thai name in a Chinese column still renders.
 */
export function fontStack(locale: string): DocumentFontFamily[] {
  const own = LOCALE_DOCUMENT_FONT[locale] ?? 'Noto Sans'
  return [own, ...FAMILIES.filter(f => f !== own)]
}

/** Absolute paths of every font file, resolved from the server's own node_modules (kept in .output by nitro.externals.traceInclude). */
export function documentFontPaths(): string[] {
  const require = createRequire(import.meta.url)
  return Object.values(DOCUMENT_FONT_FILES).flat().map(file => require.resolve(file))
}
