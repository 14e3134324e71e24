// The few Node.js globals this template uses, declared here so that the only dependency
// is TypeScript itself (no @types/node). Add what you need, or `npm i -D @types/node`
// and delete this file.
declare const process: {
  readonly stdin: {
    setEncoding(encoding: 'utf8'): void
    on(event: 'data', listener: (chunk: string) => void): void
    on(event: 'end', listener: () => void): void
  }
  readonly stdout: { write(text: string): boolean }
  readonly stderr: { write(text: string): boolean }
  readonly env: Record<string, string | undefined>
  exit(code?: number): never
}

type TimerHandle = { readonly __timer: unique symbol }
declare function setTimeout(fn: () => void, delayMs: number): TimerHandle
declare function clearTimeout(timer: TimerHandle): void
declare function setInterval(fn: () => void, intervalMs: number): TimerHandle
declare function clearInterval(timer: TimerHandle): void
declare function setImmediate(fn: () => void): unknown

// node:fs and node:path, as far as the consensus helpers (saveState / loadState) use them.
declare module 'node:fs' {
  export function openSync(path: string, flags: string): number
  export function writeSync(fd: number, text: string): number
  export function fsyncSync(fd: number): void
  export function closeSync(fd: number): void
  export function renameSync(from: string, to: string): void
  export function readFileSync(path: string, encoding: 'utf8'): string
}
declare module 'node:path' {
  export function join(...parts: string[]): string
}
