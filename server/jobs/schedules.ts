import type { Db } from '../db/connect'
import { asService } from '../db/as-user'
import { enqueue } from './queue'

const HOUR = 60 * 60 * 1000

/**
 * A recurring job: one run per slot of `everyMs`, slots counted from 1970-01-01 00:00 UTC plus
 * `offsetMs` (every 6 h: 00:00, 06:00, 12:00, 18:00 UTC). Each run is a job whose unique key names its
 * slot, so however many processes enqueue it and however often they restart, a slot runs once; a slot
 * missed while no server ran is run once when one starts again.
 */
export interface Schedule {
  name: string
  kind: string
  everyMs: number
  offsetMs?: number
  maxAttempts?: number
}

export const SCHEDULES: Schedule[] = [
  // Idempotent (it records each reminder it sends), so a late or repeated slot does no harm.
  { name: 'agreements.lifecycle', kind: 'agreements.lifecycle', everyMs: 6 * HOUR, maxAttempts: 3 },
  // Idempotent too (registration_reminders records each reminder sent).
  { name: 'calendar.registration-reminders', kind: 'calendar.registration-reminders', everyMs: HOUR, maxAttempts: 3 },
  // Idempotent (invitation rows, reminded_at and overdue_reminded_at record what was sent).
  { name: 'evaluation.dispatch', kind: 'evaluation.dispatch', everyMs: HOUR / 4, maxAttempts: 3 },
  { name: 'jobs.cleanup', kind: 'jobs.cleanup', everyMs: 24 * HOUR, offsetMs: 3 * HOUR, maxAttempts: 3 },
]

/** The start of the slot `now` falls in. */
export function slotStart(schedule: Schedule, now: Date): Date {
  const offset = schedule.offsetMs ?? 0
  return new Date(Math.floor((now.getTime() - offset) / schedule.everyMs) * schedule.everyMs + offset)
}

/**
 * Enqueues the run of the current slot and of the next one, each due at its slot's start; workers
 * call this at start and every minute. The next slot is enqueued ahead, so it runs on time even
 * when no worker ticks exactly then.
 */
export async function enqueueScheduled(db: Db, schedules: Schedule[] = SCHEDULES, now = new Date()): Promise<number> {
  return asService(db, 'job schedules', async (tx) => {
    let added = 0
    for (const schedule of schedules) {
      const current = slotStart(schedule, now)
      for (const slot of [current, new Date(current.getTime() + schedule.everyMs)]) {
        const id = await enqueue(tx, schedule.kind, { slot: slot.toISOString() }, {
          uniqueKey: `schedule:${schedule.name}@${slot.toISOString()}`, runAt: slot, maxAttempts: schedule.maxAttempts,
        })
        if (id) added++
      }
    }
    return added
  })
}
