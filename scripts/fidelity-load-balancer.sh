#!/bin/bash
# Fidelity of track 11 (load-balancer) outside the suite: every stage × SEEDS seeds for the
# Python reference and the known-bad balancers, with the committed dist, one run at a time
# under `nice`. Prints one line per run (stage, node, seed, exit, the stage table row).
#   SEEDS=20 SCALE=1 bash scripts/fidelity-load-balancer.sh > fidelity.txt
# The load-independent counterpart (in-process balancers on the virtual clock):
#   DSGRADE_LB_SEEDS=20 npx vitest run test/scenarios/load-balance-virtual.test.ts
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
F=$ROOT/test/fixtures/nodes
SEEDS=${SEEDS:-20}
SCALE=${SCALE:-1}
STORE=${STORE:-$(mktemp -d)}
run() { # stage node-path seed
  out=$(nice -n 10 node "$ROOT/dist/cli/index.js" test --track load-balancer --stage "$1" \
    --bin "python3 $2" --seed "$3" --time-scale "$SCALE" --store "$STORE" 2>&1)
  code=$?
  echo "$1 $(basename "$2") seed=$3 exit=$code $(grep '^  11\.' <<<"$out")"
}
for stage in even heterogeneous health many-balancers; do
  for seed in $(seq 1 "$SEEDS"); do run "$stage" "$F/python/load_balancer.py" "$seed"; done
done
for stage in even heterogeneous many-balancers; do
  for seed in $(seq 1 "$SEEDS"); do run "$stage" "$F/tracks/load-balancer/bad_round_robin.py" "$seed"; done
done
for seed in $(seq 1 "$SEEDS"); do run health "$F/tracks/load-balancer/bad_keeps_dead.py" "$seed"; done
