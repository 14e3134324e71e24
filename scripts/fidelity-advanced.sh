#!/usr/bin/env bash
# Fidelity of tracks 12 (message-queue) and 14 (transactions): each reference and known-bad
# node on its stage over many seeds, one run at a time at low priority. Prints each run's
# pass rate and failing seeds. Not part of `npm test` (it takes an hour or more).
#
#   scripts/fidelity-advanced.sh [SEEDS] [TIME_SCALE]     (defaults: 20 seeds, scale 1)
set -euo pipefail
SEEDS=${1:-20}
SCALE=${2:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N="$ROOT/test/fixtures/nodes"
STORE=$(mktemp -d)
trap 'rm -rf "$STORE"' EXIT

run() { # TRACK STAGE NODE
  local bin
  case $3 in *.py) bin="python3 $N/$3" ;; *) bin="node $N/$3" ;; esac
  echo "== $1/$2 $3 ($SEEDS seeds, time scale $SCALE)"
  nice -n 10 node "$ROOT/dist/cli/index.js" test --track "$1" --stage "$2" --bin "$bin" \
    --seeds "$SEEDS" --seed 100 --time-scale "$SCALE" --store "$STORE" 2>&1 |
    grep -E 'seeds passed|Pass rate|Failing seed|Failed criteria' | cut -c1-240 || true
}

MQ=tracks/message-queue
TX=tracks/transactions
run message-queue durable python/kafka.py
run message-queue durable $MQ/reference.js
run message-queue durable $MQ/bad_forget_commits.py
run message-queue durable $MQ/bad-forget-commits.js
run message-queue durable $MQ/bad_volatile_log.py
run message-queue multi-node $MQ/bad_per_node_offsets.py
run message-queue efficient python/kafka.py
run message-queue efficient $MQ/bad_kv_everything.py
run transactions read-uncommitted python/txn.py
run transactions read-uncommitted $TX/bad_leader_only.py
run transactions read-committed python/txn.py
run transactions read-committed $TX/bad_dirty.py
run transactions serializable python/txn.py
run transactions serializable $TX/bad_no_isolation.py
run transactions serializable $TX/bad_follower_reads.py
