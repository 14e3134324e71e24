/**
 * The inline CSS and script of report.html. The script only filters and annotates what the
 * server-side SVG already shows (Lamport filter by node, hover panel for message bodies);
 * the page is complete without it. Nothing here loads anything from the network.
 */

export const REPORT_CSS = `
:root { --ok: #2e9e5b; --fail: #d64545; --info: #e0a100; --fault: rgba(214, 69, 69, 0.12); --ink: #1d2330; --muted: #667085; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; padding: 24px 32px; background: #fafbfc; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #e4e7ec; padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; } code, pre { font: 12.5px ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: #f2f4f7; padding: 8px 10px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
.verdict { display: inline-block; padding: 4px 12px; border-radius: 999px; font-weight: 600; color: #fff; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--fail); } .verdict.unknown { background: var(--info); }
table { border-collapse: collapse; background: #fff; } th, td { padding: 5px 12px; border: 1px solid #e4e7ec; text-align: left; }
td.pass { color: var(--ok); font-weight: 600; } td.fail { color: var(--fail); font-weight: 600; } td.unknown { color: var(--info); font-weight: 600; }
.explanation p { background: #fff; border-left: 4px solid var(--fail); padding: 8px 12px; margin: 8px 0; }
.hint { color: var(--muted); } .notice { color: var(--muted); font-style: italic; } .empty { color: var(--muted); }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid #e4e7ec; background: #fff; }
svg text { font: 11px ui-monospace, Menlo, monospace; fill: var(--ink); } svg .tick { fill: var(--muted); }
svg.timeline, svg.chart { background: #fff; border: 1px solid #e4e7ec; display: block; }
.op rect { stroke: rgba(0,0,0,.25); stroke-width: .5; } .op[data-node] { cursor: pointer; } .op.ok rect, circle.ok { fill: var(--ok); }
.op.fail rect, circle.fail { fill: var(--fail); } .op.info rect, circle.info { fill: var(--info); }
.op.unlinearized rect { fill: #c9ced6; } .op.unlinearized .lp { fill: #344054; } .op.evidence rect { stroke: #000; stroke-width: 2; } .op .lp { fill: #fff; font-weight: 700; }
.fault rect { fill: var(--fault); stroke: rgba(214,69,69,.4); stroke-dasharray: 3 2; } .fault text { fill: var(--fail); }
#rate rect { fill: #7a8aa6; } .crash pre, #findings pre { margin: 4px 0 0; max-height: 240px; overflow: auto; }
.lifeline line { stroke: #98a2b3; stroke-width: 1; } .lifeline text { font-weight: 700; text-anchor: middle; }
.msg line { stroke: #222; stroke-width: 1; } .msg.client line { stroke: #5aa9e6; } .msg.error line { stroke: #e86a92; }
.msg text { font-size: 9.5px; text-anchor: middle; fill: #344054; } .msg.dropped line { stroke-dasharray: 3 3; stroke: #b42318; }
.msg .x { fill: #b42318; font-size: 14px; } .msg.hidden, .lifeline.hidden { display: none; } .msg:hover line { stroke-width: 3; }
#arrowhead path { fill: #555; }
#tip { position: fixed; display: none; max-width: 520px; background: #101828; color: #fff; padding: 8px 10px; border-radius: 6px; font: 12px ui-monospace, Menlo, monospace; white-space: pre-wrap; word-break: break-all; pointer-events: none; z-index: 10; }
.legend span { display: inline-block; margin-right: 14px; } .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; }
`

export const REPORT_JS = `
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var filter = document.getElementById('lamport-filter');
  var unfold = document.getElementById('lamport-unfold');
  function messages() { return document.querySelectorAll('svg.lamport .msg'); }
  if (unfold) {
    unfold.addEventListener('change', function () {
      var folded = document.getElementById('lamport');
      var each = document.getElementById('lamport-unfolded');
      if (folded && each) {
        folded.parentNode.hidden = unfold.checked;
        each.parentNode.hidden = !unfold.checked;
      }
    });
  }
  if (filter) {
    filter.addEventListener('change', function () {
      var node = filter.value;
      messages().forEach(function (g) {
        var show = node === '' || g.getAttribute('data-src') === node || g.getAttribute('data-dest') === node;
        g.classList.toggle('hidden', !show);
      });
    });
  }
  // Clicking an operation shows the messages of the node it talked to.
  document.addEventListener('click', function (event) {
    var op = event.target && event.target.closest ? event.target.closest('.op[data-node]') : null;
    if (!op || !filter) { return; }
    filter.value = op.getAttribute('data-node');
    filter.dispatchEvent(new Event('change'));
    document.getElementById('messages').scrollIntoView();
  });
  document.addEventListener('mouseover', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-info]') : null;
    if (!tip) { return; }
    if (!target) { tip.style.display = 'none'; return; }
    tip.textContent = target.getAttribute('data-info');
    tip.style.display = 'block';
  });
  document.addEventListener('mousemove', function (event) {
    if (tip && tip.style.display === 'block') {
      tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 540) + 'px';
      tip.style.top = (event.clientY + 14) + 'px';
    }
  });
})();
`
