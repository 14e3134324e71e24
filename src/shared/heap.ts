/**
 * A binary min-heap over a plain array, ordered by `before(a, b)` (true when a comes first).
 * Used by the virtual clock's timers and the simulator's per-destination queues; callers
 * make the order total (ties broken by a sequence number) so that it is deterministic.
 */

export type Before<T> = (a: T, b: T) => boolean

export function heapPush<T>(heap: T[], item: T, before: Before<T>): void {
  heap.push(item)
  let i = heap.length - 1
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (!before(heap[i] as T, heap[parent] as T)) {
      break
    }
    swap(heap, i, parent)
    i = parent
  }
}

/** Remove the first item (the caller has read it as heap[0]). */
export function heapPop<T>(heap: T[], before: Before<T>): void {
  const last = heap.pop() as T
  if (heap.length === 0) {
    return
  }
  heap[0] = last
  let i = 0
  for (;;) {
    const left = 2 * i + 1
    const right = left + 1
    let best = i
    if (left < heap.length && before(heap[left] as T, heap[best] as T)) {
      best = left
    }
    if (right < heap.length && before(heap[right] as T, heap[best] as T)) {
      best = right
    }
    if (best === i) {
      return
    }
    swap(heap, i, best)
    i = best
  }
}

function swap<T>(items: T[], i: number, j: number): void {
  const tmp = items[i] as T
  items[i] = items[j] as T
  items[j] = tmp
}
