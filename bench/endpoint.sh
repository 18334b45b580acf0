#!/usr/bin/env bash
# Endpoint benchmark, run on demand after bench/scale.sh (it reuses that run's 1M stores and queries): `aikg serve`
# against standalone Fuseki (jena-fuseki-server 6.2.0) on the same TDB2 data, under wrk with 16 connections for 30 s
# on a mix of the light workload queries, ROUNDS (3) rounds each taking turns: requests/s, p50, p99, errors of the
# median round, and every round. (aikg's in-memory store against Oxigraph: bench/inmemory.sh.)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
N="${N:-1000000}"
DURATION="${DURATION:-30s}"
ROUNDS="${ROUNDS:-3}"
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"
JAVA="$JAVA_HOME/bin/java"
FUSEKI_JAR="$WORK/jena-fuseki-server-6.2.0.jar"
[[ -f "$FUSEKI_JAR" ]] || curl -fsSL -o "$FUSEKI_JAR" \
    "https://repo.maven.apache.org/maven2/org/apache/jena/jena-fuseki-server/6.2.0/jena-fuseki-server-6.2.0.jar"
command -v wrk >/dev/null || { echo "bench: needs wrk (apt-get install wrk)" >&2; exit 2; }
QDIR="$WORK/queries-$N"
[[ -d "$QDIR" && -d "$WORK/store-aikg-$N" ]] || { echo "bench: run bench/scale.sh with SIZES=$N first" >&2; exit 2; }
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
MIX=(q01-model-facts q02-models-by-org q07-claims-by-person q09-model-family-maker-country q10-source-size)
OUT="$WORK/endpoint.tsv"
: > "$OUT"

lua_for() {  # lua_for PATH_PREFIX -> a wrk script that cycles through the mix
    local lua="$WORK/mix-$1.lua"
    { echo "local paths = {"
      for q in "${MIX[@]}"; do
          enc="$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read()))' "$QDIR/$q.rq")"
          echo "  \"/$1/sparql?query=$enc\","
      done
      echo "}"
      echo 'local i = 0'
      echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i], {["Accept"] = "application/sparql-results+json"}) end'
    } > "$lua"
    echo "$lua"
}

wait_for() { for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "bench: $1 never answered" >&2; exit 1; }

run_wrk() {  # run_wrk NAME URL LUA
    local report
    wrk -t2 -c16 -d"$DURATION" --latency -s "$3" "$2" > "$WORK/wrk-$1.txt" 2>&1
    report="$(/usr/bin/python3 - "$WORK/wrk-$1.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def ms(v):
    n, u = float(re.match(r"([\d.]+)", v).group(1)), re.sub(r"[\d.]", "", v)
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
rps = re.search(r"Requests/sec:\s*([\d.]+)", t).group(1)
p50 = ms(re.search(r"^\s*50%\s+(\S+)", t, re.M).group(1)); p99 = ms(re.search(r"^\s*99%\s+(\S+)", t, re.M).group(1))
errors = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses:\s*(\d+)", t)) else 0
if (m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)):
    errors += sum(int(x) for x in m.groups())
print(f"{rps}\t{p50:.2f}\t{p99:.2f}\t{errors}")
PY
)"
    echo -e "endpoint\t$1\t$report" >> "$OUT"
}

# Standalone Fuseki, read-only, on the parallel loader's store of the same data, union default graph.
cat > "$WORK/fuseki.ttl" <<TTL
PREFIX fuseki: <http://jena.apache.org/fuseki#>
PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
[] a fuseki:Server ; ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "60000" ] .
<#service> a fuseki:Service ; fuseki:name "ds" ;
    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
    fuseki:dataset <#dataset> .
<#dataset> a tdb2:DatasetTDB2 ; tdb2:location "$WORK/store-parallel-$N" ; tdb2:unionDefaultGraph true .
TTL

# The two servers take turns, ROUNDS times each, so that a slow spell of the machine does not fall on one of them;
# the table gives each server's median round.
for round in $(seq 1 "$ROUNDS"); do
    # aikg serve on its TDB2 store.
    "$ROOT/aikg" --store "$WORK/store-aikg-$N" --limit 100000 --timeout 60s serve --port 3391 >/dev/null 2>"$WORK/serve.err" &
    AIKG_PID=$!
    PIDS+=("$AIKG_PID")
    wait_for "http://127.0.0.1:3391/aikg/sparql?query=ASK%7B%7D"
    run_wrk aikg "http://127.0.0.1:3391" "$(lua_for aikg)"
    kill "$AIKG_PID"; wait "$AIKG_PID" 2>/dev/null || true

    "$JAVA" -jar "$FUSEKI_JAR" --config="$WORK/fuseki.ttl" --port 3392 --localhost >"$WORK/fuseki.log" 2>&1 &
    FUSEKI_PID=$!
    PIDS+=("$FUSEKI_PID")
    wait_for "http://127.0.0.1:3392/ds/sparql?query=ASK%7B%7D"
    run_wrk fuseki "http://127.0.0.1:3392" "$(lua_for ds)"
    kill "$FUSEKI_PID"; wait "$FUSEKI_PID" 2>/dev/null || true
done

/usr/bin/python3 - "$OUT" "$ROOT/BENCHMARKS.md" "$N" "$DURATION" <<'PY'
import os, sys, datetime
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
runs = {}
for r in rows:
    if r[0] == "endpoint":
        runs.setdefault(r[1], []).append(r[2:])
def median_round(name):
    ordered = sorted(runs[name], key=lambda x: float(x[0]))
    return ordered[(len(ordered) - 1) // 2]
ep = {name: median_round(name) for name in runs}
out = [f"## Endpoint ({int(sys.argv[3]):,} triples)\n",
       f"Measured {datetime.date.today().isoformat()}, same machine. Command: `bench/endpoint.sh` after `bench/scale.sh`.\n",
       f"`wrk -t2 -c16 -d{sys.argv[4]} --latency`, cycling GET requests through q01, q02, q07, q09 and q10 (JSON results), on the TDB2 store of the same data.\n",
       f"Each server ran {len(runs['aikg'])} rounds, taking turns; the row is its median round by requests/s, and the last column lists every round's requests/s and p99.\n",
       "| server | requests/s | p50 (ms) | p99 (ms) | errors | ratio to Fuseki | rounds (requests/s, p99 ms) |", "|---|---|---|---|---|---|---|"]
for name, label in (("aikg", "aikg serve"), ("fuseki", "jena-fuseki-server 6.2.0")):
    rps, p50, p99, err = ep[name]
    every = "; ".join(f"{float(x[0]):,.0f}, {float(x[2]):,.0f}" for x in runs[name])
    out.append(f"| {label} | {float(rps):,.0f} | {p50} | {p99} | {err} | {float(rps)/float(ep['fuseki'][0]):.2f} | {every} |")
text = "\n".join(out) + "\n"
path = sys.argv[2]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
from section import put
put(path, "## Endpoint", text)
print(text)
PY
