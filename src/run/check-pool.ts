/**
 * Checks (and report pages) off the event loop. The harness runs several runs at once in one process (seeds,
 * stages, tracks); a checker is synchronous CPU work, and a linearizability search over a
 * 24,000-operation history with 1 KiB values took 0.9 s, during which every other run's
 * deliveries waited: the idle demo measured a 923 ms harness stall in three runs at once,
 * each then inconclusive and rerun alone. A worker thread (dist/check-worker/index.js, next
 * to the bundle this module is in) runs the checks instead; the history is copied to it by
 * structured clone (56 ms for that history). Rendering report.html took 120–220 ms a run
 * (warm; 4,000–24,000 operations), and runs there too.
 *
 * `checkOffThread` answers undefined whenever the worker cannot do the job — no worker file
 * (running from src/ under vitest), a history or result that cannot be cloned, a workload or
 * checker the worker does not know, the worker dying — and the caller then checks on its own
 * thread, as before: the verdict never depends on where it was computed.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CheckResult } from '../checkers/index.js'
import type { ReportInput } from '../report/index.js'
import type { CheckJob, WorkerJob, WorkerReply } from './check-job.js'

type Answer = CheckResult | string | undefined

interface Pending {
  worker: Worker
  resolve(result: Answer): void
}

/**
 * One worker, started on first use, running one check at a time. The worker itself never holds
 * the process open (it is unref'd once, never ref'd again); while a job is in flight a plain
 * timer does, so liveness does not rest on toggling a worker's ref state.
 */
export class CheckPool {
  private worker: Worker | undefined
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private keepAlive: NodeJS.Timeout | undefined

  constructor(private readonly workerFile: string | undefined) {}

  /** A check's result, or undefined when the worker could not run it. */
  async check(job: CheckJob): Promise<CheckResult | undefined> {
    const answer = await this.run(job)
    return typeof answer === 'object' ? answer : undefined
  }

  /** report.html, or undefined when the worker could not render it. */
  async render(input: ReportInput): Promise<string | undefined> {
    const answer = await this.run({ kind: 'report', input })
    return typeof answer === 'string' ? answer : undefined
  }

  /** Jobs in flight (tests). */
  get inFlight(): number {
    return this.pending.size
  }

  private run(job: WorkerJob): Promise<Answer> {
    const worker = this.ensureWorker()
    if (worker === undefined) {
      return Promise.resolve(undefined)
    }
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, { worker, resolve })
      try {
        worker.postMessage({ id, job })
      } catch {
        // not cloneable (a function in the options, say): check on the caller's thread
        this.pending.delete(id)
        resolve(undefined)
      }
      this.holdProcess()
    })
  }

  /** Stop the worker (tests); pending checks answer undefined. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (worker !== undefined) {
      this.failAll(worker)
      await worker.terminate()
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker !== undefined) {
      return this.worker
    }
    if (this.workerFile === undefined || !existsSync(this.workerFile)) {
      return undefined
    }
    let worker: Worker
    try {
      worker = new Worker(this.workerFile)
    } catch {
      return undefined
    }
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      this.holdProcess()
      waiting?.resolve('result' in reply ? reply.result : undefined)
    })
    const lost = () => {
      if (this.worker === worker) {
        this.worker = undefined
      }
      this.failAll(worker)
    }
    worker.on('error', lost)
    worker.on('exit', lost)
    worker.unref()
    this.worker = worker
    return worker
  }

  /** Every job sent to `worker` answers undefined (its caller checks on its own thread). */
  private failAll(worker: Worker): void {
    const waiting = [...this.pending].filter(([, p]) => p.worker === worker)
    waiting.forEach(([id]) => this.pending.delete(id))
    this.holdProcess()
    waiting.forEach(([, p]) => p.resolve(undefined))
  }

  /** Hold the process open exactly while a job is in flight. */
  private holdProcess(): void {
    if (this.pending.size > 0 && this.keepAlive === undefined) {
      this.keepAlive = setInterval(() => {}, 60_000)
    } else if (this.pending.size === 0 && this.keepAlive !== undefined) {
      clearInterval(this.keepAlive)
      this.keepAlive = undefined
    }
  }
}

/** dist/check-worker/index.js seen from a bundle in dist/<entry>/ (from src/ it does not exist). */
function bundledWorkerFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'check-worker', 'index.js')
}

let shared: CheckPool | undefined

/**
 * On. Stop 17 switched it off after an idle demo ended with Node's exit code 13 (a top-level
 * await never settled) right after a rerun; the cause was the machine budget's floating-point
 * residue, which kept an exclusive rerun waiting forever (parallelism.ts), not this pool.
 */
const OFF_THREAD = true

function sharedPool(): CheckPool {
  shared ??= new CheckPool(OFF_THREAD ? bundledWorkerFile() : undefined)
  return shared
}

/** Run `job` on the shared check worker; undefined when it cannot (the caller checks itself). */
export function checkOffThread(job: CheckJob): Promise<CheckResult | undefined> {
  return sharedPool().check(job)
}

/** Render report.html on the shared check worker; undefined when it cannot (the caller renders). */
export function renderOffThread(input: ReportInput): Promise<string | undefined> {
  return sharedPool().render(input)
}
