#!/usr/bin/env bash
# Track 9 (cache) fidelity outside the suite: SEEDS seeds (default 20) of each ready stage for
# the references and the stage's known-bad nodes, at TIME_SCALE (default 0.25). Prints each
# (stage, node) summary line (passed seeds / seeds) and each failing seed's criteria line.
# STAGES (default: all four) narrows the run. Run from the repository root after `npm run build`.
set -u
SEEDS=${SEEDS:-20}
TIME_SCALE=${TIME_SCALE:-0.25}
STAGES=${STAGES:-read-through coherent bounded-staleness coalescing}
F=test/fixtures/nodes
C=$F/tracks/cache
REFS="node $C/reference.js|python3 $F/python/cache.py"
bad_nodes() {
  case "$1" in
    read-through) echo "python3 $C/bad_stale.py|node $C/bad-no-cache.js" ;;
    coherent) echo "python3 $C/bad_local_only.py|node $C/bad-local-only.js" ;;
    bounded-staleness) echo "python3 $C/bad_long_ttl.py|node $C/bad-long-ttl.js" ;;
    coalescing) echo "python3 $C/bad_no_coalescing.py|node $C/bad-no-coalescing.js" ;;
  esac
}
for stage in $STAGES; do
  IFS='|' read -r -a bins <<< "$REFS|$(bad_nodes "$stage")"
  for bin in "${bins[@]}"; do
    echo "== $stage :: $bin"
    pass=0
    for seed in $(seq 1 "$SEEDS"); do
      if nice -n 10 node dist/cli/index.js test --track cache --stage "$stage" --seed "$seed" \
        --time-scale "$TIME_SCALE" --bin "$bin" > /tmp/fidelity-cache-last.log 2>&1; then
        pass=$((pass + 1))
      else
        grep -E '^ +9\.[0-9]+ ' /tmp/fidelity-cache-last.log | sed "s/^/  seed $seed: /"
      fi
    done
    echo "  passed $pass/$SEEDS"
  done
done
