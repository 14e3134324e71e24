/**
 * The check worker's entry point (bundled to dist/check-worker/index.js): runs the checks the
 * harness sends it and renders report pages, one job at a time, on its own thread, so a long
 * linearizability or cycle search (or a 4 MB report) never stalls the event loop that delivers
 * the messages of the runs still in progress beside it. See check-pool.ts.
 */
import { parentPort } from 'node:worker_threads'
import { runWorkerJob, type WorkerJob, type WorkerReply } from './check-job.js'

const port = parentPort
if (port !== null) {
  port.on('message', ({ id, job }: { id: number; job: WorkerJob }) => {
    let reply: WorkerReply
    try {
      const result = runWorkerJob(job)
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
