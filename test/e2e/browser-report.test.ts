// report.html in a real browser (Debian's Chromium driven by playwright-core): a failing
// broadcast run and a failing lin-kv run rendered from the fixtures (checked by the real
// checkers), opened from file://. Every request is routed: anything that is not file: or
// data: fails the test. Asserts the key elements, the Lamport filter and the hover panel,
// and saves screenshots to test-artifacts/. With DSGRADE_UPDATE_IMAGES=1 it also refreshes
// the README images in docs/images/ (the report page and a rendered PR comment).
// Skipped only when /usr/bin/chromium is missing and CI is not 'true'.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StageResult } from '../../src/grading/contract.js'
import { renderComment } from '../../src/report/comment.js'
import { renderReportHtml } from '../../src/report/html.js'
import type { GradeReport } from '../../src/report/model.js'
import { repoRoot } from '../helpers/cli.js'
import { failingBroadcastRun, failingLinKvRun } from '../unit/report-html-fixtures.js'
import { COMMENT_CSS, markdownToHtml } from './browser-markdown.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const present = existsSync(CHROMIUM)
const mustRun = process.env.CI === 'true'
if (!present && !mustRun) {
  console.warn(
    `browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium); they never skip when CI=true`,
  )
}
const artifacts = join(repoRoot, 'test-artifacts')
const images = join(repoRoot, 'docs', 'images')
const updateImages = process.env.DSGRADE_UPDATE_IMAGES === '1'

interface Opened {
  page: Page
  external: string[]
  errors: string[]
}

describe.skipIf(!present && !mustRun)('report.html in Chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    dir = mkdtempSync(join(tmpdir(), 'dsgrade-browser-'))
    mkdirSync(artifacts, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  async function open(name: string, html: string, widthPx = 1280): Promise<Opened> {
    const file = join(dir, `${name}.html`)
    writeFileSync(file, html)
    const page = await browser.newPage({ viewport: { width: widthPx, height: 900 } })
    const external: string[] = []
    const errors: string[] = []
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:') || url.startsWith('data:')) {
        return route.continue()
      }
      external.push(url)
      return route.abort()
    })
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(message.text())
      }
    })
    await page.goto(`file://${file}`)
    return { page, external, errors }
  }

  it('shows a failing broadcast run: verdict, criteria, fault band, timeline, Lamport filter and hover', async () => {
    const run = failingBroadcastRun()
    const { page, external, errors } = await open('broadcast', renderReportHtml(run))
    await expect
      .poll(() => page.locator('#verdict').textContent())
      .toBe('FAIL — stage 4.3 partitions')
    if (updateImages) {
      mkdirSync(images, { recursive: true })
      const clip = { x: 0, y: 0, width: 1280, height: 1180 }
      await page.screenshot({ path: join(images, 'report-page.png'), fullPage: true, clip })
    }
    expect(await page.locator('#criteria tbody tr').count()).toBe(2)
    expect(await page.locator('#criteria td.fail').count()).toBe(1)
    expect(await page.locator('#explanation').textContent()).toContain('was lost')
    expect(await page.locator('#timeline .fault-partition rect').count()).toBe(1)
    expect(await page.locator('#timeline .op.ok').count()).toBe(45)
    const arrows = await page.locator('#lamport .msg').count()
    expect(arrows).toBeGreaterThan(100)
    expect(await page.locator('#lamport .msg.dropped').count()).toBeGreaterThan(0)

    await page.selectOption('#lamport-filter', 'n3')
    const shown = await page.locator('#lamport .msg:not(.hidden)').count()
    const expected = await page
      .locator('#lamport .msg[data-src="n3"], #lamport .msg[data-dest="n3"]')
      .count()
    expect(shown).toBe(expected)
    expect(shown).toBeLessThan(arrows)
    await page.selectOption('#lamport-filter', '')
    expect(await page.locator('#lamport .msg:not(.hidden)').count()).toBe(arrows)

    // Clicking an operation filters the diagram to the node it talked to.
    await page.locator('#timeline .op[data-node="n3"]').first().click()
    expect(await page.locator('#lamport-filter').inputValue()).toBe('n3')
    expect(await page.locator('#lamport .msg:not(.hidden)').count()).toBe(expected)
    await page.selectOption('#lamport-filter', '')

    // Server lanes first, the clients folded into one lane; the checkbox shows one per client.
    const lanes = (svg: string) =>
      page
        .locator(`#${svg} .lifeline`)
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node')))
    expect((await lanes('lamport')).slice(0, 2)).toEqual(['n1', 'n2'])
    expect((await lanes('lamport')).at(-1)).toBe('clients')
    expect(await page.locator('#lamport-unfolded').isVisible()).toBe(false)
    await page.locator('#lamport-unfold').check()
    expect(await page.locator('#lamport-unfolded').isVisible()).toBe(true)
    expect(await page.locator('#lamport').isVisible()).toBe(false)
    expect(
      (await lanes('lamport-unfolded')).filter((id) => /^c\d+$/.test(id ?? '')).length,
    ).toBeGreaterThan(1)
    await page.locator('#lamport-unfold').uncheck()
    expect(await page.locator('#lamport').isVisible()).toBe(true)

    if (updateImages) {
      // The Lamport diagram: server lanes first, clients folded into one lane.
      await page.evaluate('window.scrollTo(0, 0)')
      const box = await page.locator('#messages').boundingBox()
      if (box !== null) {
        const clip = { x: box.x, y: box.y, width: Math.min(box.width, 1280), height: 700 }
        await page.screenshot({ path: join(images, 'report-lamport.png'), fullPage: true, clip })
      }
    }

    // The hint and the concept page as a link a learner can open.
    expect(await page.locator('#hint').textContent()).toMatch(
      /^Hint: A message sent during a partition/,
    )
    expect(await page.locator('#concept a').getAttribute('href')).toBe(
      'https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/partitions.md',
    )

    await page.locator('#lamport .msg.client text').first().hover()
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true)
    expect(await page.locator('#tip').textContent()).toMatch(/^c1 → n1 \{"type":"broadcast"/)

    await page.screenshot({ path: join(artifacts, 'report-broadcast.png'), fullPage: true })
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows a failing lin-kv run: the failing key with its partial linearization', async () => {
    const { page, external, errors } = await open('lin-kv', renderReportHtml(failingLinKvRun()))
    await expect
      .poll(() => page.locator('#linearizability h2').textContent())
      .toBe('Linearizability: key 1')
    expect(await page.locator('#lin-timeline .op').count()).toBe(6)
    expect(await page.locator('#lin-timeline .op.unlinearized').count()).toBe(2)
    expect(await page.locator('#lin-timeline .op.evidence').count()).toBe(1)
    expect(await page.locator('#lin-candidates li').count()).toBeGreaterThan(0)
    expect(await page.locator('#latency circle').count()).toBe(8)
    await page.screenshot({ path: join(artifacts, 'report-lin-kv.png'), fullPage: true })
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('catches a request that leaves the page (the guard itself can fail)', async () => {
    const leaky =
      '<!doctype html><html><body><img id="x" alt="" src="https://example.invalid/pixel.png"></body></html>'
    const { page, external } = await open('leaky', leaky)
    await page.waitForLoadState('load')
    expect(external).toEqual(['https://example.invalid/pixel.png'])
    await page.close()
  })

  it('renders the PR comment markdown (screenshot for the README)', async () => {
    const markdown = renderComment(sampleGradeReport(), {
      runUrl: 'https://github.com/you/repo/actions/runs/1',
    })
    const html =
      `<!doctype html><html><head><meta charset="utf-8"><style>${COMMENT_CSS}</style></head><body>` +
      `<div class="comment"><header><b>github-actions</b> bot commented</header><div class="body">${markdownToHtml(markdown)}</div></div></body></html>`
    const { page, external, errors } = await open('comment', html, 960)
    expect(await page.locator('table').count()).toBeGreaterThan(0)
    expect(await page.locator('body').textContent()).toContain('broadcast')
    await page.screenshot({ path: join(artifacts, 'pr-comment.png'), fullPage: true })
    if (updateImages) {
      mkdirSync(images, { recursive: true })
      await page.screenshot({ path: join(images, 'pr-comment.png'), fullPage: true })
    }
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})

function stage(
  number: string,
  id: string,
  status: StageResult['status'],
  extra: Partial<StageResult> = {},
): StageResult {
  const [trackId = '', title = ''] = id.split('/')
  return {
    trackId,
    stageId: id,
    number,
    title,
    status,
    reason:
      status === 'pass'
        ? 'every criterion met its target'
        : status === 'skipped'
          ? 'an earlier stage failed'
          : 'values were lost',
    criteria: [],
    seeds: [],
    explanation: [],
    replay: '',
    durationMs: 4200,
    ...extra,
  }
}

/** A learner who passed messenger and is stuck on broadcast/partitions. */
function sampleGradeReport(): GradeReport {
  const failing = stage('4.3', 'broadcast/partitions', 'fail', {
    reason: '2 of 3 seeds lost acknowledged values while n3 was partitioned',
    criteria: [
      { id: 'valid', label: 'no lost values', threshold: '= true', measured: false, pass: false },
      {
        id: 'net.servers.msgsPerOp',
        label: 'servers msgs/op',
        threshold: '< 30',
        measured: 4,
        pass: true,
      },
    ],
    explanation: [
      'Element 17 was lost: it was acknowledged (op 37, 3.50 s) but a later read (op 92 on n5, 10.14 s) did not contain it, and no read after that did.',
    ],
    hint: 'A message sent into a partition is gone: keep unacknowledged gossip and retry it until the peer confirms.',
    replay:
      'npx dsgrade test --track broadcast --stage broadcast/partitions --bin ./bin/broadcast --seed 4242',
  })
  return {
    formatVersion: 1,
    grader: { version: '1.0.0', ref: 'v1' },
    repository: 'you/distributed-systems',
    sha: '0123456789abcdef0123456789abcdef01234567',
    configPath: 'dsgrade.yml',
    configHash: 'f'.repeat(64),
    seed: 4242,
    timeScale: 1,
    builds: [],
    tracks: [
      {
        trackId: 'messenger',
        title: 'messenger',
        stages: [
          stage('1.1', 'messenger/echo', 'pass'),
          stage('1.2', 'messenger/cluster', 'pass'),
          stage('1.3', 'messenger/errors', 'pass'),
        ],
        passed: 3,
        total: 3,
      },
      {
        trackId: 'broadcast',
        title: 'broadcast',
        stages: [
          stage('4.1', 'broadcast/single-node', 'pass'),
          stage('4.2', 'broadcast/multi-node', 'pass'),
          failing,
          stage('4.4', 'broadcast/efficient-1', 'skipped'),
          stage('4.5', 'broadcast/efficient-2', 'skipped'),
          stage('4.6', 'broadcast/efficient-partitions', 'skipped'),
        ],
        passed: 2,
        total: 6,
      },
    ],
    notGraded: [],
    stageLogs: {},
    warnings: [],
  }
}
