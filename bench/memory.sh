#!/usr/bin/env bash
# Memory benchmark, run on demand (never by ./mvnw verify): how much heap the in-memory store needs per triple, and
# which generated graphs load into it with a 4 GB heap. For each size, one aikg process (-Xmx4g) loads the graph into
# its in-memory store (parse, validate, add: all or nothing) and then runs a workload query in a loop; once the load
# has finished, jcmd forces a full collection and reads the live heap, so staging and validation are not counted.
#   SIZES="1000000 5000000 10000000" bench/memory.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
SIZES="${SIZES:-1000000}"
HEAP="${HEAP:-4g}"
SEED=42
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"
JCMD="$JAVA_HOME/bin/jcmd"
mkdir -p "$WORK"
"$ROOT/aikg" version >/dev/null

OUT="$WORK/memory.tsv"
[[ -n "${REPORT_ONLY:-}" ]] || : > "$OUT"
for N in $SIZES; do
    [[ -z "${REPORT_ONLY:-}" ]] || break
    DATA="$WORK/aikg-$N.nq.gz"
    [[ -f "$DATA" ]] || "$ROOT/aikg" generate --triples "$N" --seed "$SEED" --out "$DATA" > "$WORK/aikg-$N.params"
    SCRIPT="$WORK/memory-$N.aikg"
    echo 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ?t } }' > "$WORK/memory-count.rq"
    { echo "load $DATA"; for _ in $(seq 400); do echo "query --file $WORK/memory-count.rq"; done; } > "$SCRIPT"
    ERR="$WORK/memory-$N.err"
    RESULT="$WORK/memory-$N.out"
    rm -f "$RESULT"
    AIKG_JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Daikg.timing=true" \
        /usr/bin/time -o "$WORK/memory-time.txt" -f "%e %M" "$ROOT/aikg" --script "$SCRIPT" >"$RESULT" 2>"$ERR" &
    RUNNER=$!
    live=""; pid=""
    while kill -0 "$RUNNER" 2>/dev/null; do
        if [[ -s "$RESULT" ]]; then  # the first query has answered: the import is over
            pid="$(pgrep -f -- "--script $SCRIPT" | while read -r p; do [[ "$(cat /proc/$p/comm)" == java ]] && echo "$p"; done | head -1)"
            if [[ -n "$pid" ]]; then
                "$JCMD" "$pid" GC.run >/dev/null 2>&1 || true
                live="$("$JCMD" "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | awk '{s+=$1} END {print s}')"
                kill "$pid" 2>/dev/null || true
            fi
            break
        fi
        sleep 1
    done
    wait "$RUNNER" 2>/dev/null || true
    read -r secs kb < <(tail -1 "$WORK/memory-time.txt") || true
    if [[ -n "$live" ]]; then
        echo -e "$N\tyes\t$live\t$kb\t$(grep -m1 '^aikg: parse' "$ERR" | sed 's/^aikg: //')" >> "$OUT"
    else
        echo -e "$N\tno\t\t$kb\t$(grep -v '^$' "$ERR" | tail -1 | tr '\t' ' ' | cut -c1-120)" >> "$OUT"
    fi
done

/usr/bin/python3 - "$OUT" "$ROOT/BENCHMARKS.md" "$SIZES" "$HEAP" <<'PY'
import os, sys, datetime
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
path, sizes, heap = sys.argv[2], sys.argv[3], sys.argv[4]
out = [f"## Memory: the in-memory store with a {heap} heap\n",
       f"Measured {datetime.date.today().isoformat()}, same machine. Command: `SIZES=\"{sizes}\" bench/memory.sh` "
       f"(`-Xmx{heap} -XX:+UseSerialGC`; live heap read with `jcmd GC.heap_info` after a forced full collection, once the "
       "import has finished; peak RSS includes staging and validation during the import).\n",
       "| triples | loads | live heap after import (MB) | heap bytes per triple | peak RSS (MB) | import stages |", "|---|---|---|---|---|---|"]
for n, ok, live, kb, note in ((r + [""] * 5)[:5] for r in rows):
    n = int(n)
    per = f"{int(live) * 1024 / n:.0f}" if live else "—"
    out.append(f"| {n:,} | {ok} | {int(live) // 1024 if live else '—'} | {per} | {int(kb) // 1024 if kb.isdigit() else '—'} | {note} |")
text = "\n".join(out) + "\n"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
from section import put
put(path, "## Memory: the in-memory store", text)
print(text)
PY
