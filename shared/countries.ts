/** The community's countries: China and the ASEAN members (and Timor-Leste). */
export const COMMUNITY_COUNTRIES = ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'] as const
export type CommunityCountry = typeof COMMUNITY_COUNTRIES[number]

/**
 * Each community country's international calling code, so the phone field's country picker needs no
 * libphonenumber (which loads only when the field is first used); tests/unit/countries.test.ts checks them against it.
 */
export const CALLING_CODES: Readonly<Record<CommunityCountry, string>> = {
  CN: '86', BN: '673', KH: '855', ID: '62', LA: '856', MY: '60', MM: '95', PH: '63', SG: '65', TH: '66', TL: '670', VN: '84',
}

/** The community country whose calling code begins an E.164 number, and the rest of the number (what is dialled there). */
export function splitCallingCode(e164: string): { country: CommunityCountry; national: string } | undefined {
  const country = COMMUNITY_COUNTRIES.find(code => e164.startsWith(`+${CALLING_CODES[code]}`))
  return country && { country, national: e164.slice(CALLING_CODES[country].length + 1) }
}
