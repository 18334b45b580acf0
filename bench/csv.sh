#!/usr/bin/env bash
# CSV import benchmark, run on demand (never by ./mvnw verify): an Epoch-shaped CSV of ROWS rows (bench/epoch_csv.py,
# drawn from the real Notable AI Models table) is imported with the mapping epoch-notable into a new TDB2 store; the
# graph it made is exported as N-Triples and imported into another new store. Both go through aikg's importer (parse,
# validate against the shapes, one transaction), in one run, and the table compares their rates.
#   ROWS=100000 bench/csv.sh
# The commands are org.aikg.core.tabular.CsvImportMain until `aikg load FILE.csv --mapping M` exists. CP_PREFIX, when
# set, is put first on the classpath (to try other resources, such as another shapes.ttl).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work/csv"
ROWS="${ROWS:-100000}"
SEED="${SEED:-42}"
HEAP="${HEAP:-8g}"
GRAPH=https://w3id.org/aikg/source/epoch-notable-ai-models
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"
JAVA="$JAVA_HOME/bin/java"
MAIN=org.aikg.core.tabular.CsvImportMain
mkdir -p "$WORK"

(cd "$ROOT" && ./mvnw -q -B -o -pl core -am compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null)
CP="$ROOT/core/target/classes:$ROOT/data/target/classes:$ROOT/ontology/target/classes:$(cat "$WORK/classpath.txt")"
CP="${CP_PREFIX:+$CP_PREFIX:}$CP"

CSV="$WORK/epoch-$ROWS.csv"
NT="$WORK/epoch-$ROWS.nt"
[[ -f "$CSV" ]] || /usr/bin/python3 "$ROOT/bench/epoch_csv.py" \
    "$ROOT/data/src/main/resources/org/aikg/data/epoch/notable_ai_models_2025-02-24.csv" "$ROWS" "$CSV" "$SEED"

run() {  # run NAME ARGS... -> the main's one line on stdout; fails with its last error line
    "$JAVA" -Xmx"$HEAP" -cp "$CP" "$MAIN" "$@" 2> "$WORK/last.err" \
        || { echo "bench: failed: $MAIN $* ($(tail -1 "$WORK/last.err"))" >&2; exit 1; }
}
value() { sed -n "s/.*\\b$1=\\([0-9]*\\).*/\\1/p" <<< "$2"; }

rm -rf "$WORK/store-csv" "$WORK/store-nt"
csv_line="$(run csv "$WORK/store-csv" "$CSV" epoch-notable)"
triples="$(value triples "$(run export "$WORK/store-csv" "$GRAPH" "$NT")")"
nt_line="$(run rdf "$WORK/store-nt" "$NT" "$GRAPH")"

/usr/bin/python3 - "$ROWS" "$triples" "$(value millis "$csv_line")" "$(value millis "$nt_line")" \
    "$(value quads "$csv_line")" "$(value quads "$nt_line")" <<'PY'
import datetime, os, platform, sys
rows, triples, csv_ms, nt_ms, csv_quads, nt_quads = (int(x) for x in sys.argv[1:])
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
machine = f"{cpu}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
print(f"machine: {machine}; date: {datetime.date.today()}")
print("| command | rows | triples | quads sent | seconds | triples/s | ratio |")
print("|---|---:|---:|---:|---:|---:|---:|")
csv_rate, nt_rate = triples / (csv_ms / 1000), triples / (nt_ms / 1000)
print(f"| CsvImportMain csv (mapping epoch-notable) | {rows} | {triples} | {csv_quads} | {csv_ms / 1000:.1f} | {csv_rate:,.0f} | {csv_rate / nt_rate:.2f} |")
print(f"| CsvImportMain rdf (the same graph as N-Triples) | - | {triples} | {nt_quads} | {nt_ms / 1000:.1f} | {nt_rate:,.0f} | 1.00 |")
PY
