#!/usr/bin/env bash
# Track 13 (sharding) fidelity outside the suite: SEEDS seeds (default 20) of each ready stage
# (rebalance, static) for the references and BAD_SEEDS (default SEEDS) for the stage's known-bad
# nodes, at TIME_SCALE
# (default 0.25), one run at a time under `nice -n 10`. Prints, per stage and node, the passed
# seeds and each failing seed's criteria lines. Run from the repository root after
# `npm run build`.
set -u
SEEDS=${SEEDS:-20}
BAD_SEEDS=${BAD_SEEDS:-$SEEDS}
TIME_SCALE=${TIME_SCALE:-0.25}
F=test/fixtures/nodes
REFS=("python3 $F/python/shard_kv.py" "node $F/tracks/sharding/reference.js")
run() {
  local stage=$1 bin=$2 seeds=$3 pass=0
  echo "== $stage :: $bin"
  for seed in $(seq 1 "$seeds"); do
    if nice -n 10 node dist/cli/index.js test --track sharding --stage "$stage" --seed "$seed" \
      --time-scale "$TIME_SCALE" --bin "$bin" > /tmp/fidelity-sharding-last.log 2>&1; then
      pass=$((pass + 1))
    else
      grep -E '^ +13\.[0-9]+ |✗|inconclusive' /tmp/fidelity-sharding-last.log | head -4 | sed "s/^/  seed $seed: /"
    fi
  done
  echo "  passed $pass/$seeds"
}
for stage in rebalance static; do
  for bin in "${REFS[@]}"; do
    run "$stage" "$bin" "$SEEDS"
  done
done
for bin in "python3 $F/tracks/sharding/bad_no_move.py" "node $F/tracks/sharding/bad-no-move.js"; do
  run rebalance "$bin" "$BAD_SEEDS"
done
for bin in "python3 $F/tracks/sharding/bad_serve_local.py" "node $F/tracks/sharding/bad-serve-local.js"; do
  run static "$bin" "$BAD_SEEDS"
done
