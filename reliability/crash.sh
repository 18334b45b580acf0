#!/usr/bin/env bash
# R1 crash safety: kill -9 an import at evenly spread moments and check that the store then opens and holds exactly
# the data from before the import or from after it, never anything in between.
#   reliability/crash.sh                 (KILLS=20 TRIPLES=300000; results in reliability/work/crash.tsv)
# Two scenarios: an import into a store that already holds data, and a bulk load into a new, empty store.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/reliability/work/crash"
KILLS="${KILLS:-20}"
TRIPLES="${TRIPLES:-300000}"
AIKG="$ROOT/aikg"
rm -rf "$WORK" && mkdir -p "$WORK"

"$AIKG" version >/dev/null
"$AIKG" generate --triples "$TRIPLES" --seed 7 --out "$WORK/data.nq.gz" >/dev/null
digest() { "$AIKG" --store "$1" export --format nquads | sha256sum | cut -d' ' -f1; }

scenario() {  # scenario NAME PREPARE-COMMAND
    local name="$1" prepare="$2"
    local base="$WORK/$name-base"
    rm -rf "$base"; mkdir -p "$base"
    eval "$prepare"
    local before after
    if [[ -d "$base/store" ]]; then
        before="$(digest "$base/store")"
    else
        before="$(digest "$WORK/$name-fresh")"   # a new store starts with the bundled graph
    fi
    cp -r "$base" "$WORK/$name-full"
    local start end
    start=$(date +%s%N)
    "$AIKG" --store "$WORK/$name-full/store" load "$WORK/data.nq.gz" 2>/dev/null
    end=$(date +%s%N)
    after="$(digest "$WORK/$name-full/store")"
    local span=$(( (end - start) / 1000000 ))
    echo "crash: $name: a whole import takes $span ms" >&2
    local i held_before=0 held_after=0 broken=0
    for (( i = 1; i <= KILLS; i++ )); do
        local run="$WORK/$name-$i"
        rm -rf "$run"; cp -r "$base" "$run"
        local delay=$(( span * i / (KILLS + 1) ))
        "$AIKG" --store "$run/store" load "$WORK/data.nq.gz" >/dev/null 2>&1 &
        local pid=$!
        sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
        pkill -9 -P "$pid" 2>/dev/null || true
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        local now
        if ! now="$(digest "$run/store" 2>"$run.err")"; then
            now="unopenable: $(head -1 "$run.err")"
        fi
        if [[ "$now" == "$before" ]]; then held_before=$((held_before + 1)); state=before
        elif [[ "$now" == "$after" ]]; then held_after=$((held_after + 1)); state=after
        else broken=$((broken + 1)); state="BROKEN ($now)"
        fi
        printf '%s\t%d\t%d\t%s\n' "$name" "$i" "$delay" "$state" >> "$WORK/../crash.tsv"
        rm -rf "$run"
    done
    printf 'crash: %s: %d kills: %d held the data from before, %d from after, %d broken\n' \
        "$name" "$KILLS" "$held_before" "$held_after" "$broken" >&2
    (( broken == 0 ))
}

: > "$WORK/../crash.tsv"
ok=true
# Into a store that already holds the bundled graph.
scenario import '"$AIKG" --store "$base/store" stats >/dev/null' || ok=false
# A bulk load into a new store (created by the load itself).
scenario bulk ':' || ok=false
[[ "$ok" == true ]]
