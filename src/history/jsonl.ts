/**
 * history.jsonl I/O (interfaces.md §1.4): one operation per line, in event order. Writing
 * streams in chunks so a long history never becomes one giant string; reading delegates to
 * the shared parser in formats/ (which validates every line and names the bad one).
 */
import { createWriteStream } from 'node:fs'
import type { Op } from './types.js'

/** Write any JSON values, one per line; resolves when the file is flushed and closed. */
export function writeJsonLines(path: string, items: Iterable<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path)
    out.on('error', reject)
    let chunk = ''
    for (const item of items) {
      chunk += JSON.stringify(item) + '\n'
      if (chunk.length > 1 << 16) {
        out.write(chunk)
        chunk = ''
      }
    }
    out.end(chunk, resolve)
  })
}

export function writeHistoryJsonl(path: string, history: readonly Op[]): Promise<void> {
  return writeJsonLines(path, history)
}

export { parseJsonlHistory, readHistoryFile } from './formats/index.js'
