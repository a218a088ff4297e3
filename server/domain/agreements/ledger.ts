import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { LedgerEntryInput } from '../../../shared/schemas/agreements'
import { fail } from '../../utils/errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { findAgreement } from './agreements'

/** Entries of an agreement's benefit/cost ledger with totals per party and per year, per currency, summed exactly in SQL. */
export async function ledgerOf(tx: Tx, agreementId: string) {
  await findAgreement(tx, agreementId)
  const base = tx.selectFrom('agreement_ledger').where('agreement_id', '=', agreementId)
  const [entries, byParty, byYear] = await Promise.all([
    base.leftJoin('profiles as p', 'p.id', 'agreement_ledger.created_by')
      .select(['agreement_ledger.id', 'institution_id', 'entry_date', 'amount', 'currency', 'category', 'note', 'file_id', 'p.display_name as created_by_name', 'agreement_ledger.created_at'])
      .orderBy('entry_date', 'desc').orderBy('agreement_ledger.created_at', 'desc').execute(),
    base.select(['institution_id', 'currency', sql<string>`sum(amount)::text`.as('total')])
      .groupBy(['institution_id', 'currency']).orderBy('institution_id').orderBy('currency').execute(),
    base.select([sql<number>`extract(year from entry_date)::int`.as('year'), 'currency', sql<string>`sum(amount)::text`.as('total')])
      .groupBy([sql`extract(year from entry_date)`, 'currency']).orderBy('year').orderBy('currency').execute(),
  ])
  return { entries, totals: { by_party: byParty, by_year: byYear } }
}

export async function addLedgerEntry(tx: Tx, actor: Actor, agreementId: string, input: LedgerEntryInput) {
  await findAgreement(tx, agreementId)
  const party = await tx.selectFrom('agreement_parties').select('institution_id')
    .where('agreement_id', '=', agreementId).where('institution_id', '=', input.institutionId).executeTakeFirst()
  if (!party) fail(422, 'agreements.errors.unknownParty')
  const mine = await staffInstitutionIds(tx, actor)
  if (!mine.includes(input.institutionId) && !(await isSecretariat(tx))) fail(403, 'agreements.errors.notYourInstitution')
  if (input.fileId) {
    const file = await tx.selectFrom('files').select('owner_id').where('id', '=', input.fileId).executeTakeFirst()
    if (!file || file.owner_id !== actor.id) fail(422, 'agreements.errors.fileNotYours')
  }
  return tx.insertInto('agreement_ledger').values({
    agreement_id: agreementId, institution_id: input.institutionId, entry_date: input.entryDate, amount: input.amount.toFixed(2),
    currency: input.currency, category: input.category, note: JSON.stringify(input.note), file_id: input.fileId, created_by: actor.id,
  }).returning(['id', 'institution_id', 'entry_date', 'amount', 'currency', 'category']).executeTakeFirstOrThrow()
}
