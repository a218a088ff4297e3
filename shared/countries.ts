/** The community's countries: China and the ASEAN members (and Timor-Leste). */
export const COMMUNITY_COUNTRIES = ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'] as const
