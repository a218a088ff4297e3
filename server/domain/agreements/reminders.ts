import type { Db } from '../../db/connect'
import { asService, type Tx } from '../../db/as-user'
import { IN_FORCE_STATES, REMINDER_THRESHOLDS } from '../../../shared/agreements/lifecycle'
import { notify, type Audience } from '../notifications/notify'
import { AGREEMENT_COLUMNS, partiesOf } from './agreements'
import { applyTransition, createSuccessor, daysBetween } from './transitions'
import { COMMUNITY_TIME_ZONE, todayIn } from '../../../shared/dates'

type InForce = Awaited<ReturnType<typeof inForce>>[number]

function inForce(tx: Tx) {
  return tx.selectFrom('agreements').select([...AGREEMENT_COLUMNS, 'created_by']).where('state', 'in', IN_FORCE_STATES)
    .where('ends_on', 'is not', null).forUpdate().execute()
}

/** The parties' contact persons; a party without one is reached through its staff. */
async function contactsOf(tx: Tx, agreementId: string): Promise<Audience> {
  const parties = await partiesOf(tx, [agreementId])
  return {
    users: parties.filter(p => p.contact_user_id).map(p => p.contact_user_id!),
    staffOf: parties.filter(p => !p.contact_user_id).map(p => p.institution_id),
  }
}

/**
 * Reminds once per threshold: the smallest threshold reached is mailed, and every threshold reached
 * is recorded, so a job that ran late does not send the 90-day notice after the 30-day one.
 */
async function remind(tx: Tx, agreement: InForce, daysLeft: number): Promise<boolean> {
  const reached = REMINDER_THRESHOLDS.filter(t => daysLeft <= t)
  if (reached.length === 0) return false
  const inserted = await tx.insertInto('agreement_reminders')
    .values(reached.map(t => ({ agreement_id: agreement.id, threshold_days: t, ends_on: agreement.ends_on! })))
    .onConflict(oc => oc.doNothing()).returning('threshold_days').execute()
  const smallest = Math.min(...reached)
  if (!inserted.some(r => r.threshold_days === smallest)) return false
  await notify(tx, await contactsOf(tx, agreement.id), {
    kind: 'agreements.expiryReminder',
    params: { title: agreement.title, days: daysLeft, endsOn: agreement.ends_on! },
    link: `/agreements/${agreement.id}`,
  })
  return true
}

export interface LifecycleRun { flagged: number; reminded: number; expired: number; renewed: number }

/** The daily job: flags agreements ending within 90 days, reminds at 90 and 30 days, expires or renews at the end. */
export async function runAgreementLifecycle(db: Db, today = todayIn(COMMUNITY_TIME_ZONE)): Promise<LifecycleRun> {
  return asService(db, 'agreement lifecycle job', async (tx) => {
    const run: LifecycleRun = { flagged: 0, reminded: 0, expired: 0, renewed: 0 }
    for (const agreement of await inForce(tx)) {
      const daysLeft = daysBetween(today, agreement.ends_on!)
      if (daysLeft < 0) {
        if (agreement.auto_renew) {
          await applyTransition(tx, agreement, 'renew')
          await createSuccessor(tx, agreement, agreement.created_by, 'active')
          run.renewed++
        }
        else {
          await applyTransition(tx, agreement, 'expire')
          run.expired++
        }
        continue
      }
      if (agreement.state === 'active' && daysLeft <= Math.max(...REMINDER_THRESHOLDS)) {
        await applyTransition(tx, agreement, 'flag_expiring')
        run.flagged++
      }
      if (await remind(tx, agreement, daysLeft)) run.reminded++
    }
    return run
  })
}
