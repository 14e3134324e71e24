// Finds processes whose environment mentions a directory (every learner node gets
// DSGRADE_DATA_DIR under its run directory), to prove that a run left nothing behind.
// Linux only (/proc); elsewhere it reports nothing.
import { readFileSync, readdirSync } from 'node:fs'

export function processesMentioning(text: string): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const found: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) {
      continue
    }
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(text)) {
        found.push(Number(entry))
      }
    } catch {
      // gone, or not ours
    }
  }
  return found
}
