import type { LocalizedText } from '../localized-text'
import type { AgreementContent } from './vocabulary'

/**
 * The terms every party must have agreed on before a version can be approved or signed, in the order
 * the editor shows them: goals, each party's division of labour, resource inputs, ownership of results
 * (the intellectual-property terms) and dispute resolution. Each key is also the field's label key
 * (agreements.fields.<key>).
 */
export const REQUIRED_TERMS = ['goals', 'divisionOfLabour', 'resources', 'ipTerms', 'disputeResolution'] as const
export type RequiredTerm = (typeof REQUIRED_TERMS)[number]

/** Whether a text says something in at least one language (whitespace says nothing). */
function isWritten(text: LocalizedText | undefined): boolean {
  return Object.values(text ?? {}).some(value => typeof value === 'string' && value.trim() !== '')
}

/**
 * The required terms a version leaves empty: each of the agreement's parties (partyIds) needs its
 * division of labour; the agreement needs at least one resource input.
 */
export function missingTerms(content: Pick<AgreementContent, 'goals' | 'parties' | 'ipTerms' | 'disputeResolution'>, partyIds: string[]): RequiredTerm[] {
  const labourOf = (id: string) => content.parties.find(p => p.institutionId === id)?.divisionOfLabour
  const filled: Record<RequiredTerm, boolean> = {
    goals: isWritten(content.goals),
    divisionOfLabour: partyIds.length > 0 && partyIds.every(id => isWritten(labourOf(id))),
    resources: content.parties.some(p => p.resources.length > 0),
    ipTerms: isWritten(content.ipTerms),
    disputeResolution: isWritten(content.disputeResolution),
  }
  return REQUIRED_TERMS.filter(term => !filled[term])
}
