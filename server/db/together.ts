import type { Db } from './connect'

interface Waiting<A, R> { ask: A; settle: (result: R) => void; fail: (error: unknown) => void }

/**
 * Work asked of one database while a round of it is under way waits for the next round, which answers everything that
 * waited at once (`round` gets the asks and returns one result per ask, in order): a burst of requests (a deadline)
 * costs a few transactions, not one each. Alone, an ask is a round of its own, as before. A round that fails fails
 * every ask in it. The next round starts after the asks came, so it sees every commit made before them.
 */
export function together<A, R>(round: (db: Db, asks: A[]) => Promise<R[]>): (db: Db, ask: A) => Promise<R> {
  const queues = new WeakMap<Db, { waiting: Waiting<A, R>[]; busy: boolean }>()

  async function drain(db: Db, queue: { waiting: Waiting<A, R>[]; busy: boolean }) {
    queue.busy = true
    while (queue.waiting.length) {
      const batch = queue.waiting.splice(0)
      try {
        const results = await round(db, batch.map(waiting => waiting.ask))
        batch.forEach((waiting, i) => waiting.settle(results[i]!))
      }
      catch (error) {
        for (const waiting of batch) waiting.fail(error)
      }
    }
    queue.busy = false
  }

  return (db, ask) => {
    let queue = queues.get(db)
    if (!queue) queues.set(db, queue = { waiting: [], busy: false })
    const settled = new Promise<R>((settle, fail) => queue.waiting.push({ ask, settle, fail }))
    if (!queue.busy) void drain(db, queue)
    return settled
  }
}
