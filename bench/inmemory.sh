#!/usr/bin/env bash
# aikg's in-memory store against Oxigraph (npm, in memory), run on demand after bench/scale.sh (it reuses that run's
# generated graphs, parameterized queries and Oxigraph install). For each size, in one run: aikg loads the graph into
# its in-memory store and runs the workload warm in the same process (`--script`, `-Xmx4g`), then Oxigraph does the
# same; the table gives each query's median of RUNS warm runs, the ratios and their geometric mean, the load times and
# aikg's peak resident memory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
SIZES="${SIZES:-1000000 5000000}"
RUNS="${RUNS:-20}"
OUT="$WORK/inmemory.tsv"
: > "$OUT"
"$ROOT/bench/prime-caches.sh"
cp "$ROOT/bench/oxigraph-run.mjs" "$WORK/"

for N in $SIZES; do
    DATA="$WORK/aikg-$N.nq.gz"
    QDIR="$WORK/queries-$N"
    [[ -f "$DATA" && -d "$QDIR" && -d "$WORK/node_modules/oxigraph" ]] \
        || { echo "bench: run bench/scale.sh with $N among its SIZES first" >&2; exit 2; }
    SCRIPT="$WORK/in-memory-$N.aikg"
    { echo "load $DATA"
      for q in "$QDIR"/*.rq; do echo "query --file $q --format csv --repeat $((RUNS + 1)) --limit 1000000"; done
    } > "$SCRIPT"
    start=$(date +%s%N)
    AIKG_JAVA_OPTS="-Xmx4g -Daikg.timing=true" /usr/bin/time -o "$WORK/in-memory-$N.time" -f "%M" \
        "$ROOT/aikg" --script "$SCRIPT" >/dev/null 2>"$WORK/in-memory-$N.err" \
        || { echo "bench: aikg failed at $N: $(tail -1 "$WORK/in-memory-$N.err")" >&2; exit 1; }
    total_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    load_ms="$(sed -n 's/.*parse \([0-9]*\) ms, validate \([0-9]*\) ms, commit \([0-9]*\) ms.*/\1 \2 \3/p' "$WORK/in-memory-$N.err" \
        | awk '{print $1 + $2 + $3}')"
    echo -e "aikg-run\t$N\t${load_ms:-}\t$total_ms\t$(cat "$WORK/in-memory-$N.time")" >> "$OUT"
    paste <(ls "$QDIR"/*.rq | xargs -n1 basename | sed 's/.rq$//') \
          <(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' "$WORK/in-memory-$N.err") | while read -r name ms; do
        echo -e "aikg\t$N\t$name\t$ms" >> "$OUT"
    done
    # Oxigraph runs in WebAssembly (at most 4 GB of memory); a size it cannot hold is reported, not fatal.
    if ! (cd "$WORK" && node oxigraph-run.mjs "$DATA" "$QDIR" "$RUNS") > "$WORK/oxigraph-mem-$N.txt" 2> "$WORK/oxigraph-mem-$N.err"; then
        echo "bench: Oxigraph failed at $N: $(grep -v '^$' "$WORK/oxigraph-mem-$N.err" | tail -1)" >&2
        : > "$WORK/oxigraph-mem-$N.txt"
    fi
    echo -e "oxigraph-run\t$N\t$(sed -n 's/.*loaded in \([0-9.]*\) s.*/\1/p' "$WORK/oxigraph-mem-$N.err")" >> "$OUT"
    while read -r name ms _mean _rows; do
        echo -e "oxigraph\t$N\t$name\t$ms" >> "$OUT"
    done < "$WORK/oxigraph-mem-$N.txt"
done

/usr/bin/python3 - "$OUT" "$ROOT/BENCHMARKS.md" "$SIZES" "$RUNS" <<'PY'
import datetime, math, os, platform, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
out = ["## In memory: aikg's in-memory store against Oxigraph\n",
       f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores. Command: `SIZES=\"{sys.argv[3]}\" RUNS={sys.argv[4]} bench/inmemory.sh` "
       f"after `bench/scale.sh` (the same generated graphs and queries). Both in one run: aikg loads the graph into its in-memory store "
       f"(parse, validate every source, load; `-Xmx4g`) and runs the workload in the same process; Oxigraph 0.5.11 (npm) loads it and runs the same "
       f"query text; each figure is the median of {sys.argv[4]} warm runs after one cold run, union default graph.\n"]
for n in sys.argv[3].split():
    run = next(r for r in rows if r[0] == "aikg-run" and r[1] == n)
    ox_load = next(r[2] for r in rows if r[0] == "oxigraph-run" and r[1] == n) or "failed"
    a = {r[2]: float(r[3]) for r in rows if r[0] == "aikg" and r[1] == n}
    o = {r[2]: float(r[3]) for r in rows if r[0] == "oxigraph" and r[1] == n}
    load = f"{int(run[2]) / 1000:.1f} s" if run[2] else "n/a"
    out += [f"### {int(n):,} triples\n",
            f"aikg: load {load}, whole run (start, load, workload) {int(run[3]) / 1000:.1f} s, peak RSS {int(run[4]) // 1024:,} MB. "
            f"Oxigraph: load {ox_load} s.\n",
            "| query | aikg in memory (ms) | Oxigraph (ms) | ratio |", "|---|---|---|---|"]
    ratios = []
    for name in sorted(a):
        r = a[name] / o[name] if o.get(name) else float("nan")
        if o.get(name):
            ratios.append(r)
        out.append(f"| {name} | {a[name]:.2f} | {o.get(name, float('nan')):.2f} | {r:.2f} |")
    if ratios:
        out.append(f"| **geometric mean** | | | **{math.exp(sum(map(math.log, ratios)) / len(ratios)):.2f}** |")
        out.append(f"| slowest against Oxigraph | | | {max(ratios):.2f} |")
    out.append("")
text = "\n".join(out).rstrip() + "\n"
path = sys.argv[2]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
from section import put
put(path, "## In memory: aikg's in-memory store against Oxigraph", text)
print(text)
PY
