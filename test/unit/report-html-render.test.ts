// report.html as a string: escaping of every learner-controlled field, no external URL,
// caps on what is drawn, criteria measured vs target, fault bands, the Lamport diagram and
// the linearizability panel built from the real checkers' results.
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/types.js'
import type { JournalEvent } from '../../src/network/contract.js'
import { renderReportHtml } from '../../src/report/html.js'
import type { ReportInput } from '../../src/report/html.js'
import { MAX_LAMPORT_EVENTS } from '../../src/report/html/lamport.js'
import { MAX_TIMELINE_OPS } from '../../src/report/html/timeline.js'
import { failingBroadcastRun, failingLinKvRun } from './report-html-fixtures.js'

const EVIL = `<script>alert("x")</script><img src=x onerror=alert(1)>'"&`

function svgOf(html: string, id: string): string {
  const start = html.indexOf(`<svg id="${id}"`)
  return start < 0 ? '' : html.slice(start, html.indexOf('</svg>', start))
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

function hostileRun(): ReportInput {
  const history: Op[] = [
    { index: 0, time: 1e6, process: 0, type: 'invoke', f: 'echo', value: EVIL, node: 'n1' },
    {
      index: 1,
      time: 2e6,
      process: 0,
      type: 'fail',
      f: 'echo',
      value: EVIL,
      error: [12, 'malformed-request', EVIL],
    },
    {
      index: 2,
      time: 3e6,
      process: 'nemesis',
      type: 'info',
      f: 'start-partition',
      value: { description: EVIL },
    },
    { index: 3, time: 4e6, process: 'nemesis', type: 'info', f: 'stop-partition', value: {} },
  ]
  const message = { id: 0, src: 'c1', dest: 'n1', body: { type: EVIL, echo: EVIL, msg_id: 1 } }
  const reply = {
    id: 1,
    src: 'n1',
    dest: 'c1',
    body: { type: 'error', code: 12, text: EVIL, in_reply_to: 1 },
  }
  const journal: JournalEvent[] = [
    { seq: 0, time: 1e6, type: 'send', message },
    { seq: 1, time: 1.5e6, type: 'deliver', message },
    { seq: 2, time: 1.6e6, type: 'send', message: reply },
    { seq: 3, time: 1.9e6, type: 'deliver', message: reply },
  ]
  const results = {
    valid: false,
    seed: EVIL,
    workloadName: EVIL,
    reason: EVIL,
    workload: { valid: false, anomalies: [{ type: EVIL, message: EVIL, ops: [0, 1] }] },
    stage: {
      status: 'fail',
      number: '1.1',
      title: EVIL,
      hint: EVIL,
      replay: EVIL,
      criteria: [{ id: 'valid', label: EVIL, threshold: EVIL, measured: EVIL, pass: false }],
    },
  }
  return { results, history, journal, nodeIds: ['n1', EVIL] }
}

describe('report.html escaping', () => {
  const html = renderReportHtml(hostileRun())

  it('never lets learner text open an element', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;')
    // Our own two script elements only: the summary JSON and the page script.
    expect(count(html, '<script')).toBe(2)
    expect(count(html, '</script>')).toBe(2)
  })

  it('keeps inline JSON unable to close its script element', () => {
    const summary = /<script type="application\/json" id="dsgrade-summary">(.*?)<\/script>/s.exec(
      html,
    )
    expect(summary).not.toBeNull()
    const json = summary?.[1] ?? ''
    expect(json).not.toMatch(/[<>]/)
    expect((JSON.parse(json) as { workload: string }).workload).toBe(EVIL)
  })
})

describe('report.html is self-contained', () => {
  for (const [name, run] of [
    ['broadcast', failingBroadcastRun()],
    ['lin-kv', failingLinKvRun()],
  ] as const) {
    it(`${name}: no external URL, inline CSS and JS, a CSP that forbids loads`, () => {
      const page = renderReportHtml(run)
      // The one link out is the concept page (an anchor followed only when the learner clicks
      // it, and the same URL inside the embedded results); it loads nothing. Everything else
      // must be inline.
      const concept =
        /<p id="concept">Concept: <a href="https:\/\/[^"]+" rel="noreferrer">[^<]+<\/a><\/p>/
      const docs = (run.results as { stage?: { docsPath?: string } }).stage?.docsPath ?? ''
      const html = page.replace(concept, '').replaceAll(docs === '' ? '\u0000' : docs, '')
      expect(html).not.toMatch(/https?:\/\//)
      expect(html).not.toMatch(/\s(src|href)=/)
      expect(html).not.toMatch(/@import|url\((?!#)/)
      expect(html).toContain(
        `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`,
      )
      expect(html.startsWith('<!doctype html>')).toBe(true)
    })
  }
})

describe('report.html content', () => {
  it('shows the verdict, the criteria measured vs target, the stage explanation and the replay command', () => {
    const html = renderReportHtml(failingBroadcastRun())
    expect(html).toContain(
      '<span class="verdict fail" id="verdict">FAIL — stage 4.3 partitions</span>',
    )
    expect(html).toMatch(/<td>servers msgs\/op<\/td><td>4<\/td><td>&#60; 30<\/td><td class="pass">/)
    expect(html).toMatch(/<td>no lost values<\/td><td>false<\/td><td>= true<\/td><td class="fail">/)
    expect(html).toContain('Stage 4.3 partitions failed')
    // The criteria table already lists the missed criterion; the explanation does not repeat it.
    expect(html).not.toContain('Missed:')
    expect(html).toMatch(/<strong>lost<\/strong> \(workload\): Element \d+ was lost/)
    expect(html).toContain('id="replay">npx dsgrade test --track broadcast')
  })

  it('draws the partition as a band over the timeline and ops coloured by outcome', () => {
    const html = renderReportHtml(failingBroadcastRun())
    expect(html).toContain('class="fault fault-partition"')
    expect(html).toContain('isolated n3 from n1, n2, n4, n5 (3.00 s – 6.00 s)')
    expect(count(html, 'class="op ok"')).toBe(45)
  })

  it('draws delivered messages as arrows and dropped ones as stubs, without init', () => {
    const run = failingBroadcastRun(10)
    const html = renderReportHtml(run)
    const delivered = run.journal.filter((e) => e.type === 'deliver').length
    const dropped = run.journal.filter((e) => e.type === 'drop').length
    const folded = svgOf(html, 'lamport')
    const unfolded = svgOf(html, 'lamport-unfolded')
    // The same arrows in both views.
    expect(count(folded, '<g class="msg ')).toBe(delivered + dropped)
    expect(count(folded, ' dropped"')).toBe(dropped)
    expect(count(unfolded, '<g class="msg ')).toBe(delivered + dropped)
    expect(folded).toContain('data-src="n3"')
    expect(html).toMatch(/<option value="n5">n5<\/option>/)
  })

  it('folds the clients into one lane after the servers, one lane each on request', () => {
    const html = renderReportHtml(failingBroadcastRun(10))
    const lanes = (svg: string): string[] =>
      [...svg.matchAll(/class="lifeline" data-node="([^"]+)"/g)].map((m) => m[1] ?? '')
    const folded = lanes(svgOf(html, 'lamport'))
    expect(folded.slice(0, 5)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
    expect(folded.filter((id) => /^c\d+$/.test(id))).toEqual([])
    expect(folded.at(-1)).toBe('clients')
    const each = lanes(svgOf(html, 'lamport-unfolded'))
    expect(each.filter((id) => /^c\d+$/.test(id)).length).toBeGreaterThan(1)
    expect(html).toContain('<input type="checkbox" id="lamport-unfold">')
    // The per-client view starts hidden.
    expect(html).toMatch(/<div class="scroll" hidden><svg id="lamport-unfolded"/)
  })

  it('draws a message refused at send time (no send event, no id) as a dropped stub', () => {
    const message = { src: 'n1', dest: 'lin-kv', body: { type: 'read', key: 1, msg_id: 2 } }
    const journal: JournalEvent[] = [
      { seq: 0, time: 5e6, type: 'drop', reason: 'unknown-dest', message },
    ]
    const html = renderReportHtml({ results: {}, history: [], journal, nodeIds: ['n1'] })
    expect(count(html, '<g class="msg client dropped"')).toBe(1)
    expect(html).toContain('dropped (unknown-dest)')
  })

  it('shows a failing lin-kv key with its longest partial linearization and candidates', () => {
    const html = renderReportHtml(failingLinKvRun())
    expect(html).toContain('<h2>Linearizability: key 1</h2>')
    expect(html).toContain('longest partial linearization the checker found (4 operations)')
    for (const rank of [1, 2, 3, 4]) {
      expect(html).toMatch(new RegExp(`<text class="lp"[^>]*>${rank}\\. `))
    }
    expect(html).toMatch(/class="op ok evidence unlinearized" data-op="12"/)
    expect(html).toContain('<li>op 12 (read → 2, process 0): cannot happen in this state</li>')
    expect(html).toContain('read of key 1 returned 2')
  })

  it('shows a stage that failed on a criterion even when every checker was valid', () => {
    const run = failingBroadcastRun()
    const stage = { ...(run.results.stage as object), status: 'fail' }
    const html = renderReportHtml({ ...run, results: { ...run.results, valid: true, stage } })
    expect(html).toContain(
      '<span class="verdict fail" id="verdict">FAIL — stage 4.3 partitions</span>',
    )
  })

  it('has no linearizability panel when the workload passed', () => {
    const run = failingLinKvRun()
    const html = renderReportHtml({
      ...run,
      results: { ...run.results, valid: true, workload: { valid: true, anomalies: [] } },
    })
    expect(html).not.toContain('id="linearizability"')
    expect(html).toContain('PASS — valid')
  })
})

describe('report.html caps', () => {
  it(`draws at most ${MAX_LAMPORT_EVENTS} journal events and says how many it left out`, () => {
    const journal: JournalEvent[] = []
    for (let i = 0; i < 3000; i++) {
      const message = { id: i, src: 'n1', dest: 'n2', body: { type: 'gossip', message: i } }
      journal.push({ seq: 2 * i, time: i * 1e6, type: 'send', message })
      journal.push({ seq: 2 * i + 1, time: i * 1e6 + 5e5, type: 'deliver', message })
    }
    const html = renderReportHtml({
      results: { valid: true },
      history: [],
      journal,
      nodeIds: ['n1', 'n2'],
    })
    expect(count(html, '<g class="msg ')).toBe(MAX_LAMPORT_EVENTS / 2)
    expect(html).toContain(`Additional network events not shown: ${6000 - MAX_LAMPORT_EVENTS}`)
    expect(html.length).toBeLessThan(2_000_000)
  })

  it(`draws at most ${MAX_TIMELINE_OPS} operations and says so`, () => {
    const history: Op[] = []
    for (let i = 0; i < 5000; i++) {
      history.push({ index: 2 * i, time: i * 1e6, process: i % 5, type: 'invoke', f: 'read' })
      history.push({
        index: 2 * i + 1,
        time: i * 1e6 + 5e5,
        process: i % 5,
        type: 'ok',
        f: 'read',
        value: i,
      })
    }
    const html = renderReportHtml({
      results: { valid: true },
      history,
      journal: [],
      nodeIds: ['n1'],
    })
    expect(count(html, 'class="op ok"')).toBe(MAX_TIMELINE_OPS)
    expect(html).toContain(`${5000 - MAX_TIMELINE_OPS} more operations not drawn`)
  })

  it('groups the error replies the nodes gave, with the first text of each kind', () => {
    const html = renderReportHtml(hostileRun())
    expect(html).toMatch(
      /<table id="errors">.*<td>12<\/td><td>malformed-request<\/td><td>1<\/td><td>op 1<\/td><td>&#60;script&#62;/s,
    )
  })

  it('lists protocol findings and crashes with the last stderr lines, escaped', () => {
    const results = {
      valid: false,
      lint: {
        count: 1,
        findings: [
          {
            code: 'PROTO_NOT_JSON',
            node: 'n1',
            message: 'n1 wrote a line that is not JSON',
            fix: 'log to stderr',
            line: EVIL,
            count: 3,
          },
        ],
      },
      crashes: [
        {
          node: 'n2',
          code: 1,
          signal: null,
          atMs: 1200,
          message: 'n2 exited with status 1',
          stderrTail: ['Traceback:', EVIL],
        },
      ],
    }
    const html = renderReportHtml({ results, history: [], journal: [], nodeIds: ['n1', 'n2'] })
    expect(html).toMatch(
      /<table id="findings">.*<code>PROTO_NOT_JSON<\/code> \(×3\)<\/td><td>n1<\/td>/s,
    )
    expect(html).toContain(
      '<strong>n2</strong>: n2 exited with status 1</p><pre>Traceback:\n&#60;script&#62;',
    )
    expect(html).not.toContain('<script>alert')
  })

  it('has no protocol section for a clean run', () => {
    expect(renderReportHtml(failingLinKvRun())).not.toContain('id="protocol"')
  })

  it('renders an empty run without throwing', () => {
    const html = renderReportHtml({ results: {}, history: [], journal: [], nodeIds: [] })
    expect(html).toContain('UNKNOWN — not decided')
    expect(html).toContain('No messages were recorded.')
    expect(html).toContain('No client operation completed.')
  })
})
