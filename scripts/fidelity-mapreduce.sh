#!/usr/bin/env bash
# Fidelity of track 15 (mapreduce): each reference and known-bad node on its stage over many
# seeds, one run at a time at low priority. Prints the tally per node and stage and the
# sentence of every seed that did not pass, and each seed's completion over the parallel bound
# (the stage table's figure; "-" when the stage does not grade it). Not part of `npm test`.
#
#   scripts/fidelity-mapreduce.sh [SEEDS] [TIME_SCALE] [STAGE…]   (defaults: 20 seeds, scale 1,
#                                                                  every stage)
# NODES=refs or NODES=bad narrows a run to the references or to the known-bad nodes.
# Time scale 1 is the learners' setting: a compute task is then 160 ms (shorter scales measure
# process overheads as much as scheduling).
set -euo pipefail
SEEDS=${1:-20}
SCALE=${2:-1}
shift $(($# > 2 ? 2 : $#))
STAGES=${*:-correct parallel worker-crash stragglers}
NODES=${NODES:-all}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N="$ROOT/test/fixtures/nodes"
STORE=$(mktemp -d)
trap 'rm -rf "$STORE"' EXIT

run() { # STAGE NODE — one seed at a time (--seeds cannot raise a no-fault stage's count)
  local bin seed out line status figure
  case $2 in */bad[-_]*) [[ $NODES != refs ]] || return 0 ;; *) [[ $NODES != bad ]] || return 0 ;; esac
  case $2 in *.py) bin="python3 $N/$2" ;; *) bin="node $N/$2" ;; esac
  declare -A tally=([pass]=0 [fail]=0 [inconclusive]=0 [error]=0 [unknown]=0)
  local notes="" figures=""
  for ((seed = 100; seed < 100 + SEEDS; seed++)); do
    out=$(nice -n 10 node "$ROOT/dist/cli/index.js" test --track mapreduce --stage "$1" \
      --bin "$bin" --seed "$seed" --seeds 1 --time-scale "$SCALE" --store "$STORE" 2>&1 || true)
    line=$(echo "$out" | grep -E "^15\.[0-9] mapreduce/$1: " | tail -1 || true)
    figure=$(echo "$out" | grep -oE 'completion over parallel bound [0-9.]+' | tail -1 |
      awk '{print $NF}' || true)
    figures+=" ${figure:--}"
    status=$(echo "$line" | sed -E 's/^[^:]*: ([a-z]+) .*/\1/')
    [[ -v "tally[$status]" ]] || status=unknown
    tally[$status]=$((tally[$status] + 1))
    [[ $status == pass ]] || notes+="    seed $seed: $(echo "$line" | sed -E 's/^[^—]*— //' | cut -c1-200)"$'\n'
  done
  echo "== mapreduce/$1 $2 (time scale $SCALE): pass ${tally[pass]}, fail ${tally[fail]}," \
    "inconclusive ${tally[inconclusive]}, error ${tally[error]}, other ${tally[unknown]} of $SEEDS"
  echo "    completion over bound by seed:$figures"
  printf '%s' "$notes"
}

M=tracks/mapreduce
for stage in $STAGES; do
  run "$stage" python/mapreduce.py
  run "$stage" $M/reference.js
  case $stage in
    correct) run correct $M/bad_split_keys.py; run correct $M/bad-split-keys.js ;;
    parallel) run parallel $M/bad_local_only.py; run parallel $M/bad-local-only.js ;;
    worker-crash) run worker-crash $M/bad_no_reexec.py; run worker-crash $M/bad-no-reexec.js ;;
    # No backup tasks (and no deadlines): a paused worker's task is waited for until it resumes.
    stragglers) run stragglers $M/bad_no_reexec.py; run stragglers $M/bad-no-reexec.js ;;
  esac
done
