// The learner templates, end to end: each is copied to a temporary directory and built with
// its own toolchain; every one of its 15 track stubs answers `init` and replies
// `not-supported` (error 10) pointing to its track page; the messenger stub, left untouched,
// fails an echo test through the real CLI with that explanation in the history and in
// report.html; and once the README's echo handler is pasted below the `dsgrade:handlers`
// marker, it passes (`dsgrade test --track messenger` when the CLI has tracks, else
// `dsgrade test -w echo`). Go runs with GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local
// (standard library only). TypeScript compiles with the repository's own `typescript`
// (`npm ci` needs the registry). A language whose toolchain is missing is skipped unless
// CI=true.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parseConfig } from '../../src/config/index.js'
import { repoRoot, runCli } from '../helpers/cli.js'
import { LANGUAGES, TRACKS, applyPatch, hasTool } from './templates-languages.js'

interface Line {
  src?: string
  body: { text?: string; [field: string]: unknown }
}

/** Send init and one request to a node; resolve with the reply lines. */
function exchange(command: string[], cwd: string, requestType: string): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const [bin = '', ...args] = command
    const child = spawn(bin, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (out.split('\n').filter((l) => l.trim() !== '').length >= 2) {
        child.stdin.end()
      }
    })
    child.on('error', reject)
    child.on('close', () => {
      clearTimeout(timer)
      resolve(
        out
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as Line),
      )
    })
    const init = {
      src: 'c0',
      dest: 'n0',
      body: { type: 'init', msg_id: 1, node_id: 'n0', node_ids: ['n0', 'n1'] },
    }
    const request = {
      src: 'c1',
      dest: 'n0',
      body: { type: requestType, msg_id: 2, key: 1, echo: 'x' },
    }
    child.stdin.write(`${JSON.stringify(init)}\n${JSON.stringify(request)}\n`)
  })
}

async function cliHasTracks(): Promise<boolean> {
  const help = await runCli(['test', '--help'], { timeoutMs: 30_000 })
  return help.code === 0 && help.stdout.includes('--track')
}

const made: string[] = []
afterAll(() => {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true })
  }
})

for (const language of LANGUAGES) {
  const present = hasTool(language.tool)
  const mustRun = process.env.CI === 'true'
  if (!present && !mustRun) {
    console.warn(
      `templates/${language.name} skipped: ${language.tool} is not installed (never skipped when CI=true)`,
    )
  }

  describe.skipIf(!present && !mustRun).sequential(`templates/${language.name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), `dsgrade-template-${language.name}-`))
    made.push(dir)

    it('is a complete repository: config, workflow, README with the badge, .gitignore, one stub per track', () => {
      cpSync(join(repoRoot, 'templates', language.name), dir, { recursive: true })
      for (const file of [
        'dsgrade.yml',
        '.github/workflows/grade.yml',
        'README.md',
        '.gitignore',
      ]) {
        expect(existsSync(join(dir, file)), file).toBe(true)
      }
      for (const track of TRACKS) {
        expect(existsSync(join(dir, language.stubFile(track))), track).toBe(true)
      }
      const workflow = readFileSync(join(dir, '.github/workflows/grade.yml'), 'utf8')
      expect(workflow).toMatch(/^on:\n {2}push:\n {2}workflow_dispatch:/m)
      expect(workflow).toContain('if: ${{ !github.event.repository.is_template }}')
      expect(workflow).toContain('cancel-in-progress: true')
      expect(workflow).toMatch(/timeout-minutes: \d+/)
      expect(workflow).toContain('permissions: {}')
      expect(workflow).not.toContain('id-token')
      expect(workflow).toContain('persist-credentials: false')
      expect(workflow).toMatch(/uses: [\w-]+\/dsgrade@v1\n/)
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('dsgrade-badges/progress.svg')
      if (language.name === 'typescript') {
        // `npm ci` installs exactly the lockfile: typescript only, the version package.json pins.
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          devDependencies: object
          dependencies?: object
        }
        const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
          packages: Record<string, { devDependencies?: object; version?: string }>
        }
        expect(manifest.dependencies).toBeUndefined()
        expect(Object.keys(manifest.devDependencies)).toEqual(['typescript'])
        expect(lock.packages['']?.devDependencies).toEqual(manifest.devDependencies)
        expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/typescript'])
        expect(lock.packages['node_modules/typescript']?.version).toBe(
          (manifest.devDependencies as { typescript: string }).typescript,
        )
      }
      if (language.name === 'go') {
        // gofmt-clean, so a learner's editor does not rewrite the files on first save.
        expect(execFileSync('gofmt', ['-l', '.'], { cwd: dir, encoding: 'utf8' })).toBe('')
      }
      const config = readFileSync(join(dir, 'dsgrade.yml'), 'utf8')
      // Valid for the Action's config loader as shipped (messenger only) and with every track
      // uncommented, and the workflow is valid YAML.
      expect(parseConfig(config, 'dsgrade.yml', TRACKS).tracks.map((t) => t.id)).toEqual([
        'messenger',
      ])
      const everything = config.replace(/^ {2}# /gm, '  ')
      const all = parseConfig(everything, 'dsgrade.yml', TRACKS)
      expect(all.tracks.map((t) => t.id)).toEqual(TRACKS)
      expect(all.tracks.map((t) => t.run)).toEqual(TRACKS.map((t) => language.run(t).join(' ')))
      expect(parseYaml(workflow)).toMatchObject({ jobs: { grade: { 'runs-on': 'ubuntu-latest' } } })
      expect(config).toContain('version: 1')
      expect(config).toContain(`  messenger:\n    run: ${language.run('messenger').join(' ')}`)
    })

    it('builds, and every stub answers init and replies not-supported with its track page', async () => {
      language.build(dir)
      // Five stubs at a time: fifteen JVMs at once would crowd two cores.
      const replies: Line[][] = []
      for (let i = 0; i < TRACKS.length; i += 5) {
        const batch = TRACKS.slice(i, i + 5)
        replies.push(
          ...(await Promise.all(batch.map((track) => exchange(language.run(track), dir, 'echo')))),
        )
      }
      TRACKS.forEach((track, i) => {
        const [initOk, error] = replies[i] ?? []
        expect(initOk?.body, track).toMatchObject({ type: 'init_ok', in_reply_to: 1 })
        expect(initOk?.src).toBe('n0')
        expect(error?.body, track).toMatchObject({ type: 'error', code: 10, in_reply_to: 2 })
        expect(error?.body.text).toContain(`/tracks/${track}/docs/index.md`)
        // …and that page exists in this repository.
        expect(existsSync(join(repoRoot, 'tracks', track, 'docs', 'index.md')), track).toBe(true)
      })
    })

    it('fails an echo test untouched, with the not-supported error in the history and the report', async () => {
      const store = join(dir, 'store-untouched')
      const bin = language.run('messenger').join(' ')
      const result = await runCli(
        [
          'test',
          '-w',
          'echo',
          '--bin',
          bin,
          '--node-count',
          '1',
          '--time-limit',
          '2',
          '--store',
          store,
        ],
        { cwd: dir },
      )
      expect(result.code, result.stdout + result.stderr).toBe(1)
      const runDir = join(store, 'latest')
      const history = readFileSync(join(runDir, 'history.jsonl'), 'utf8')
      expect(history).toContain(
        '"error":[10,"not-supported","\'echo\' is not implemented yet: the messenger track is still the template stub',
      )
      const report = readFileSync(join(runDir, 'report.html'), 'utf8')
      expect(report).toMatch(/<table id="errors">.*<td>10<\/td><td>not-supported<\/td>/s)
      expect(report).toContain('/tracks/messenger/docs/index.md')
    })

    it('passes messenger once the README echo handler is added', async () => {
      applyPatch(dir, language, 'messenger', language.echo)
      language.build(dir)
      const bin = language.run('messenger').join(' ')
      const store = join(dir, 'store-echo')
      const args = (await cliHasTracks())
        ? [
            'test',
            '--track',
            'messenger',
            '--bin',
            bin,
            '--seed',
            '1',
            '--time-scale',
            '0.2',
            '--store',
            store,
          ]
        : [
            'test',
            '-w',
            'echo',
            '--bin',
            bin,
            '--node-count',
            '3',
            '--rate',
            '20',
            '--time-limit',
            '3',
            '--seed',
            '1',
            '--store',
            store,
          ]
      const result = await runCli(args, { cwd: dir, timeoutMs: 240_000 })
      expect(result.code, result.stdout + result.stderr).toBe(0)
      expect(readdirSync(store).length).toBeGreaterThan(0)
    })
  })
}
