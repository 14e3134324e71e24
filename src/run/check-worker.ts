/**
 * The check worker's entry point (bundled to dist/check-worker/index.js): runs the checks the
 * harness sends it and renders report pages, one job at a time, on its own thread, so a long
 * linearizability or cycle search (or a 4 MB report) never stalls the event loop that delivers
 * the messages of the runs still in progress beside it. See check-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { lowerPriority } from '../process/index.js'
import {
  HeldHistories,
  runWorkerJob,
  type CheckWorkerData,
  type WorkerMessage,
  type WorkerReply,
} from './check-job.js'

// Checks are never on a run's clock: under the demo's harness-first policy this thread gives
// way to the harness threads (process/priority.ts; nice is per thread on Linux).
lowerPriority(0, (workerData as CheckWorkerData | undefined)?.niceSteps ?? 0)

const port = parentPort
const held = new HeldHistories()
if (port !== null) {
  port.on('message', (message: WorkerMessage) => {
    if ('share' in message) {
      held.append(message.share, message.ops)
      return
    }
    if ('release' in message) {
      held.release(message.release)
      return
    }
    const { id, job } = message
    let reply: WorkerReply
    try {
      const result = runWorkerJob(job, held)
      reply =
        result === undefined
          ? {
              id,
              error: `no ${job.kind} named "${'name' in job ? job.name : ''}" in the check worker`,
            }
          : { id, result }
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) }
    }
    try {
      port.postMessage(reply)
    } catch (error) {
      port.postMessage({ id, error: `the result cannot be sent back: ${String(error)}` })
    }
  })
}
