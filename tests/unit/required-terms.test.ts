import { describe, expect, it } from 'vitest'
import { missingTerms, REQUIRED_TERMS } from '../../shared/agreements/required-terms'

const parties = ['p1', 'p2']
const full = {
  goals: { zh: '联合培养' },
  parties: parties.map(id => ({ institutionId: id, divisionOfLabour: { en: 'Hosts' }, resources: [] as { kind: 'money'; amount: number; unit: string; description: object }[] })),
  ipTerms: { en: 'Jointly owned' },
  disputeResolution: { th: 'เจรจา' },
}
full.parties[0]!.resources.push({ kind: 'money', amount: 1000, unit: 'CNY', description: {} })

describe('the terms an agreement needs before approval', () => {
  it('are goals, division of labour, resource inputs, ownership of results and dispute resolution', () => {
    expect(REQUIRED_TERMS).toEqual(['goals', 'divisionOfLabour', 'resources', 'ipTerms', 'disputeResolution'])
    expect(missingTerms(full, parties)).toEqual([])
  })

  it('count a text written in any one language, never whitespace', () => {
    expect(missingTerms({ ...full, goals: { en: '  ', vi: '' } }, parties)).toEqual(['goals'])
  })

  it('need every party’s division of labour, including a party the terms do not list yet', () => {
    expect(missingTerms(full, [...parties, 'p3'])).toEqual(['divisionOfLabour'])
  })

  it('need at least one resource input', () => {
    expect(missingTerms({ ...full, parties: full.parties.map(p => ({ ...p, resources: [] })) }, parties)).toEqual(['resources'])
  })
})
