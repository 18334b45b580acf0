#!/usr/bin/env bash
# CSV import benchmark, run on demand (never by ./mvnw verify): an Epoch-shaped CSV of ROWS rows (bench/epoch_csv.py,
# drawn from the real Notable AI Models table) is imported with `aikg load FILE.csv --mapping epoch-notable` into a new
# TDB2 store; the graph it made is exported as N-Triples and imported with `aikg load FILE.nt` into another new store.
# Both go through aikg's importer (parse or map, validate against the shapes, one transaction), in one run, and the
# table compares their rates (the same JVM start and bundled graph in both).
#   ROWS=100000 bench/csv.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work/csv"
ROWS="${ROWS:-100000}"
SEED="${SEED:-42}"
GRAPH=src:bench-csv
AIKG="$ROOT/aikg"
mkdir -p "$WORK"
"$ROOT/bench/prime-caches.sh"

CSV="$WORK/epoch-$ROWS.csv"
NT="$WORK/epoch-$ROWS.nt"
[[ -f "$CSV" ]] || /usr/bin/python3 "$ROOT/bench/epoch_csv.py" \
    "$ROOT/data/src/main/resources/org/aikg/data/epoch/notable_ai_models_2025-02-24.csv" "$ROWS" "$CSV" "$SEED"

timed() {  # timed COMMAND... -> milliseconds on stdout; fails with the command's last error line
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2> "$WORK/last.err" || { echo "bench: failed: $* ($(tail -1 "$WORK/last.err"))" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

rm -rf "$WORK/store-csv" "$WORK/store-nt" "$NT"
csv_ms="$(timed "$AIKG" --store "$WORK/store-csv" load "$CSV" --mapping epoch-notable --graph "$GRAPH")"
"$AIKG" --store "$WORK/store-csv" export --graph "$GRAPH" --format ntriples --out "$NT"
triples="$(grep -c . "$NT")"
nt_ms="$(timed "$AIKG" --store "$WORK/store-nt" load "$NT" --graph "$GRAPH")"

/usr/bin/python3 - "$ROWS" "$triples" "$csv_ms" "$nt_ms" "$ROOT/BENCHMARKS.md" <<'PY'
import datetime, os, platform, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(sys.argv[5])), "bench"))
from section import put
rows, triples, csv_ms, nt_ms = (int(x) for x in sys.argv[1:5])
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
csv_rate, nt_rate = triples / (csv_ms / 1000), triples / (nt_ms / 1000)
text = "\n".join([
    "## CSV import: Epoch's mapping against the same triples as N-Triples\n",
    f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores. Command: `ROWS={rows} bench/csv.sh` "
    "(an Epoch-shaped CSV drawn from the real table by `bench/epoch_csv.py`; each import into a new TDB2 store, parsed or "
    "mapped, validated per source and committed all or nothing; the same JVM start and bundled graph in both). "
    "Target: at least half the rate of the N-Triples import.\n",
    "| command | rows | triples | seconds | triples/s | ratio |",
    "|---|---:|---:|---:|---:|---:|",
    f"| `aikg load epoch.csv --mapping epoch-notable` | {rows:,} | {triples:,} | {csv_ms / 1000:.1f} | {csv_rate:,.0f} | {csv_rate / nt_rate:.2f} |",
    f"| `aikg load epoch.nt` (the same graph as N-Triples) | - | {triples:,} | {nt_ms / 1000:.1f} | {nt_rate:,.0f} | 1.00 |",
]) + "\n"
put(sys.argv[5], "## CSV import", text)
print(text)
PY
