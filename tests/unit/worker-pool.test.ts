import { describe, expect, it } from 'vitest'
import { DocumentQueueFull, workerPool } from '../../server/documents/pool'

// A worker that is busy for a while, like a document being rendered.
const SLOW_ECHO = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (n) => {
  const until = Date.now() + 150
  while (Date.now() < until) {}
  if (n < 0) parentPort.postMessage({ error: 'negative' })
  else parentPort.postMessage({ result: n * 2 })
})`

describe('workerPool', () => {
  it('runs jobs off the calling thread and answers each with its own result', async () => {
    const pool = workerPool<number, number>({ source: SLOW_ECHO, workerData: null, name: 'test', size: 2, queueMax: 10 })
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    const results = await Promise.all([1, 2, 3, 4].map(n => pool.run(n)))
    clearInterval(timer)
    expect(results).toEqual([2, 4, 6, 8])
    expect(ticks).toBeGreaterThan(10)
    await expect(pool.run(-1)).rejects.toThrow('negative')
  })

  it('refuses work beyond the queue instead of piling it up', async () => {
    const pool = workerPool<number, number>({ source: SLOW_ECHO, workerData: null, name: 'test', size: 1, queueMax: 1 })
    const replies = await Promise.allSettled([1, 2, 3, 4].map(n => pool.run(n)))
    expect(replies.filter(r => r.status === 'fulfilled')).toHaveLength(2)
    const refused = replies.filter(r => r.status === 'rejected') as PromiseRejectedResult[]
    expect(refused).toHaveLength(2)
    expect(refused[0]!.reason).toBeInstanceOf(DocumentQueueFull)
    expect(refused[0]!.reason.retryAfterSeconds).toBeGreaterThan(0)
  })
})
