import { readFileSync } from 'node:fs'
import type { Actor } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import { asUser } from '../../server/db/as-user'
import { createAgreement } from '../../server/domain/agreements/agreements'
import { loadMessages } from '../../server/i18n/messages'
import type { AgreementContent } from '../../shared/agreements/vocabulary'
import type { AgreementCreate } from '../../shared/schemas/agreements'
import { createInstitutionRow } from './helpers'
import { personWithRole } from './rls-fixtures'

/** Mail and notices are rendered from the real locale files. */
export function loadLocaleFiles() {
  loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8')))
}

export function contentFor(partyIds: string[], overrides: Partial<AgreementContent> = {}): AgreementContent {
  return {
    goals: { en: 'Exchange students in mechatronics', th: 'แลกเปลี่ยนนักศึกษาสาขาเมคคาทรอนิกส์', zh: '机电一体化专业学生交流' },
    scope: { en: 'Semester exchange' },
    parties: partyIds.map(id => ({ institutionId: id, divisionOfLabour: { en: 'Hosts and sends students' },
      resources: [{ kind: 'staff_hours' as const, amount: 40, unit: 'h', description: { en: 'Coordinator time' } }] })),
    ipTerms: { en: 'Each party keeps its own IP.' },
    benefitSharing: { en: 'Each party bears its own costs.' },
    disputeResolution: { en: 'Amicable consultation.' },
    startsOn: '2026-09-01',
    endsOn: '2031-08-31',
    autoRenew: false,
    conditions: [{
      id: 'c1', type: 'student_study', sendingInstitutionId: partyIds[0]!, receivingInstitutionId: partyIds[1]!,
      placesPerYear: 4, monthsPerPlace: 5, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B1',
    }],
    ...overrides,
  }
}

export interface PartySetup { institutionIds: string[]; staff: Actor[] }

/** n institutions, each with one partner staff member. */
export async function partiesWithStaff(db: Db, n: number): Promise<PartySetup> {
  const institutionIds: string[] = []
  const staff: Actor[] = []
  for (let i = 0; i < n; i++) {
    const id = await createInstitutionRow(db)
    institutionIds.push(id)
    staff.push(await personWithRole(db, `staff${i}`, id, 'partner_staff'))
  }
  return { institutionIds, staff }
}

export function createInput(setup: PartySetup, overrides: Partial<AgreementContent> = {}): AgreementCreate {
  return {
    kind: setup.institutionIds.length === 2 ? 'bilateral' : 'multilateral',
    title: { en: 'Mechatronics exchange', th: 'ความร่วมมือแลกเปลี่ยนเมคคาทรอนิกส์', zh: '机电一体化交流协议' },
    parties: setup.institutionIds.map((id, i) => ({ institutionId: id, signatoryName: `Signatory ${i}`, signatoryTitle: {}, contactUserId: setup.staff[i]!.id })),
    content: contentFor(setup.institutionIds, overrides),
  }
}

export async function draftAgreement(db: Db, setup: PartySetup, overrides: Partial<AgreementContent> = {}): Promise<string> {
  return asUser(db, setup.staff[0]!, tx => createAgreement(tx, setup.staff[0]!, createInput(setup, overrides)))
}
