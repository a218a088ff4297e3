/** The smallest group a breakdown may show in anonymous mode (issue 16: breakdowns hidden below 5 answers). */
export const K_ANONYMITY = 5

export interface SuppressedBreakdown<Group> {
  shown: Group[]
  /** Every hidden group: those below k, and the complementary one if any. The UI names them, never their figures. */
  hidden: Group[]
  /** A group of k or more hidden only so the one small group cannot be worked out as total − shown; null if none. */
  complementary: Group | null
  k: number
}

/**
 * Splits a breakdown (by country, institution, role…) into the groups that may be shown and those hidden for having
 * fewer than k answers. When exactly one group falls below k, the smallest other group is hidden too (complementary
 * suppression): otherwise the overall figures minus the shown groups would give the small group's answers away.
 * Order is kept.
 */
export function suppressSmallGroups<Group extends { count: number }>(
  groups: readonly Group[], k: number = K_ANONYMITY,
): SuppressedBreakdown<Group> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a positive whole number')
  const small = groups.filter(group => group.count < k)
  const large = groups.filter(group => group.count >= k)
  // A group with no answers gives nothing away, so it does not call for a complementary one.
  const complementary = small.filter(group => group.count > 0).length === 1 && large.length > 0
    ? large.reduce((smallest, group) => (group.count < smallest.count ? group : smallest))
    : null
  return {
    shown: large.filter(group => group !== complementary),
    hidden: groups.filter(group => group.count < k || group === complementary),
    complementary,
    k,
  }
}
