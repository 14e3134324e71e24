/**
 * One turn of the event loop for everything else this process runs. Several test runs share
 * one harness process (seeds, stages and tracks grade at once), and the end of a run — its
 * checkers, results and report page — is synchronous work of up to a second on a long
 * history: without a turn between its steps, every other run's deliveries and timers wait for
 * all of it at once and its harness measures a stall (seeds of an idle `npm run demo` were
 * rerun alone for it). Not a time source: it waits for no clock.
 */
export function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
