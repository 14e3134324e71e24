/**
 * history.jsonl I/O (interfaces.md §1.4): one operation per line, in event order. Writing
 * streams in chunks so a long history never becomes one giant string; reading delegates to
 * the shared parser in formats/ (which validates every line and names the bad one).
 */
import { createWriteStream } from 'node:fs'
import type { Op } from './types.js'

/** Write any JSON values, one per line; resolves when the file is flushed and closed. */
export async function writeJsonLines(path: string, items: Iterable<unknown>): Promise<void> {
  const out = createWriteStream(path)
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  failed.catch(() => {}) // raced below
  let chunk = ''
  for (const item of items) {
    chunk += JSON.stringify(item) + '\n'
    if (chunk.length > 1 << 16) {
      out.write(chunk)
      chunk = ''
      // A turn of the event loop per 64 KiB: a 24,000-operation history took up to 3.4 s of
      // the harness thread in one piece under load (stop 18's demo profile), stalling every
      // run beside it.
      await Promise.race([new Promise((resolve) => setImmediate(resolve)), failed])
    }
  }
  await Promise.race([new Promise<void>((resolve) => out.end(chunk, resolve)), failed])
}

export function writeHistoryJsonl(path: string, history: readonly Op[]): Promise<void> {
  return writeJsonLines(path, history)
}

export { parseJsonlHistory, readHistoryFile } from './formats/index.js'
