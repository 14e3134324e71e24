#!/usr/bin/env bash
# Track 13 (sharding) fidelity outside the suite: SEEDS seeds (default 20) of each ready stage
# (static, rebalance, join-leave) for the references and BAD_SEEDS (default SEEDS) for each stage's
# known-bad nodes, at TIME_SCALE (default 0.25), one run at a time under `nice -n 10`. ONLY (a
# grep -E pattern) keeps the node command lines that match it. Prints per stage and node the
# seeds that passed, failed and came back inconclusive (exit 2: the machine was overloaded,
# never a pass nor a fail), with each non-passing seed's criteria line (its log is kept under
# /tmp). STAGES (default "static rebalance join-leave replicated") limits the stages. Stage
# replicated runs its own nodes (python/shard_kv_raft.py, tracks/sharding/replicated.js; bad:
# bad_local_reads.py, bad-local-reads.js) at
# REPLICATED_TIME_SCALE (default 0.5: raft.py's election timers do not scale), one seed per run
# as everywhere here (the stage itself asks 3). While the manifest marks replicated planned (a
# planned stage is not graded), its runs use a copy of tracks/ under /tmp with the stage marked
# ready, passed with --tracks-dir. Run from the repository root after `npm run build`, and do
# not rebuild while it runs.
set -u
SEEDS=${SEEDS:-20}
BAD_SEEDS=${BAD_SEEDS:-$SEEDS}
TIME_SCALE=${TIME_SCALE:-0.25}
REPLICATED_TIME_SCALE=${REPLICATED_TIME_SCALE:-0.5}
ONLY=${ONLY:-.}
F=test/fixtures/nodes
LOG=/tmp/fidelity-sharding-last.log
TRACKS_ARGS=()
if sed -n '/- id: replicated/,/status:/p' tracks/sharding/track.yml | grep -q 'status: planned'; then
  COPY=$(mktemp -d /tmp/fidelity-sharding-tracks.XXXXXX)
  cp -r tracks "$COPY/"
  sed -i '/- id: replicated/,/status:/ s/status: planned/status: ready/' "$COPY/tracks/sharding/track.yml"
  TRACKS_ARGS=(--tracks-dir "$COPY/tracks")
fi
run() {
  local stage=$1 bin=$2 seeds=$3 pass=0 fail=0 inconclusive=0 code scale=$TIME_SCALE extra=()
  echo "$bin" | grep -qE "$ONLY" || return 0
  if [ "$stage" = replicated ]; then scale=$REPLICATED_TIME_SCALE; extra=("${TRACKS_ARGS[@]}"); fi
  echo "== $stage :: $bin (time scale $scale)"
  for seed in $(seq 1 "$seeds"); do
    nice -n 10 node dist/cli/index.js test --track sharding --stage "$stage" --seed "$seed" --seeds 1 \
      --time-scale "$scale" "${extra[@]}" --bin "$bin" > "$LOG" 2>&1
    code=$?
    case $code in
      0) pass=$((pass + 1)); continue ;;
      2) inconclusive=$((inconclusive + 1)) ;;
      *) fail=$((fail + 1)) ;;
    esac
    grep -E '^ +13\.[0-9]+ ' "$LOG" | head -1 | sed "s/^/  seed $seed (exit $code): /"
    cp "$LOG" "/tmp/fidelity-sharding-$stage-$seed-$(echo "$bin" | tr -c 'a-z0-9_-' _).log"
  done
  echo "  $stage :: $bin — passed $pass, failed $fail, inconclusive $inconclusive of $seeds"
}
STAGES=${STAGES:-static rebalance join-leave replicated}
for stage in $STAGES; do
  [ "$stage" = replicated ] && continue
  for bin in "node $F/tracks/sharding/reference.js" "python3 $F/python/shard_kv.py"; do
    run "$stage" "$bin" "$SEEDS"
  done
done
for bin in "node $F/tracks/sharding/bad-serve-local.js" "python3 $F/tracks/sharding/bad_serve_local.py"; do
  echo " $STAGES " | grep -q ' static ' && run static "$bin" "$BAD_SEEDS"
done
for bin in "node $F/tracks/sharding/bad-no-move.js" "python3 $F/tracks/sharding/bad_no_move.py" \
  "node $F/tracks/sharding/bad-keeps-serving.js" "python3 $F/tracks/sharding/bad_keeps_serving.py"; do
  echo " $STAGES " | grep -q ' rebalance ' && run rebalance "$bin" "$BAD_SEEDS"
done
for bin in "node $F/tracks/sharding/bad-ack-first.js" "python3 $F/tracks/sharding/bad_ack_first.py"; do
  echo " $STAGES " | grep -q ' join-leave ' && run join-leave "$bin" "$BAD_SEEDS"
done
for bin in "node $F/tracks/sharding/replicated.js" "python3 $F/python/shard_kv_raft.py"; do
  echo " $STAGES " | grep -q ' replicated ' && run replicated "$bin" "$SEEDS"
done
for bin in "node $F/tracks/sharding/bad-local-reads.js" "python3 $F/tracks/sharding/bad_local_reads.py"; do
  echo " $STAGES " | grep -q ' replicated ' && run replicated "$bin" "$BAD_SEEDS"
done
