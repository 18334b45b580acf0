#!/usr/bin/env bash
# Scale benchmark, run on demand (never by ./mvnw verify): generate the synthetic graph, import it into TDB2 with
# aikg (validated, all or nothing) and with Jena's own loaders, then time the workload queries warm on aikg,
# Jena's tdb2.tdbquery and Oxigraph (npm), and write the tables to BENCHMARKS.md.
#   SIZES="1000000 5000000" RUNS=5 bench/scale.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
SIZES="${SIZES:-1000000}"
RUNS="${RUNS:-5}"
SEED=42
JENA_VERSION=6.2.0
OXIGRAPH_VERSION=0.5.11
mkdir -p "$WORK"
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"

JENA="$WORK/apache-jena-$JENA_VERSION"
if [[ ! -x "$JENA/bin/tdb2.tdbloader" ]]; then
    curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/jena/apache-jena/$JENA_VERSION/apache-jena-$JENA_VERSION.tar.gz" | tar -xz -C "$WORK"
fi
if [[ ! -d "$WORK/node_modules/oxigraph" ]]; then
    (cd "$WORK" && npm install --silent --no-audit --no-fund "oxigraph@$OXIGRAPH_VERSION" >/dev/null)
fi
cp "$ROOT/bench/oxigraph-run.mjs" "$WORK/"
"$ROOT/bench/prime-caches.sh"

measure() {  # measure COMMAND... -> "seconds peak_kb"
    /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" >/dev/null 2>"$WORK/last.err" \
        || { echo "bench: failed: $* ($(tail -1 "$WORK/last.err"))" >&2; exit 1; }
    tail -1 "$WORK/time.txt"
}

RESULTS="$WORK/results.tsv"
if [[ -z "${REPORT_ONLY:-}" ]]; then
: > "$RESULTS"
for N in $SIZES; do
    DATA="$WORK/aikg-$N.nq.gz"
    PARAMS="$WORK/aikg-$N.params"
    [[ -f "$DATA" && -f "$PARAMS" ]] || "$ROOT/aikg" generate --triples "$N" --seed "$SEED" --out "$DATA" > "$PARAMS"
    QUADS="$(sed -n 's/^quads=//p' "$PARAMS")"

    # Import: aikg (parse, validate against the shapes, one transaction through TDB2's basic loader) vs Jena.
    for loader in aikg parallel basic; do
        STORE="$WORK/store-$loader-$N"
        rm -rf "$STORE"
        if [[ "$loader" == aikg ]]; then
            read -r secs kb < <(measure "$ROOT/aikg" --store "$STORE" load "$DATA")
        else
            read -r secs kb < <(measure "$JENA/bin/tdb2.tdbloader" --loader="$loader" --loc "$STORE" "$DATA")
        fi
        bytes="$(du -sb "$STORE" | cut -f1)"
        echo -e "import\t$N\t$loader\t$secs\t$kb\t$bytes\t$QUADS" >> "$RESULTS"
    done

    # Import into a store that already holds data: a tenth as many new triples (another seed, with the generated
    # entities and sources renamed so that they add to the graph rather than restate it), into a copy of aikg's store
    # and into a copy of the basic loader's.
    ADD="$WORK/aikg-$N-add.nq.gz"
    if [[ ! -f "$ADD" ]]; then
        "$ROOT/aikg" generate --triples "$((N / 10))" --seed 43 --out "$WORK/add.nq.gz" >/dev/null
        gzip -dc "$WORK/add.nq.gz" \
            | sed -E 's#(/aikg/id/(claim|event|family|model|org|person|price|run|publisher))-([0-9]+)>#\1-added\3>#g; s#/aikg/source/syn-([0-9]+)>#/aikg/source/syn-added\1>#g' \
            | gzip > "$ADD"
        rm -f "$WORK/add.nq.gz"
    fi
    ADD_QUADS="$(gzip -dc "$ADD" | wc -l)"
    for loader in aikg basic; do
        STORE="$WORK/store-$loader-append-$N"
        rm -rf "$STORE"
        cp -r "$WORK/store-$loader-$N" "$STORE"
        if [[ "$loader" == aikg ]]; then
            read -r secs kb < <(measure "$ROOT/aikg" --store "$STORE" load "$ADD")
        else
            read -r secs kb < <(measure "$JENA/bin/tdb2.tdbloader" --loader=basic --loc "$STORE" "$ADD")
        fi
        echo -e "append\t$N\t$loader\t$secs\t$kb\t$ADD_QUADS" >> "$RESULTS"
        rm -rf "$STORE"
    done

    # The workload with this size's parameters bound into the text, the same text for every engine.
    QDIR="$WORK/queries-$N"
    rm -rf "$QDIR"; mkdir -p "$QDIR"
    for q in "$ROOT"/bench/workload/*.rq; do
        text="$(cat "$q")"
        declared="$(head -1 "$q" | sed -n 's/.*Parameters: *//p' | tr -d ' ' | tr ',' ' ')"
        while IFS='=' read -r key value; do
            [[ " $declared " == *" $key "* ]] || continue
            case "$key" in
                from|to) term="\"$value\"" ;;
                minParams|maxPrice) term="\"$value\"" ;;
                *) term="<$value>" ;;
            esac
            text="$(printf '%s' "$text" | sed "s|?$key\\b|$term|g")"
        done < "$PARAMS"
        printf '%s\n' "$text" > "$QDIR/$(basename "$q")"
    done

    # aikg runs each query twice: with the optimizer's statistics its import wrote (stats.opt), and with them moved
    # aside, which is how Jena's loaders leave a store; the second shows what the statistics change.
    STATS="$(ls "$WORK/store-aikg-$N"/Data-*/stats.opt 2>/dev/null | tail -1 || true)"
    # Whatever stops the run, the statistics go back where the store's later users (endpoint.sh) expect them.
    trap '[[ -n "${STATS:-}" && -f "$STATS.aside" ]] && mv "$STATS.aside" "$STATS"' EXIT
    trap 'exit 130' INT TERM
    # Against tdbquery, the mean of the warm runs: tdbquery times each run in whole milliseconds of the wall clock, and
    # while one such reading is off by up to a millisecond (half the time of a point lookup), their mean is not.
    # Against Oxigraph, whose clock is as fine as aikg's, the median, which one slow run does not move.
    aikg_times() {
        ("$ROOT/aikg" --store "$WORK/store-aikg-$N" --limit 1000000 --timeout 120s query --file "$1" --format csv \
            --repeat "$((RUNS + 1))" 2>&1 >/dev/null || true) | sed -n 's/.*median \([0-9.]*\) ms, mean \([0-9.]*\) ms.*/\2 \1/p'
    }
    for q in "$QDIR"/*.rq; do
        name="$(basename "$q" .rq)"
        read -r aikg_ms aikg_median < <(aikg_times "$q") || true
        nostats_ms=""
        if [[ -n "$STATS" ]]; then
            mv "$STATS" "$STATS.aside"
            read -r nostats_ms _ < <(aikg_times "$q") || true
            mv "$STATS.aside" "$STATS"
        fi
        jena_ms="$( ("$JENA/bin/tdb2.tdbquery" --loc "$WORK/store-parallel-$N" --set tdb:unionDefaultGraph=true --repeat "1,$RUNS" --time \
            --results csv --query "$q" 2>&1 >/dev/null || true) | sed -n 's/^Time: \([0-9.]*\) sec.*/\1/p' \
            | awk '{s+=$1} END {if (NR) printf "%.3f", s/NR*1000}')"
        echo -e "query\t$N\t$name\t$aikg_ms\t$jena_ms\t$nostats_ms\t$aikg_median" >> "$RESULTS"
    done
    # Oxigraph runs in WebAssembly (32-bit, at most 4 GB of memory); a size it cannot hold is reported, not fatal.
    if (cd "$WORK" && node oxigraph-run.mjs "$DATA" "$QDIR" "$RUNS") > "$WORK/oxigraph-$N.txt" 2> "$WORK/oxigraph-$N.err"; then
        while read -r name median mean rows; do
            echo -e "oxigraph\t$N\t$name\t$median\t$rows" >> "$RESULTS"
        done < "$WORK/oxigraph-$N.txt"
    else
        echo "bench: Oxigraph failed at $N triples: $(grep -v '^$' "$WORK/oxigraph-$N.err" | tail -1)" >&2
        echo -e "oxigraph-failed\t$N\t$(grep -v '^$' "$WORK/oxigraph-$N.err" | tail -1 | tr '\t' ' ' | cut -c1-100)" >> "$RESULTS"
    fi
done
fi

/usr/bin/python3 - "$RESULTS" "$ROOT/BENCHMARKS.md" "$SIZES" "$RUNS" <<'PY'
import os, sys, math, datetime, platform, subprocess, re, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
cpu = re.search(r"Model name:\s*(.*)", subprocess.run(["lscpu"], capture_output=True, text=True).stdout).group(1).strip()
mem = round(int(open("/proc/meminfo").readline().split()[1]) / 1024 / 1024)
# One section per set of sizes, so that a run at 10M does not replace the 1M and 5M tables.
heading = "## Scale: import and queries on the synthetic graph, " + " and ".join(f"{int(n) // 1000000}M" if int(n) % 1000000 == 0 else f"{int(n):,}" for n in sys.argv[3].split()) + " triples"
out = [heading + "\n",
       f"Measured {datetime.date.today().isoformat()} on {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {mem} GiB RAM, {platform.system()} {platform.release()}.",
       f"Versions: aikg (Jena 6.2.0, JDK 25), apache-jena 6.2.0 (`tdb2.tdbloader`, `tdb2.tdbquery`), oxigraph 0.5.11 (npm, Node {subprocess.run(['node','--version'],capture_output=True,text=True).stdout.strip()}).",
       f"Command: `SIZES=\"{sys.argv[3]}\" RUNS={sys.argv[4]} bench/scale.sh` (seed 42; queries: {sys.argv[4]} warm runs after one cold run, union default graph, the same query text everywhere).\n",
       "### Import into TDB2\n", "| triples | loader | seconds | triples/s | peak RSS (MB) | bytes on disk | bytes/triple |", "|---|---|---|---|---|---|---|"]
for r in rows:
    if r[0] == "import":
        _, n, loader, secs, kb, size, quads = r
        secs, quads = float(secs), int(quads)
        name = {"aikg": "aikg load (parse, SHACL-validate each source, indexes built sorted in a new generation switched in atomically)", "parallel": "tdb2.tdbloader --loader=parallel", "basic": "tdb2.tdbloader --loader=basic"}[loader]
        out.append(f"| {quads:,} | {name} | {secs:.1f} | {quads/secs:,.0f} | {int(kb)//1024:,} | {int(size):,} | {int(size)/quads:.0f} |")
appends = [r for r in rows if r[0] == "append"]
if appends:
    out += ["", "### Import into a store that already holds data\n",
            "A tenth as many new triples (seed 43, generated entities and sources renamed) into a copy of each loader's store above.\n",
            "| store holds | added quads | loader | seconds | triples/s | peak RSS (MB) | ratio to the basic loader |", "|---|---|---|---|---|---|---|"]
    basic = {r[1]: float(r[3]) for r in appends if r[2] == "basic"}
    for _, n, loader, secs, kb, added in appends:
        secs = float(secs)
        name = {"aikg": "aikg load (parse, validate each source with what the store holds, one transaction)", "basic": "tdb2.tdbloader --loader=basic"}[loader]
        out.append(f"| {int(n):,} | {int(added):,} | {name} | {secs:.1f} | {int(added)/secs:,.0f} | {int(kb)//1024:,} | {basic[n]/secs:.2f} |")
q = collections.defaultdict(dict)
def num(r, i):
    return float(r[i]) if len(r) > i and r[i] else float("nan")
for r in rows:
    if r[0] == "query":
        q[(r[1], r[2])].update(aikg=num(r, 3), jena=num(r, 4), nostats=num(r, 5), median=num(r, 6))
    elif r[0] == "oxigraph":
        q[(r[1], r[2])]["oxigraph"] = float(r[3])
out += ["", "### Queries (milliseconds)\n",
        "Against `tdbquery`, the mean of the warm runs: it times each run in whole milliseconds of the wall clock, and one such "
        "reading can be off by a millisecond, half the time of a point lookup, where the mean of many is not. Against Oxigraph, "
        "whose clock is as fine as aikg's, the median, which one slow run does not move.\n",
        "| triples | query | aikg (TDB2), mean | aikg without statistics, mean | Jena tdb2.tdbquery, mean | aikg / Jena | with / without statistics | aikg (TDB2), median | Oxigraph (memory), median | aikg / Oxigraph |",
        "|---|---|---|---|---|---|---|---|---|---|"]
by_size = collections.defaultdict(list)
def cell(x):
    return "—" if math.isnan(x) else f"{x:.2f}"
nan = float("nan")
for (n, name), v in sorted(q.items(), key=lambda kv: (int(kv[0][0]), kv[0][1])):
    a, j, u, m, o = (v.get(k, nan) for k in ("aikg", "jena", "nostats", "median", "oxigraph"))
    by_size[n].append((a / j, a / u, m / o))
    out.append(f"| {int(n):,} | {name} | {cell(a)} | {cell(u)} | {cell(j)} | {cell(a/j)} | {cell(a/u)} | {cell(m)} | {cell(o)} | {cell(m/o)} |")
for n, ratios in by_size.items():
    def gm(xs):
        xs = [x for x in xs if x > 0 and not math.isnan(x)]
        return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else nan
    rj, ru, ro = (gm([r[i] for r in ratios]) for i in range(3))
    out.append(f"| {int(n):,} | **geometric mean of ratios** | | | | **{cell(rj)}** | **{cell(ru)}** | | | **{cell(ro)}** |")
for r in rows:
    if r[0] == "oxigraph-failed":
        out.append(f"\nOxigraph could not run at {int(r[1]):,} triples: {r[2] if len(r) > 2 else ''}")
try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    series = collections.defaultdict(list)
    for r in rows:
        if r[0] == "import":
            series[r[2]].append((int(r[6]), int(r[6]) / float(r[3])))
    labels = {"aikg": "aikg load (validated, crash-safe)", "parallel": "tdb2.tdbloader parallel", "basic": "tdb2.tdbloader basic"}
    fig, ax = plt.subplots(figsize=(7, 4))
    for key, points in series.items():
        points.sort()
        ax.plot([p[0] / 1e6 for p in points], [p[1] / 1e3 for p in points], marker="o", label=labels.get(key, key))
    ax.set_xlabel("triples (millions)"); ax.set_ylabel("import throughput (thousand triples/s)")
    ax.set_title("Import into TDB2: throughput against graph size"); ax.grid(True, alpha=0.3); ax.legend()
    fig.tight_layout(); fig.savefig(sys.argv[2].replace("BENCHMARKS.md", "bench/import-throughput.png"), dpi=110)
    out += ["", "![Import throughput against graph size](bench/import-throughput.png)"]
except ImportError:
    out += ["", "(No chart: python3-matplotlib is not installed.)"]
text = "\n".join(out) + "\n"
path = sys.argv[2]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
from section import put
put(path, heading, text)
print(text)
PY
