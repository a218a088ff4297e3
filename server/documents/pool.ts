import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Every worker is busy and the queue is full: the caller answers 503 with Retry-After. */
export class DocumentQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('document queue full')
  }
}

export interface WorkerPoolOptions {
  /** CommonJS source of the worker: answers each message with { result } or { error }. */
  source: string
  workerData: unknown
  name: string
  size?: number
  queueMax?: number
}

interface Job {
  message: unknown
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/** Workers beside the request thread, leaving one core to answer requests. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1))
}

/**
 * A few worker threads running one script, with a bounded queue: CPU-heavy work (rendering a document)
 * never blocks the thread that answers requests, and a flood of it is refused instead of piling up.
 * The worker is evaluated from source, so it needs no file of its own in the built server.
 */
export function workerPool<In, Out>(options: WorkerPoolOptions) {
  const size = options.size ?? defaultPoolSize()
  const queueMax = options.queueMax ?? 16
  const idle: Worker[] = []
  const queue: Job[] = []
  let running = 0

  function spawn(): Worker {
    return new Worker(options.source, { eval: true, workerData: options.workerData, name: options.name })
  }

  function next(worker: Worker) {
    const job = queue.shift()
    if (job) return run(worker, job)
    running--
    // An idle worker does not keep the process alive; a busy one does, until its job is answered.
    worker.unref()
    idle.push(worker)
  }

  function run(worker: Worker, job: Job) {
    const done = () => worker.off('message', onMessage).off('error', onError)
    const onMessage = (reply: { result?: unknown; error?: string }) => {
      done()
      if (reply.error !== undefined) job.reject(new Error(reply.error))
      else job.resolve(reply.result)
      next(worker)
    }
    // A crashed worker is replaced by a fresh one for the next job.
    const onError = (error: Error) => {
      done()
      job.reject(error)
      void worker.terminate()
      next(spawn())
    }
    worker.ref()
    worker.on('message', onMessage).on('error', onError)
    worker.postMessage(job.message)
  }

  return {
    run(message: In): Promise<Out> {
      return new Promise<Out>((resolve, reject) => {
        const job: Job = { message, resolve: resolve as (value: unknown) => void, reject }
        if (running < size) {
          running++
          return run(idle.pop() ?? spawn(), job)
        }
        if (queue.length >= queueMax) return reject(new DocumentQueueFull(Math.max(2, Math.ceil(queue.length / size) * 2)))
        queue.push(job)
      })
    },
  }
}
