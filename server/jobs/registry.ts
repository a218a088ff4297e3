import { runAgreementLifecycle } from '../domain/agreements/reminders'
import { CERTIFICATE_BATCH_JOB, runBatch, type BatchPayload } from '../domain/certificates/batch'
import { expireOffer, OFFER_EXPIRY_JOB } from '../domain/calendar/places'
import { REMINDERS_JOB, sendRegistrationReminders } from '../domain/calendar/reminders'
import { DISPATCH_JOB, runEvaluationDispatch } from '../domain/evaluation/dispatch'
import { deliverMails, MAIL_DELIVERY_JOB } from '../mail/pickup'
import { deleteOldJobs } from './queue'
import { testJobHandlers } from './test-jobs'
import type { JobHandler } from './worker'

/**
 * Every kind of job, by name: the name is stored in public.jobs.kind, so a kind is renamed only
 * together with a migration that renames its pending rows. A worker claims only the kinds listed here.
 */
export function jobHandlers(testJobLog: string | null = null): Record<string, JobHandler> {
  return {
    [MAIL_DELIVERY_JOB]: deliverMails,
    'agreements.lifecycle': async (_payload, { db }) => {
      const result = await runAgreementLifecycle(db)
      if (result.flagged + result.reminded + result.expired + result.renewed > 0) console.info('[jobs] agreements', result)
    },
    [OFFER_EXPIRY_JOB]: async (payload, { db }) => {
      await expireOffer(db, String(payload.registrationId))
    },
    [REMINDERS_JOB]: async (_payload, { db }) => {
      const sent = await sendRegistrationReminders(db)
      if (sent > 0) console.info(`[jobs] ${sent} activity reminders`)
    },
    // The slot's time is the run's clock: invitations, reminders and overdue actions due by then.
    [DISPATCH_JOB]: async (payload, { db }) => {
      const slot = typeof payload.slot === 'string' ? new Date(payload.slot) : new Date()
      const result = await runEvaluationDispatch(db, Number.isNaN(slot.getTime()) ? new Date() : slot)
      if (result.invited + result.reminded + result.overdue > 0) console.info('[jobs] evaluation', result)
    },
    // Idempotent per holder: a rerun after a crash adds only the certificates still missing.
    [CERTIFICATE_BATCH_JOB]: async (payload, { db }) => {
      const result = await runBatch(db, payload as unknown as BatchPayload)
      if (result.created > 0) console.info('[jobs] certificates', result)
    },
    'jobs.cleanup': async (_payload, { db }) => {
      const deleted = await deleteOldJobs(db)
      if (deleted > 0) console.info(`[jobs] deleted ${deleted} finished jobs`)
    },
    ...testJobHandlers(testJobLog),
  }
}
