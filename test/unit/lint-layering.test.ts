// The layering rule bites: the project's own ESLint config, applied to a fixture placed (by
// path) in src/checkers/, reports the import of a higher layer, the import that skips another
// folder's index.ts, and the read of process.env; and the real src/ lints clean.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const fixture = readFileSync(join(root, 'test/fixtures/lint/checkers-imports-run.ts.txt'), 'utf8')

describe('the import-boundary rule', () => {
  it('reports a layering violation, a deep import and process.env in src/checkers/', async () => {
    const eslint = new ESLint({ cwd: root })
    const [result] = await eslint.lintText(fixture, {
      filePath: join(root, 'src/checkers/fixture.ts'),
    })
    const found = (result?.messages ?? []).map((m) => `${m.line} ${m.ruleId}: ${m.message}`)
    expect(found).toEqual([
      expect.stringMatching(
        /^3 no-restricted-imports: .*src\/checkers\/ may import only history, network, shared/,
      ),
      expect.stringMatching(
        /^4 no-restricted-imports: .*through its public surface, src\/history\/index\.ts/,
      ),
      expect.stringMatching(/^6 no-restricted-imports: .*src\/checkers\/ may import only/),
      expect.stringMatching(/^8 no-restricted-properties: .*Only src\/cli\/ and src\/action\//),
    ])
  }, 60_000)

  it('accepts the same imports where the layer order allows them (src/run/)', async () => {
    const eslint = new ESLint({ cwd: root })
    const allowed = fixture
      .replace("'../run/index.js'", "'../workloads/index.js'")
      .replace("'../history/types.js'", "'../history/index.js'")
      .replace('process.env.HOME', "'home'")
      .replace('import { runTest }', 'import { workloadNames as runTest }')
    const [result] = await eslint.lintText(allowed, { filePath: join(root, 'src/run/fixture.ts') })
    expect(result?.messages ?? []).toEqual([])
  }, 60_000)
})
