/**
 * Delivery lateness: how long after its scheduled deadline each message was delivered (the
 * harness's own slowness, never the learner's). Keeps a bounded, evenly thinned sample for
 * quantiles and the exact maximum.
 */

export interface Lateness {
  p50Ms: number
  p99Ms: number
  maxMs: number
  count: number
}

const SAMPLES_MAX = 1 << 20

export class LatenessRecorder {
  private samples: number[] = []
  private stride = 1
  private skipped = 0
  private maxMs = 0
  private count = 0

  record(latenessMs: number): void {
    this.count++
    this.maxMs = Math.max(this.maxMs, latenessMs)
    if (++this.skipped < this.stride) {
      return
    }
    this.skipped = 0
    this.samples.push(latenessMs)
    if (this.samples.length >= SAMPLES_MAX) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0)
      this.stride *= 2
    }
  }

  figures(): Lateness {
    const sorted = Float64Array.from(this.samples).sort()
    const at = (q: number): number =>
      sorted.length === 0
        ? 0
        : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number)
    return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: this.maxMs, count: this.count }
  }
}
