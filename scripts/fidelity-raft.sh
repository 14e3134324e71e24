#!/usr/bin/env bash
# Fidelity of track 7 (raft) stages lossy and efficient: each reference (Python and JS) and
# each known-bad node on its stage over many seeds, one stage run at a time at low priority.
# Prints, per node, how many seeds passed, failed (and on which criteria) or came back
# inconclusive (a late harness). Not part of `npm test`.
#
#   [CLI=…] [NODES=…] scripts/fidelity-raft.sh [SEEDS] [TIME_SCALE] [STAGES]
#   (defaults: this checkout's dist/cli/index.js, each stage's references and bad nodes, 20,
#   0.5, "lossy efficient")
set -euo pipefail
SEEDS=${1:-20}
SCALE=${2:-0.5}
STAGES=${3:-lossy efficient}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N="$ROOT/test/fixtures/nodes"
# CLI: another build to run (e.g. a copy whose manifest marks a planned stage ready).
CLI=${CLI:-$ROOT/dist/cli/index.js}
STORE=$(mktemp -d)
trap 'rm -rf "$STORE"' EXIT

run() { # STAGE NODE
  local bin dir="$STORE/$1-$(basename "$2")"
  case $2 in *.py) bin="python3 $N/$2" ;; *) bin="node $N/$2" ;; esac
  echo "== raft/$1 $2 ($SEEDS seeds from 100, time scale $SCALE)"
  if [ "$1" = efficient ]; then
    # A stage without faults runs one seed whatever --seeds says: one run per seed.
    for ((seed = 100; seed < 100 + SEEDS; seed++)); do
      nice -n 10 node "$CLI" test --track raft --stage "$1" --bin "$bin" \
        --seed "$seed" --time-scale "$SCALE" --store "$dir" >/dev/null 2>&1 || true
    done
  else
    nice -n 10 node "$CLI" test --track raft --stage "$1" --bin "$bin" \
      --seeds "$SEEDS" --seed 100 --time-scale "$SCALE" --store "$dir" >/dev/null 2>&1 || true
  fi
  if [ ! -d "$dir" ]; then
    echo "   no run: is raft/$1 planned? Point CLI at a build whose manifest marks it ready."
    return
  fi
  # The last attempt of every seed (reruns of a late harness write their own run directory).
  node -e '
    const fs = require("fs"), path = require("path")
    const last = new Map()
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name === "results.json") {
        const s = JSON.parse(fs.readFileSync(p, "utf8")).stage
        if (s && (!last.has(s.seed) || last.get(s.seed).attempt < s.attempt)) last.set(s.seed, s)
      } } }
    walk(process.argv[1])
    const counts = {}, failed = {}
    for (const s of last.values()) {
      counts[s.status] = (counts[s.status] ?? 0) + 1
      for (const c of s.criteria) if (c.pass === false) failed[c.id] = (failed[c.id] ?? 0) + 1
    }
    const figures = [...last.values()].map((s) => s.criteria.map((c) => c.measured).join("/"))
    console.log(`   seeds ${last.size}: ${JSON.stringify(counts)}; criteria failed: ${JSON.stringify(failed)}`)
    console.log(`   figures (${[...last.values()][0]?.criteria.map((c) => c.id).join("/")}): ${figures.join(" ")}`)
  ' "$dir"
}

for stage in $STAGES; do
  case $stage in
    lossy) bad=(tracks/raft/bad_no_retry.py tracks/raft/bad-no-retry.js) ;;
    efficient) bad=(tracks/raft/bad_chatty.py tracks/raft/bad-chatty.js) ;;
    *) echo "unknown stage $stage" >&2; exit 1 ;;
  esac
  for node in ${NODES:-python/raft.py tracks/raft/reference.js "${bad[@]}"}; do run "$stage" "$node"; done
done
