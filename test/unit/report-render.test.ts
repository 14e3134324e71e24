// The pure renderers: exact strings for the summary, comment, check run and badge; escaping of
// learner text; trimming below GitHub's limits in documented steps.
/* eslint-disable no-irregular-whitespace -- the snapshots hold the zero-width spaces that defuse mentions */
import { describe, expect, it } from 'vitest'
import {
  COMMENT_MARKER,
  renderBadge,
  renderCheckRun,
  renderComment,
  renderSummary,
  explainStageText,
} from '../../src/report/index.js'
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from '../../src/report/limits.js'
import { messengerTrack, sampleReport } from '../fixtures/github/reports.js'

function hugeReport() {
  const report = sampleReport()
  const logLine = `${'é'.repeat(200)} \`\`\`\` @everyone <script>`
  report.stageLogs['messenger/cluster'] = Array.from({ length: 40 }, () => logLine)
  report.tracks = Array.from({ length: 400 }, (_, i) => ({
    ...messengerTrack(),
    trackId: `t${i}`,
    title: `track ${i}`,
  }))
  return report
}

describe('explainStageText', () => {
  it('gives reason, evidence, missed criteria, hint, concept and replay', () => {
    expect(explainStageText(messengerTrack().stages[1]!)).toEqual([
      'Stage 1.2 cluster failed: node n1 answered echo "<b>hi</b> @octocat" with a different echo',
      'Echo mismatch: client c3 sent echo "x" to n1 at 1.20 s; n1 answered "y" at 1.25 s. An echo server must return exactly what it received. See #12 ```',
      'Missed: valid: false, target = true ✗; servers msgs/op: 31.3, target < 30 ✗.',
      'Hint: Copy the body\'s "echo" field into the reply unchanged.',
      'Concept: tracks/messenger/docs/cluster.md',
      'Replay locally: npx dsgrade test --track messenger --stage cluster --bin ./node --seed 7',
    ])
  })
})

describe('renderSummary', () => {
  it('renders one row per stage with figures, seed and replay, then the failure explained', () => {
    const summary = renderSummary(sampleReport(), {
      runUrl: 'https://github.com/learner/ds/actions/runs/1',
    })
    expect(summary).toMatchInlineSnapshot(`
      "## ❌ dsgrade: 1/3 stages passed · 0/1 tracks

      ### messenger — 1/3 stages

      | | stage | result | figures (measured vs target) | seed | replay locally |
      |---|---|---|---|---|---|
      | ✅ | 1.1 echo | every check passed | valid: true, target = true ✓ | 7 | \`npx dsgrade test --track messenger --stage echo --bin ./node --seed 7\` |
      | ❌ | 1.2 cluster | node n1 answered echo &#34;&#60;b&#62;hi&#60;/b&#62; @​octocat&#34; with a different echo | valid: false, target = true ✗<br>servers msgs/op: 31.3, target &#60; 30 ✗ | 7 | \`npx dsgrade test --track messenger --stage cluster --bin ./node --seed 7\` |
      | ⏭️ | 1.3 errors | skipped |  |  |  |

      #### ❌ 1.2 cluster

      Stage 1.2 cluster failed: node n1 answered echo &#34;&#60;b&#62;hi&#60;/b&#62; @​octocat&#34; with a different echo

      Echo mismatch: client c3 sent echo &#34;x&#34; to n1 at 1.20 s; n1 answered &#34;y&#34; at 1.25 s. An echo server must return exactly what it received. See #​12 \\\`\\\`\\\`

      Missed: valid: false, target = true ✗; servers msgs/op: 31.3, target &#60; 30 ✗.

      > 💡 Hint: Copy the body&#39;s &#34;echo&#34; field into the reply unchanged.

      Concept: tracks/messenger/docs/cluster.md

      Replay locally: \`npx dsgrade test --track messenger --stage cluster --bin ./node --seed 7\`

      <details><summary>Last lines of the nodes' stderr</summary>

      \`\`\`text
      Traceback (most recent call last):
        File "/repo/node.py", line 12, in main
          handle(msg)
        File "/repo/node.py", line 40, in handle
          raise KeyError("echo")
      KeyError: 'echo'
      ::error::planted
      \`\`\`

      </details>

      <sub>dsgrade 0.1.0 (v1) · commit 0123456789ab · config dsgrade.yml sha256:abababababab · seed 7 · [run](https://github.com/learner/ds/actions/runs/1)</sub>
      "
    `)
  })

  it('stays under 1 MiB with trimming steps and closes open fences', () => {
    const summary = renderSummary(hugeReport())
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    const small = renderSummary(hugeReport(), { maxBytes: 20_000 })
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(20_000)
    expect(small).toContain("**Trimmed:** the summary reached GitHub's 1 MiB limit")
    const fences = small.split('\n').filter((line) => /^`{3,}/.test(line))
    expect(fences.length % 2).toBe(0)
  })

  it('never lets learner text open a tag, mention anyone or break the table', () => {
    const report = sampleReport()
    report.tracks[0]!.stages[1]!.reason = '<img src=x onerror=alert(1)> | @team #5 `x`'
    const summary = renderSummary(report)
    expect(summary).not.toContain('<img')
    expect(summary).not.toMatch(/@team/)
    expect(summary).toContain(
      '&#60;img src=x onerror=alert(1)&#62; \\| @\u200bteam #\u200b5 \\`x\\`',
    )
  })
})

describe('renderComment', () => {
  it('carries the hidden marker and escapes learner text', () => {
    const comment = renderComment(sampleReport(), {
      runUrl: 'https://github.com/learner/ds/actions/runs/1',
    })
    expect(comment).toMatchInlineSnapshot(`
      "## ❌ dsgrade: 1/3 stages passed · 0/1 tracks

      **messenger** — 1/3 stages

      | | stage | result |
      |---|---|---|
      | ✅ | 1.1 echo | every check passed |
      | ❌ | 1.2 cluster | node n1 answered echo &#34;&#60;b&#62;hi&#60;/b&#62; @​octocat&#34; with a different echo |
      | ⏭️ | 1.3 errors | skipped |

      #### ❌ 1.2 cluster

      Stage 1.2 cluster failed: node n1 answered echo &#34;&#60;b&#62;hi&#60;/b&#62; @​octocat&#34; with a different echo

      Echo mismatch: client c3 sent echo &#34;x&#34; to n1 at 1.20 s; n1 answered &#34;y&#34; at 1.25 s. An echo server must return exactly what it received. See #​12 \\\`\\\`\\\`

      Missed: valid: false, target = true ✗; servers msgs/op: 31.3, target &#60; 30 ✗.

      > 💡 Hint: Copy the body&#39;s &#34;echo&#34; field into the reply unchanged.

      Concept: tracks/messenger/docs/cluster.md

      Replay locally: \`npx dsgrade test --track messenger --stage cluster --bin ./node --seed 7\`

      <details><summary>Last lines of the nodes' stderr</summary>

      \`\`\`text
      Traceback (most recent call last):
        File "/repo/node.py", line 12, in main
          handle(msg)
        File "/repo/node.py", line 40, in handle
          raise KeyError("echo")
      KeyError: 'echo'
      ::error::planted
      \`\`\`

      </details>

      Full report: [job summary](https://github.com/learner/ds/actions/runs/1)

      <sub>dsgrade 0.1.0 (v1) · commit 0123456789ab · config dsgrade.yml sha256:abababababab · seed 7</sub>

      <!-- dsgrade:sticky-comment -->
      "
    `)
    expect(comment.endsWith(`${COMMENT_MARKER}\n`)).toBe(true)
  })

  it('stays below 65,536 characters and keeps the marker', () => {
    const comment = renderComment(hugeReport())
    expect(comment.length).toBeLessThan(COMMENT_MAX_CHARS)
    expect(comment).toContain(COMMENT_MARKER)
    expect(comment).toContain("**Trimmed:** this comment reached GitHub's size limit")
  })
})

describe('renderCheckRun', () => {
  it('fits summary and text in 65,535 characters and bytes', () => {
    const output = renderCheckRun(hugeReport())
    expect(output.conclusion).toBe('failure')
    expect(output.title).toBe('400/1200 stages passed')
    for (const part of [output.summary, output.text]) {
      expect(part.length).toBeLessThanOrEqual(65_535)
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(65_535)
    }
    expect(output.summary).not.toContain(COMMENT_MARKER)
  })
})

describe('renderBadge', () => {
  it('renders the label, the counts and a colour by share', () => {
    const svg = renderBadge({ stagesPassed: 23, stagesTotal: 62, tracksPassed: 5, tracksTotal: 15 })
    expect(svg).toContain('aria-label="dsgrade: 23/62 stages · 5/15 tracks"')
    expect(svg).toContain('fill="#dfb317"')
    expect(
      renderBadge({ stagesPassed: 0, stagesTotal: 3, tracksPassed: 0, tracksTotal: 1 }),
    ).toContain('fill="#e05d44"')
    expect(
      renderBadge({ stagesPassed: 3, stagesTotal: 3, tracksPassed: 1, tracksTotal: 1 }),
    ).toContain('fill="#4c1"')
    expect(svg).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" width="223" height="20" role="img" aria-label="dsgrade: 23/62 stages · 5/15 tracks">
      <title>dsgrade: 23/62 stages · 5/15 tracks</title>
      <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
      <clipPath id="r"><rect width="223" height="20" rx="3" fill="#fff"/></clipPath>
      <g clip-path="url(#r)"><rect width="55" height="20" fill="#555"/><rect x="55" width="168" height="20" fill="#dfb317"/><rect width="223" height="20" fill="url(#s)"/></g>
      <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
      <text x="27.5" y="14">dsgrade</text>
      <text x="139" y="14">23/62 stages · 5/15 tracks</text>
      </g></svg>
      "
    `)
  })
})
