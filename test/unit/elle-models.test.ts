// Consistency models as data: aliases, Elle's implication tables, the anomalies each model
// forbids, the not / alsoNot boundary, and which extra order a model set needs.
import { describe, expect, test } from 'vitest'
import { resolveModels } from '../../src/checkers/elle/index.js'
import {
  anomalyImplies,
  brokenModels,
  canonicalModel,
  extraOrderFor,
  modelBoundary,
  modelForbids,
} from '../../src/checkers/elle/models.js'
import { UsageError } from '../../src/shared/errors.js'

describe('consistency models', () => {
  test('names and Adya aliases canonicalise; an unknown name is a usage error', () => {
    expect(canonicalModel('PL-2')).toBe('read-committed')
    expect(canonicalModel(':strict_serializable')).toBe('strict-serializable')
    expect(canonicalModel('PL-SS')).toBe('strict-serializable')
    expect(canonicalModel('PL-2.99')).toBe('repeatable-read')
    expect(canonicalModel('nonsense')).toBeUndefined()
    expect(resolveModels(undefined)).toEqual(['strict-serializable'])
    expect(() => resolveModels(['linearizable-ish'])).toThrow(UsageError)
  })

  test('anomaly implications follow Elle (G0 ⇒ G1c ⇒ G1, base ⇒ -process ⇒ -realtime)', () => {
    expect(anomalyImplies('G0', 'G1c')).toBe(true)
    expect(anomalyImplies('G0', 'G1c-realtime')).toBe(true)
    expect(anomalyImplies('G1a', 'G1')).toBe(true)
    expect(anomalyImplies('G-single', 'G2')).toBe(true)
    expect(anomalyImplies('G2-item', 'G2')).toBe(true)
    expect(anomalyImplies('lost-update', 'G2-item')).toBe(true)
    expect(anomalyImplies('incompatible-order', 'G1')).toBe(true)
    expect(anomalyImplies('G1c-realtime', 'G1c')).toBe(false)
  })

  test.each([
    [
      'read-uncommitted',
      ['G0', 'cyclic-versions', 'duplicate-elements'],
      ['G1a', 'G1c', 'lost-update', 'G2-item'],
    ],
    [
      'read-committed',
      ['G0', 'G1a', 'G1b', 'G1c', 'dirty-update', 'incompatible-order'],
      ['G-single', 'lost-update', 'internal'],
    ],
    ['repeatable-read', ['G2-item', 'G-single', 'lost-update'], ['G1c-realtime', 'internal']],
    ['snapshot-isolation', ['G-single', 'G-nonadjacent', 'internal', 'lost-update'], ['G2-item']],
    [
      'serializable',
      ['G2-item', 'G2', 'G-single', 'internal'],
      ['G-single-realtime', 'G0-realtime'],
    ],
    ['strict-serializable', ['G-single-realtime', 'G0-realtime', 'G2-item-process', 'G1c'], []],
    ['strong-session-serializable', ['G-single-process', 'G2-process'], ['G-single-realtime']],
  ])('%s forbids %j and allows %j', (model, forbidden, allowed) => {
    for (const anomaly of forbidden) {
      expect(modelForbids(model, anomaly), anomaly).toBe(true)
    }
    for (const anomaly of allowed) {
      expect(modelForbids(model, anomaly), anomaly).toBe(false)
    }
  })

  test('the boundary names the weakest models ruled out (a G1c → not read-committed)', () => {
    const g1c = modelBoundary(['G1c'])
    expect(g1c.not).toEqual(['read-committed'])
    expect(g1c.alsoNot).toContain('strict-serializable')
    expect(g1c.alsoNot).not.toContain('read-uncommitted')
    expect(modelBoundary(['G2-item']).not).toEqual(['repeatable-read'])
    expect(modelBoundary(['G-single']).not.sort()).toEqual([
      'repeatable-read',
      'snapshot-isolation',
    ])
    expect(modelBoundary([])).toEqual({ not: [], alsoNot: [] })
  })

  test('broken models are the weakest requested ones; the extra order follows the models', () => {
    expect(brokenModels('G1c', ['read-committed', 'serializable'])).toEqual(['read-committed'])
    expect(brokenModels('G-single-realtime', ['serializable'])).toEqual([])
    expect(extraOrderFor(['strict-serializable'])).toBe('realtime')
    expect(extraOrderFor(['strong-session-serializable'])).toBe('process')
    expect(extraOrderFor(['serializable', 'read-committed'])).toBe('none')
  })
})
