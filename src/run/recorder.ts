/**
 * The run's history as it happens (interfaces.md §1.4): client invocations and completions
 * and nemesis operations, in the order they occur, with dense indices and nanosecond times
 * read from the run's Clock. Append-only; nothing is reordered afterwards.
 */
import type { Clock } from '../network/index.js'
import type { Op, ProcessId } from '../history/index.js'
import type { NemesisEvent } from '../nemesis/index.js'
import type { Completion, Invocation } from '../workloads/index.js'

export class HistoryRecorder {
  readonly ops: Op[] = []

  constructor(private readonly clock: Clock) {}

  private push(op: Omit<Op, 'index' | 'time'>): Op {
    const full = { index: this.ops.length, time: Math.round(this.clock.now() * 1e6), ...op } as Op
    this.ops.push(full)
    return full
  }

  invoke(process: number, invocation: Invocation, node: string, client: string): Op {
    const op: Omit<Op, 'index' | 'time'> = { process, type: 'invoke', f: invocation.f }
    if (invocation.key !== undefined) {
      op.key = invocation.key
    }
    if (invocation.value !== undefined) {
      op.value = invocation.value
    }
    if (invocation.final === true) {
      op.final = true
    }
    op.node = node
    op.client = client
    return this.push(op)
  }

  complete(invoke: Op, completion: Completion): Op {
    const op: Omit<Op, 'index' | 'time'> = {
      process: invoke.process,
      type: completion.type,
      f: invoke.f,
    }
    if (invoke.key !== undefined) {
      op.key = invoke.key
    }
    const value = completion.value !== undefined ? completion.value : invoke.value
    if (value !== undefined) {
      op.value = value
    }
    if (completion.error !== undefined) {
      op.error = completion.error
    }
    if (invoke.final === true) {
      op.final = true
    }
    if (invoke.node !== undefined) {
      op.node = invoke.node
    }
    if (invoke.client !== undefined) {
      op.client = invoke.client
    }
    return this.push(op)
  }

  nemesis(event: NemesisEvent): Op {
    const process: ProcessId = 'nemesis'
    return this.push({ process, type: event.type, f: event.f, value: event.value })
  }
}
