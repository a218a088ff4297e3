/**
 * ISCED-F 2013, the UNESCO classification of fields of education and training: every code as the
 * UIS lists it (ISCED-F 2013, detailed field descriptions 2015, appendix II). Broad fields have two
 * digits, narrow fields three, detailed fields four; a code starts with its parents' digits. Codes
 * ending in 8 are inter-disciplinary, in 9 "not elsewhere classified". Left out are the statistical
 * codes for missing detail ("…0 not further defined", "99 field unknown"): a picker offers the parent
 * field itself for that. Names are in the locale files (isced.fields.f<code>), one per code and locale.
 */
export const ISCED_CODES = [
  '00', '001', '0011', '002', '0021', '003', '0031', '009', '0099',
  '01', '011', '0111', '0112', '0113', '0114', '0119', '018', '0188',
  '02', '021', '0211', '0212', '0213', '0214', '0215', '0219', '022', '0221', '0222', '0223', '0229', '023', '0231', '0232', '0239',
  '028', '0288', '029', '0299',
  '03', '031', '0311', '0312', '0313', '0314', '0319', '032', '0321', '0322', '0329', '038', '0388', '039', '0399',
  '04', '041', '0411', '0412', '0413', '0414', '0415', '0416', '0417', '0419', '042', '0421', '048', '0488', '049', '0499',
  '05', '051', '0511', '0512', '0519', '052', '0521', '0522', '0529', '053', '0531', '0532', '0533', '0539', '054', '0541', '0542',
  '058', '0588', '059', '0599',
  '06', '061', '0611', '0612', '0613', '0619', '068', '0688',
  '07', '071', '0711', '0712', '0713', '0714', '0715', '0716', '0719', '072', '0721', '0722', '0723', '0724', '0729',
  '073', '0731', '0732', '078', '0788', '079', '0799',
  '08', '081', '0811', '0812', '0819', '082', '0821', '083', '0831', '084', '0841', '088', '0888', '089', '0899',
  '09', '091', '0911', '0912', '0913', '0914', '0915', '0916', '0917', '0919', '092', '0921', '0922', '0923', '0929', '098', '0988', '099', '0999',
  '10', '101', '1011', '1012', '1013', '1014', '1015', '1019', '102', '1021', '1022', '1029', '103', '1031', '1032', '1039',
  '104', '1041', '108', '1088', '109', '1099',
] as const

export type IscedCode = typeof ISCED_CODES[number]
export type IscedLevel = 'broad' | 'narrow' | 'detailed'

const KNOWN: ReadonlySet<string> = new Set(ISCED_CODES)

export function isIscedCode(code: string): code is IscedCode {
  return KNOWN.has(code)
}

export function iscedLevel(code: IscedCode): IscedLevel {
  return code.length === 2 ? 'broad' : code.length === 3 ? 'narrow' : 'detailed'
}

/** The locale key of a code's name. */
export function iscedNameKey(code: string): string {
  return `isced.fields.f${code}`
}

/** How a field reads wherever a person sees it: its code, then its name ("0714 Electronics and automation"). */
export function iscedLabel(code: string, name: string | null): string {
  return name ? `${code} ${name}` : `ISCED ${code}`
}

/** A field as a picker offers it: its name in the reader's language and in English, for searching both. */
export interface IscedOption {
  code: IscedCode
  level: IscedLevel
  name: string
  english: string
}

export function iscedOptions(name: (code: IscedCode) => string, english: (code: IscedCode) => string): IscedOption[] {
  return ISCED_CODES.map(code => ({ code, level: iscedLevel(code), name: name(code), english: english(code) }))
}

/** Lower case without accents, so "dien tu" finds "Điện tử" and "ELECTRONICS" finds "Electronics". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()
}

/**
 * The options a query finds: a code by its first digits ("071" → 071 and its detailed fields), a name
 * in the reader's language or in English containing every word of the query. Scripts written without
 * spaces (Thai, Lao, Khmer, Burmese, Chinese) match the query as typed, marks and all.
 */
export function searchIsced(options: readonly IscedOption[], query: string): IscedOption[] {
  const q = query.trim()
  if (!q) return [...options]
  if (/^\d+$/.test(q)) return options.filter(o => o.code.startsWith(q))
  const words = folded(q).split(/\s+/)
  return options.filter((o) => {
    const haystack = `${folded(o.name)} ${folded(o.english)}`
    return words.every(w => haystack.includes(w)) || o.name.includes(q)
  })
}
