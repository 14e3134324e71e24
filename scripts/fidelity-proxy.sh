#!/bin/bash
# Fidelity of track 10 (proxy) outside the suite: each ready stage × SEEDS seeds for the JS
# and Python references and the known-bad proxies, with the committed dist, one run at a time
# under `nice`. Prints one line per run (stage, node, seed, exit, the stage table row).
# A fault stage's run grades one seed (--seeds 1), so each line is one seed.
#   SEEDS=20 SCALE=0.25 bash scripts/fidelity-proxy.sh > fidelity.txt
#   STAGES=safe-retries SEEDS=20 bash scripts/fidelity-proxy.sh   # one stage only
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
F=$ROOT/test/fixtures/nodes
SEEDS=${SEEDS:-20}
SCALE=${SCALE:-0.25}
STORE=${STORE:-$(mktemp -d)}
NODES=${NODES:-"tracks/proxy/reference.js python/proxy.py"}
STAGES=${STAGES:-forward failover safe-retries tail}
run() { # stage node-path seed
  case "$2" in *.py) bin="python3 $2" ;; *) bin="$(command -v node) $2" ;; esac
  out=$(nice -n 10 node "$ROOT/dist/cli/index.js" test --track proxy --stage "$1" \
    --bin "$bin" --seed "$3" --seeds 1 --time-scale "$SCALE" --store "$STORE" 2>&1)
  code=$?
  echo "$1 $(basename "$2") seed=$3 exit=$code $(grep '^  10\.' <<<"$out")"
}
for node in $NODES; do
  for stage in $STAGES; do
    for seed in $(seq 1 "$SEEDS"); do run "$stage" "$F/$node" "$seed"; done
  done
done
bad() { # stage node-path: every seed, if the stage is selected
  case " $STAGES " in *" $1 "*) for seed in $(seq 1 "$SEEDS"); do run "$1" "$F/$2" "$seed"; done ;; esac
}
if [ -z "${REFERENCE_ONLY:-}" ]; then
  bad forward tracks/proxy/bad-misroute.js
  bad failover tracks/proxy/bad-no-failover.js
  bad safe-retries tracks/proxy/bad-retry-post.js
  bad safe-retries tracks/proxy/bad-definite-timeout.js
  bad tail tracks/proxy/bad-no-failover.js
fi
