// CPU hogs for measuring dsgrade under load (issue 12): N processes that keep one core busy
// each — Debian's `stress-ng --cpu N` when installed, else N `node` busy loops. They inherit
// this process's nice level. Usage as a module: `const stop = startHogs(2); …; await stop()`;
// from a shell: `node scripts/cpu-hog.mjs 2` (runs until Ctrl-C).
import { spawn, spawnSync } from 'node:child_process'

function hasStressNg() {
  return spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Starts `count` busy processes; returns a function that stops them (by their own pids). */
export function startHogs(count) {
  const children = hasStressNg()
    ? [spawn('stress-ng', ['--cpu', String(count), '--quiet'], { stdio: 'ignore', detached: true })]
    : Array.from({ length: count }, () =>
        spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }),
      )
  return async () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGTERM') // stress-ng's workers are in its group
      } catch {
        // already gone
      }
    }
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? undefined
          : new Promise((resolve) => child.once('exit', resolve)),
      ),
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stop = startHogs(Number(process.argv[2] ?? 2))
  process.on('SIGINT', () => void stop().then(() => process.exit(0)))
  process.on('SIGTERM', () => void stop().then(() => process.exit(0)))
}
