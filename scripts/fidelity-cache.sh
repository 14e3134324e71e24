#!/usr/bin/env bash
# Track 9 (cache) fidelity outside the suite: SEEDS seeds (default 20) of each ready stage for
# the references and the known-bad nodes, at TIME_SCALE (default 0.25). Prints each stage's
# summary line (passed seeds / seeds). Run from the repository root after `npm run build`.
set -u
SEEDS=${SEEDS:-20}
TIME_SCALE=${TIME_SCALE:-0.25}
F=test/fixtures/nodes
for bin in "node $F/tracks/cache/reference.js" "python3 $F/python/cache.py" \
  "python3 $F/tracks/cache/bad_stale.py" "node $F/tracks/cache/bad-no-cache.js"; do
  for stage in read-through; do
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
