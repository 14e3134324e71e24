/**
 * The basic Maelstrom checkers as registry entries for `dsgrade check --checker NAME`:
 * echo, unique-ids, set-full (add/broadcast + read) and counter (final reads).
 */
import type { RegisteredChecker } from '../contract.js'
import { checkCounter } from './counter.js'
import { checkEcho } from './echo.js'
import { checkSetFull } from './set-full.js'
import { checkUniqueIds } from './unique-ids.js'

export const echoChecker: RegisteredChecker = {
  name: 'echo',
  doc: 'echo: every ok reply carries back exactly the value sent',
  check: (history) => checkEcho(history),
}

export const uniqueIdsChecker: RegisteredChecker = {
  name: 'unique-ids',
  doc: 'unique-ids: no id returned by an ok generate occurs twice (JSON values)',
  check: (history) => checkUniqueIds(history),
}

export const setFullChecker: RegisteredChecker = {
  name: 'set-full',
  doc: 'set-full (broadcast, g-set): every acknowledged element eventually in every read; lost / stale / never-read',
  check: (history) => {
    const addF = history.some((op) => op.f === 'broadcast') ? 'broadcast' : 'add'
    return checkSetFull(history, { addF })
  },
}

export const counterChecker: RegisteredChecker = {
  name: 'counter',
  doc: 'counter (g-counter, pn-counter): every final read within the sums of ok adds plus any subset of uncertain adds',
  check: (history) => checkCounter(history),
}
