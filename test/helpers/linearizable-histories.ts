// Generated histories for the linearizable checker, with verdicts known by construction
// (used by test/unit/linearizable-generated.test.ts at small sizes and by
// bench/linearizable.bench.ts at 4–5 k ops).
//
// Valid: a simulated atomic store. Each client (10+ for the bench) invokes an op on a random
// key; the op takes effect at one random instant between its invocation and completion; a few
// crash (`info`), taking effect or not, and the client is replaced by a fresh process.
//
// Invalid: one violation is injected that no linearization permits, late in the history
// (so the search has to get through most of it first):
// - cas-register: a new read by a fresh process returns u just after an ok write W2 ended,
//   where u was written only once, by an ok write W that ended before W2 began (a stale read);
// - kv: an ok get that began after an ok append of text t ended, with no put that could come
//   between, returns its value with t removed (the append is lost).
import type { Op } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'

export interface GenerateOptions {
  model: 'kv' | 'cas-register'
  /** Client operations (invocations). */
  ops: number
  /** Concurrent clients. */
  clients: number
  keys: number
  /** Share of ops that crash (end `info`). @default 0.01 */
  crashRate?: number
  /** cas-register: writes and cas use values 0 … values-1 (1 in 10 writes a unique one). @default 5 */
  values?: number
  /** Inject one violation. @default false */
  invalid?: boolean
  seed: number
}

export interface GeneratedHistory {
  ops: Op[]
  valid: boolean
  /** What was injected, for messages. */
  note: string
}

type Raw = Omit<Op, 'index' | 'time'>

interface Pending {
  process: number
  f: string
  key: number
  value: unknown
  applied: boolean
  result: unknown
  failed: boolean
  invokeAt: number
}

/** Interval of one completed op in the raw event list (positions). */
interface Done {
  f: string
  key: number
  value: unknown
  type: string
  call: number
  ret: number
}

function simulate(options: GenerateOptions, random: Random): { raw: Raw[]; done: Done[] } {
  const { model, clients } = options
  const crashRate = options.crashRate ?? 0.01
  const values = options.values ?? 5
  const raw: Raw[] = []
  const done: Done[] = []
  const state = new Map<number, unknown>()
  const open = new Map<number, Pending>()
  const live = Array.from({ length: clients }, (_, i) => i)
  let nextProcess = clients
  let invoked = 0
  let unique = 1000
  const appends = new Map<number, number>()
  while (invoked < options.ops || open.size > 0) {
    const slot = random.int(live.length)
    const p = live[slot] as number
    const o = open.get(p)
    if (o === undefined) {
      if (invoked >= options.ops) {
        continue
      }
      const key = random.int(options.keys)
      const roll = random.float()
      let f: string
      let value: unknown
      if (model === 'kv') {
        f = roll < 0.5 ? 'get' : roll < 0.95 ? 'append' : 'put'
        const n = appends.get(p) ?? 0
        appends.set(p, n + 1)
        value = f === 'append' ? `x ${p} ${n} y` : f === 'put' ? `p ${p} ${n} q` : null
      } else {
        f = roll < 0.5 ? 'read' : roll < 0.75 ? 'write' : 'cas'
        const current = state.get(key) ?? null
        value =
          f === 'write'
            ? random.chance(0.1)
              ? unique++
              : random.int(values)
            : f === 'cas'
              ? [random.chance(0.5) ? current : random.int(values), random.int(values)]
              : null
      }
      raw.push({ process: p, type: 'invoke', f, key, value })
      open.set(p, {
        process: p,
        f,
        key,
        value,
        applied: false,
        result: undefined,
        failed: false,
        invokeAt: raw.length - 1,
      })
      invoked++
      continue
    }
    if (!o.applied && random.chance(0.5)) {
      // take effect now
      o.applied = true
      const current = state.get(o.key) ?? null
      if (o.f === 'read' || o.f === 'get') {
        o.result = current
      } else if (o.f === 'write' || o.f === 'put') {
        state.set(o.key, o.value)
      } else if (o.f === 'append') {
        state.set(o.key, `${current === null ? '' : String(current)}${String(o.value)}`)
      } else {
        const [from, to] = o.value as [unknown, unknown]
        if (from === current) {
          state.set(o.key, to)
        } else {
          o.failed = true
        }
      }
      continue
    }
    const crash = random.chance(crashRate)
    if (!o.applied && !crash) {
      continue
    }
    open.delete(p)
    const base = { process: p, f: o.f, key: o.key }
    if (crash) {
      raw.push({ ...base, type: 'info', value: o.value, error: [0, 'net-timeout'] })
      live[slot] = nextProcess++
      continue
    }
    const type = o.failed ? 'fail' : 'ok'
    const value = o.f === 'read' || o.f === 'get' ? o.result : o.value
    raw.push({
      ...base,
      type,
      value,
      ...(o.failed ? { error: [22, 'precondition-failed'] } : {}),
    })
    done.push({ f: o.f, key: o.key, value, type, call: o.invokeAt, ret: raw.length - 1 })
  }
  return { raw, done }
}

/** A stale read of a once-written value u after a later write W2 ended (cas-register). */
function injectStaleRead(raw: Raw[], done: Done[], random: Random): string | undefined {
  const written = new Map<unknown, number>()
  for (const d of done) {
    if (d.f === 'write') {
      written.set(d.value, (written.get(d.value) ?? 0) + 1)
    }
  }
  // crashed writes of u count too: u must have exactly one producer, an ok one
  for (const op of raw) {
    if (op.type === 'info' && op.f === 'write') {
      written.set(op.value, (written.get(op.value) ?? 0) + 1)
    }
  }
  const candidates = done.filter(
    (d) =>
      d.f === 'write' &&
      d.type === 'ok' &&
      typeof d.value === 'number' &&
      d.value >= 1000 &&
      written.get(d.value) === 1 &&
      d.call > raw.length * 0.6,
  )
  for (const w of random.shuffle(candidates)) {
    const w2 = done.find(
      (d) => d.key === w.key && d.type === 'ok' && d.f === 'write' && d.call > w.ret,
    )
    if (w2 === undefined || w2.value === w.value) {
      continue
    }
    const process = 1_000_000
    raw.splice(
      w2.ret + 1,
      0,
      { process, type: 'invoke', f: 'read', key: w.key, value: null },
      { process, type: 'ok', f: 'read', key: w.key, value: w.value },
    )
    return `read of key ${w.key} returns ${String(w.value)}, overwritten by the write of ${String(w2.value)} that ended before it began`
  }
  return undefined
}

/** An ok get that lost an append that ended before it began (kv). */
function injectLostAppend(raw: Raw[], done: Done[], random: Random): string | undefined {
  const appends = done.filter(
    (d) => d.f === 'append' && d.type === 'ok' && d.call > raw.length * 0.6,
  )
  for (const a of random.shuffle(appends)) {
    const text = String(a.value)
    const get = done.find(
      (d) =>
        d.key === a.key &&
        d.f === 'get' &&
        d.type === 'ok' &&
        d.call > a.ret &&
        typeof d.value === 'string' &&
        d.value.includes(text),
    )
    if (get === undefined) {
      continue
    }
    // no put on the key may come between the append and the get
    if (putMayComeBetween(raw, a.key, a.call, get.ret)) {
      continue
    }
    const lost = (get.value as string).replace(text, '')
    if (lost.includes(text)) {
      continue
    }
    raw[get.ret] = { ...(raw[get.ret] as Raw), value: lost }
    return `get of key ${a.key} misses the append of ${JSON.stringify(text)} that ended before it began`
  }
  return undefined
}

/** Could a put on `key` take effect between positions `from` and `to` (it overlaps them)? */
function putMayComeBetween(raw: Raw[], key: number, from: number, to: number): boolean {
  for (let i = 0; i < to; i++) {
    const op = raw[i] as Raw
    if (op.f !== 'put' || op.key !== key || op.type !== 'invoke') {
      continue
    }
    const end = raw.findIndex((c, j) => j > i && c.process === op.process && c.type !== 'invoke')
    if (end < 0 || (raw[end] as Raw).type === 'info' || end > from) {
      return true
    }
  }
  return false
}

/** A history of `options.ops` ops with a verdict known by construction. */
export function generateHistory(options: GenerateOptions): GeneratedHistory {
  const random = new Random(options.seed, `linearizable-${options.model}`)
  const { raw, done } = simulate(options, random)
  let note = 'a simulated atomic store'
  let valid = true
  if (options.invalid === true) {
    const injected =
      options.model === 'kv'
        ? injectLostAppend(raw, done, random)
        : injectStaleRead(raw, done, random)
    if (injected === undefined) {
      throw new Error(`no place to inject a violation (seed ${options.seed}): use more ops`)
    }
    note = injected
    valid = false
  }
  const ops = raw.map((op, index) => ({ ...op, index, time: (index + 1) * 1_000_000 }))
  return { ops, valid, note }
}
