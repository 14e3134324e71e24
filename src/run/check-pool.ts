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
 * A run's history goes to the worker once, in chunks of SHARE_CHUNK operations with a turn of
 * the event loop between them (`shareHistory`), and its checks and report refer to it: one
 * structured clone of a 24,000-operation history took 60–300 ms of the harness thread in one
 * piece on a busy machine (400–700 ms for a clone and its copy back), and a run of a stage
 * sent it three times (the workload check, the stage's extra checkers, the report). Stop 18's
 * demo profile counted 2.6 s of stalls in these copies.
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
import type { Op } from '../history/index.js'
import type { CheckJob, HistoryArg, WorkerJob, WorkerMessage, WorkerReply } from './check-job.js'
import { yieldTurn } from './yield.js'

/** Operations per chunk of a shared history: a clone of a few milliseconds. */
export const SHARE_CHUNK = 1000

/** A history the worker holds; jobs refer to it by `ref` until `release`. */
export interface SharedHistory {
  ref: number
  /** The worker that holds it (a job sent to another worker falls back to the harness thread). */
  worker: Worker
}

/** A job's history argument: the reference when the worker holds it, else the operations. */
export function historyArg(history: readonly Op[], shared: SharedHistory | undefined): HistoryArg {
  return shared === undefined ? history : { ref: shared.ref }
}

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
  private nextRef = 1
  private keepAlive: NodeJS.Timeout | undefined

  constructor(
    private readonly workerFile: string | undefined,
    /** Operations per chunk of a shared history (tests use small chunks). */
    private readonly chunk: number = SHARE_CHUNK,
  ) {}

  /** A check's result, or undefined when the worker could not run it. */
  async check(job: CheckJob): Promise<CheckResult | undefined> {
    const answer = await this.run(job)
    return typeof answer === 'object' ? answer : undefined
  }

  /** report.html, or undefined when the worker could not render it. */
  async render(input: ReportInput, shared?: SharedHistory): Promise<string | undefined> {
    const history = historyArg(input.history, shared)
    const answer = await this.run({ kind: 'report', input: { ...input, history } })
    return typeof answer === 'string' ? answer : undefined
  }

  /**
   * Send `history` to the worker in chunks, a turn of the event loop after each; undefined when
   * there is no worker or it was lost on the way (jobs then carry the history themselves or run
   * on the harness thread).
   */
  async share(history: readonly Op[]): Promise<SharedHistory | undefined> {
    const worker = this.ensureWorker()
    if (worker === undefined) {
      return undefined
    }
    const ref = this.nextRef++
    for (let at = 0; at === 0 || at < history.length; at += this.chunk) {
      if (this.worker !== worker) {
        return undefined
      }
      try {
        this.post(worker, { share: ref, ops: history.slice(at, at + this.chunk) })
      } catch {
        this.release({ ref, worker })
        return undefined
      }
      await yieldTurn()
    }
    return this.worker === worker ? { ref, worker } : undefined
  }

  /** The worker may forget `shared`. */
  release(shared: SharedHistory | undefined): void {
    if (shared !== undefined && this.worker === shared.worker) {
      try {
        this.post(shared.worker, { release: shared.ref })
      } catch {
        // the worker is gone, and the history with it
      }
    }
  }

  private post(worker: Worker, message: WorkerMessage): void {
    worker.postMessage(message)
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
        this.post(worker, { id, job })
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
export function renderOffThread(
  input: ReportInput,
  shared?: SharedHistory,
): Promise<string | undefined> {
  return sharedPool().render(input, shared)
}

/** Send a run's history to the shared check worker once (CheckPool.share). */
export function shareHistory(history: readonly Op[]): Promise<SharedHistory | undefined> {
  return sharedPool().share(history)
}

/** The shared check worker may forget this history. */
export function releaseHistory(shared: SharedHistory | undefined): void {
  sharedPool().release(shared)
}
