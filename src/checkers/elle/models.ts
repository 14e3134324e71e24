/**
 * Consistency models as data, after Elle's `elle.consistency-model` (checkers.md §3.5):
 * which anomaly implies which, which model implies which weaker model, and the anomalies
 * each model directly forbids. Everything else is derived: the anomalies a set of models
 * forbids, and the boundary `not` (weakest models ruled out) / `alsoNot` (stronger ones).
 *
 * Our cycles carry item anti-dependencies only (no predicates), so G-single and
 * G-nonadjacent are item anomalies and imply G2-item (Adya's PL-2.99 forbids them).
 * Does not detect anything; pure tables and closures.
 */

/** Anomaly → anomalies it implies (a found anomaly counts as each of these too). */
const ANOMALY_IMPLIES: Record<string, readonly string[]> = {
  G0: ['G1c', 'G0-process'],
  'G0-process': ['G1c-process', 'G0-realtime'],
  'G0-realtime': ['G1c-realtime'],
  G1a: ['G1'],
  G1b: ['G1'],
  G1c: ['G1', 'G1c-process'],
  'G1c-process': ['G1c-realtime'],
  'G-single': ['G-nonadjacent', 'G-single-process'],
  'G-single-process': ['G-nonadjacent-process', 'G-single-realtime'],
  'G-single-realtime': ['G-nonadjacent-realtime'],
  'G-nonadjacent': ['G2-item', 'G-nonadjacent-process'],
  'G-nonadjacent-process': ['G2-item-process', 'G-nonadjacent-realtime'],
  'G-nonadjacent-realtime': ['G2-item-realtime'],
  'G2-item': ['G2', 'G2-item-process'],
  'G2-item-process': ['G2-process', 'G2-item-realtime'],
  'G2-item-realtime': ['G2-realtime'],
  G2: ['G2-process'],
  'G2-process': ['G2-realtime'],
  'lost-update': ['G2-item'],
  'incompatible-order': ['G1a'],
  'dirty-update': ['G1a'],
  'future-read': ['G1c'],
  'PL-1-cycle-exists': ['PL-2-cycle-exists'],
  'PL-2-cycle-exists': ['PL-2.99-cycle-exists'],
  'PL-2.99-cycle-exists': ['PL-3-cycle-exists'],
  'PL-3-cycle-exists': ['PL-SS-cycle-exists'],
}

/** Model → the weaker models it implies. */
const MODEL_IMPLIES: Record<string, readonly string[]> = {
  'strict-serializable': [
    'serializable',
    'strong-session-serializable',
    'strong-snapshot-isolation',
  ],
  'strong-session-serializable': ['serializable', 'strong-session-snapshot-isolation'],
  'strong-snapshot-isolation': ['strong-session-snapshot-isolation'],
  'strong-session-snapshot-isolation': ['snapshot-isolation'],
  serializable: ['repeatable-read', 'snapshot-isolation'],
  'snapshot-isolation': ['consistent-view'],
  'repeatable-read': ['cursor-stability'],
  'consistent-view': ['cursor-stability'],
  'cursor-stability': ['read-committed'],
  'read-committed': ['read-uncommitted'],
  'read-uncommitted': [],
}

/** Model → anomalies it forbids directly (plus those of every weaker model). */
const MODEL_FORBIDS: Record<string, readonly string[]> = {
  // txn-mismatch is ours, not Elle's: a reply that does not answer its request (Maelstrom
  // rejects it as a malformed RPC), so every model forbids it.
  'read-uncommitted': [
    'G0',
    'duplicate-elements',
    'cyclic-versions',
    'PL-1-cycle-exists',
    'txn-mismatch',
    // A read of a value nobody wrote: outside Adya's model, forbidden by every model.
    'garbage-read',
  ],
  'read-committed': ['G1', 'PL-2-cycle-exists'],
  'cursor-stability': ['G1', 'lost-update'],
  'consistent-view': ['G1', 'lost-update'],
  'repeatable-read': ['G1', 'G2-item', 'PL-2.99-cycle-exists'],
  'snapshot-isolation': ['internal', 'G1', 'G-single', 'G-nonadjacent'],
  serializable: ['internal', 'G1', 'G2', 'PL-3-cycle-exists'],
  'strong-session-snapshot-isolation': ['G1c-process', 'G-single-process', 'G-nonadjacent-process'],
  'strong-snapshot-isolation': ['G1c-realtime', 'G-single-realtime', 'G-nonadjacent-realtime'],
  'strong-session-serializable': ['G1c-process', 'G2-process'],
  'strict-serializable': [
    'G1',
    'G1c-realtime',
    'G2-realtime',
    'PL-SS-cycle-exists',
    'cyclic-versions-realtime',
  ],
}

/** Anomalies that make the verdict `unknown` (never `valid`) when nothing forbidden is found. */
export const UNKNOWN_ANOMALIES: ReadonlySet<string> = new Set([
  'cycle-search-timeout',
  'duplicate-writes',
  'malformed-txn',
])

const ALIASES: Record<string, string> = {
  'pl-1': 'read-uncommitted',
  'pl-2': 'read-committed',
  'pl-cs': 'cursor-stability',
  'pl-2+': 'consistent-view',
  'pl-2.99': 'repeatable-read',
  'pl-si': 'snapshot-isolation',
  'pl-3': 'serializable',
  'pl-ss': 'strict-serializable',
  'strong-serializable': 'strict-serializable',
  'strong-session-si': 'strong-session-snapshot-isolation',
  si: 'snapshot-isolation',
}

export const MODEL_NAMES: readonly string[] = Object.keys(MODEL_IMPLIES)

/** `PL-2`, `:read_committed`, `Read-Committed` → `read-committed`; undefined if unknown. */
export function canonicalModel(name: string): string | undefined {
  const plain = name.trim().replace(/^:/, '').replace(/_/g, '-').toLowerCase()
  const resolved = ALIASES[plain] ?? plain
  return Object.hasOwn(MODEL_IMPLIES, resolved) ? resolved : undefined
}

function closure(start: Iterable<string>, edges: Record<string, readonly string[]>): Set<string> {
  const seen = new Set<string>()
  const todo = [...start]
  while (todo.length > 0) {
    const next = todo.pop() as string
    if (seen.has(next)) {
      continue
    }
    seen.add(next)
    for (const implied of edges[next] ?? []) {
      todo.push(implied)
    }
  }
  return seen
}

/** An anomaly and every anomaly it implies. */
export function impliedAnomalies(anomaly: string): Set<string> {
  return closure([anomaly], ANOMALY_IMPLIES)
}

/** True when finding `found` already counts as finding `other`. */
export function anomalyImplies(found: string, other: string): boolean {
  return impliedAnomalies(found).has(other)
}

/** The model and every weaker model it implies. */
export function impliedModels(model: string): Set<string> {
  return closure([model], MODEL_IMPLIES)
}

function directlyForbidden(model: string): Set<string> {
  const forbidden = new Set<string>()
  for (const weaker of impliedModels(model)) {
    for (const anomaly of MODEL_FORBIDS[weaker] ?? []) {
      forbidden.add(anomaly)
    }
  }
  return forbidden
}

/** Does this model forbid the anomaly (directly or through what the anomaly implies)? */
export function modelForbids(model: string, anomaly: string): boolean {
  const forbidden = directlyForbidden(model)
  for (const implied of impliedAnomalies(anomaly)) {
    if (forbidden.has(implied)) {
      return true
    }
  }
  return false
}

/** Every model (of our table) that the anomalies rule out. */
export function ruledOutModels(anomalies: Iterable<string>): Set<string> {
  const list = [...anomalies]
  return new Set(MODEL_NAMES.filter((model) => list.some((a) => modelForbids(model, a))))
}

/**
 * Elle's boundary: `not` = weakest models ruled out, `alsoNot` = the stronger ones. `within`
 * limits the claim to the models for which the inference that found the anomalies was sound.
 */
export function modelBoundary(
  anomalies: Iterable<string>,
  within: (model: string) => boolean = () => true,
): { not: string[]; alsoNot: string[] } {
  const out = new Set([...ruledOutModels(anomalies)].filter(within))
  const not: string[] = []
  const alsoNot: string[] = []
  for (const model of out) {
    const weakerOut = [...impliedModels(model)].some(
      (weaker) => weaker !== model && out.has(weaker),
    )
    ;(weakerOut ? alsoNot : not).push(model)
  }
  return { not: not.sort(), alsoNot: alsoNot.sort() }
}

/** The weakest of the requested models this anomaly breaks (for messages). */
export function brokenModels(anomaly: string, requested: readonly string[]): string[] {
  const broken = requested.filter((model) => modelForbids(model, anomaly))
  return broken.filter(
    (model) => !broken.some((other) => other !== model && impliedModels(model).has(other)),
  )
}

/** Which extra order a set of models needs in the graph. */
export function extraOrderFor(models: readonly string[]): 'realtime' | 'process' | 'none' {
  const forbiddenDirectly = new Set(models.flatMap((m) => [...directlyForbidden(m)]))
  const needs = (suffix: string): boolean =>
    [...forbiddenDirectly].some((anomaly) => anomaly.endsWith(suffix))
  if (needs('-realtime')) {
    return 'realtime'
  }
  return needs('-process') ? 'process' : 'none'
}
