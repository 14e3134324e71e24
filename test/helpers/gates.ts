// Gates for scheduling tests: work that starts, records it, and ends only when told to.

export interface Gate {
  promise: Promise<void>
  open: () => void
}

export function gate(): Gate {
  let open = (): void => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

/** Jobs that record their start in `order` and end when their gate opens. */
export function gatedJobs() {
  const order: string[] = []
  const gates = new Map<string, Gate>()
  const job = (name: string) => {
    const g = gate()
    gates.set(name, g)
    return async () => {
      order.push(name)
      await g.promise
    }
  }
  return { order, gates, job }
}
