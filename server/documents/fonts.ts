import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Fonts for generated documents: Noto for every script the community writes in. They come from the
 * system (Debian: fonts-noto-core, fonts-noto-cjk); PDF_FONT_DIRS (colon-separated) adds places to look.
 */
const FAMILIES = {
  Latin: ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'],
  Thai: ['NotoSansThai-Regular.ttf', 'NotoSansThai-Bold.ttf'],
  Lao: ['NotoSansLao-Regular.ttf', 'NotoSansLao-Bold.ttf'],
  Khmer: ['NotoSansKhmer-Regular.ttf', 'NotoSansKhmer-Bold.ttf'],
  Myanmar: ['NotoSansMyanmar-Regular.ttf', 'NotoSansMyanmar-Bold.ttf'],
  Han: ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'],
} as const
export type FontFamily = keyof typeof FAMILIES

const DIRS = [
  ...(process.env.PDF_FONT_DIRS ?? '').split(':').filter(Boolean),
  '/usr/share/fonts/truetype/noto',
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto',
  '/usr/share/fonts/google-noto',
  '/usr/share/fonts/noto-cjk',
]

function find(file: string): string | null {
  for (const dir of DIRS) {
    const path = join(dir, file)
    if (existsSync(path)) return path
  }
  return null
}

type FontFile = string | [string, string]
export type FontTable = Record<FontFamily, { normal: FontFile; bold: FontFile }>

let cached: FontTable | null = null

/** The font table for pdfmake; throws a named error when a script's font is missing. */
export function documentFonts(): FontTable {
  if (cached) return cached
  const table = {} as FontTable
  for (const [family, [regular, bold]] of Object.entries(FAMILIES) as [FontFamily, readonly [string, string]][]) {
    const normalPath = find(regular)
    if (!normalPath) throw new Error(`font ${regular} not found in ${DIRS.join(', ')}`)
    const boldPath = find(bold) ?? normalPath
    // A .ttc holds several fonts; pick the Simplified Chinese face by name.
    table[family] = family === 'Han'
      ? { normal: [normalPath, 'NotoSansCJKsc-Regular'], bold: [boldPath, boldPath === normalPath ? 'NotoSansCJKsc-Regular' : 'NotoSansCJKsc-Bold'] }
      : { normal: normalPath, bold: boldPath }
  }
  cached = table
  return table
}

const SCRIPTS: [RegExp, FontFamily][] = [
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Khmer}/u, 'Khmer'],
  [/\p{Script=Myanmar}/u, 'Myanmar'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u, 'Han'],
]
// Spaces and combining marks belong to whatever run they are in. ASCII digits and punctuation
// stay in Latin and CJK runs; the Thai, Lao, Khmer and Myanmar fonts lack some of them.
const SPACE = /[\s\u200B\p{Script=Inherited}]/u
const ASCII = /[!-@[-`{-~]/
const SYMBOL = /\p{Script=Common}/u

function familyOf(char: string, current: FontFamily | undefined): FontFamily | null {
  if (SPACE.test(char)) return null
  if (ASCII.test(char)) return current === 'Latin' || current === 'Han' ? null : 'Latin'
  const script = SCRIPTS.find(([pattern]) => pattern.test(char))?.[1]
  if (script) return script
  // Other symbols: Noto Sans has Latin-1 and general punctuation; Noto CJK has arrows, maths and the rest.
  if (SYMBOL.test(char) && char.codePointAt(0)! >= 0x2100) return 'Han'
  return 'Latin'
}

/**
 * Splits text into runs of one script each, so every run is set in a font that has its glyphs.
 * Spaces, digits and punctuation stay with the run they are in.
 */
export function scriptRuns(text: string): { text: string; font: FontFamily }[] {
  const runs: { text: string; font: FontFamily }[] = []
  for (const char of text) {
    const last = runs.at(-1)
    const family = familyOf(char, last?.font)
    if (last && (family === null || family === last.font)) last.text += char
    else runs.push({ text: char, font: family ?? 'Latin' })
  }
  return runs
}
