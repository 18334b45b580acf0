#!/usr/bin/env bash
# Virtuoso 7 as the bigger engine behind aikg's remote store, run on demand after bench/scale.sh (it reuses that
# run's generated graph and bound workload queries). The script starts Debian's virtuoso-opensource-7 on loopback
# in a folder of its own, bulk-loads the graph, then runs every workload query through
#   aikg --endpoint http://127.0.0.1:PORT/sparql query --file q.rq --repeat R
# and compares the answers (row counts) with aikg on its own TDB2 store of the same data.
#   N=1000000 RUNS=5 bench/virtuoso.sh        (needs: apt-get install -y virtuoso-opensource-7)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
N="${N:-1000000}"
RUNS="${RUNS:-5}"
SQL_PORT="${SQL_PORT:-11112}"
HTTP_PORT="${HTTP_PORT:-18890}"
DATA="$WORK/aikg-$N.nq.gz"
QDIR="$WORK/queries-$N"
STORE="$WORK/store-aikg-$N"
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"

command -v virtuoso-t >/dev/null || { echo "bench: virtuoso-t missing; apt-get install -y virtuoso-opensource-7" >&2; exit 1; }
[[ -f "$DATA" && -d "$QDIR" && -d "$STORE" ]] || { echo "bench: run SIZES=$N bench/scale.sh first" >&2; exit 1; }

VDIR="$WORK/virtuoso-$N"
rm -rf "$VDIR"; mkdir -p "$VDIR"
ln -s "$DATA" "$VDIR/data.nq.gz"
# aikg's TDB2 store starts with the bundled graph; Virtuoso gets it too, so that both hold the same quads.
"$ROOT/aikg" export --format nquads > "$VDIR/bundle.nq"
# The packaged configuration with every file moved into VDIR, both ports on loopback, the data folder allowed for
# the bulk loader, 4 GB of buffers (Virtuoso's own sizing table), and row and time limits above the workload's.
/usr/bin/python3 - "$VDIR" "$SQL_PORT" "$HTTP_PORT" <<'PY'
import re, sys
vdir, sql, http = sys.argv[1:4]
text = open("/etc/virtuoso-opensource-7/virtuoso.ini").read()
section = None
out = []
for line in text.splitlines():
    m = re.match(r"\s*\[(.*)\]", line)
    if m:
        section = m.group(1)
    key = line.split("=")[0].strip() if "=" in line and not line.lstrip().startswith(";") else None
    prefix = "temp-" if section == "TempDatabase" else ""
    if key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file"):
        line = f"{key} = {vdir}/{prefix}{line.split('=')[1].strip().split('/')[-1]}"
    elif key == "ServerPort":
        line = f"ServerPort = 127.0.0.1:{sql if section == 'Parameters' else http}"
    elif key == "DirsAllowed":
        line = f"DirsAllowed = ., {vdir}, /usr/share/virtuoso-opensource-7/vad"
    elif key == "NumberOfBuffers":
        line = "NumberOfBuffers = 340000"
    elif key == "MaxDirtyBuffers":
        line = "MaxDirtyBuffers = 250000"
    elif key == "ResultSetMaxRows":
        line = "ResultSetMaxRows = 2000000"
    elif key in ("MaxQueryExecutionTime", "MaxQueryCostEstimationTime"):
        line = f"{key} = 600"
    elif key in ("ServerRoot", "VADInstallDir") or key and key.startswith("Load"):
        pass
    out.append(line)
open(f"{vdir}/virtuoso.ini", "w").write("\n".join(out) + "\n")
PY

(cd "$VDIR" && exec virtuoso-t -f -c "$VDIR/virtuoso.ini" >"$VDIR/server.out" 2>&1) &
VPID=$!
trap 'kill $VPID 2>/dev/null || true; wait $VPID 2>/dev/null || true' EXIT
for _ in $(seq 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D" && break
    sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D" || { echo "bench: Virtuoso did not start; see $VDIR/server.out" >&2; exit 1; }

isql() { isql-vt "127.0.0.1:$SQL_PORT" dba dba "exec=$1" >>"$VDIR/isql.out" 2>&1; }
start=$(date +%s.%N)
isql "ld_dir('$VDIR', 'data.nq.gz', 'urn:aikg:default'); ld_dir('$VDIR', 'bundle.nq', 'urn:aikg:default'); rdf_loader_run(); checkpoint;"
load_secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
loaded=$(curl -fs -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/aikg/")) }' \
    "http://127.0.0.1:$HTTP_PORT/sparql" | tail -1 | tr -d '"')
ENDPOINT="http://127.0.0.1:$HTTP_PORT/sparql"

# The same answer: the same rows in any order, numbers compared to six significant digits, literals without their
# datatype (Virtuoso may type a computed number differently) and blank nodes as one label; prints "yes" or the
# first row that only one side has.
same_answer() {
    /usr/bin/python3 - "$1" "$2" <<'PY'
import sys, re
def norm(cell):
    m = re.fullmatch(r'"?(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)"?(\^\^.*)?', cell)
    if m:
        return "%.6g" % float(m.group(1))
    return "_:b" if cell.startswith("_:") else re.sub(r'\^\^<[^>]*>$', '', cell)
def rows(path):
    lines = open(path, encoding="utf-8").read().splitlines()[1:]
    return sorted("\t".join(norm(c) for c in line.split("\t")) for line in lines)
a, b = rows(sys.argv[1]), rows(sys.argv[2])
if a == b:
    print("yes")
else:
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    first = lambda rows: rows[0].replace("\t", " ")[:60] if rows else "(none)"
    print(f"no, {max(len(only_a), len(only_b))} of {len(a)} rows differ: aikg {first(only_a)}; Virtuoso {first(only_b)}"
          if only_a or only_b else "no: duplicate rows differ")
PY
}

OUT="$WORK/virtuoso.tsv"
: > "$OUT"
echo -e "load\t$N\t$load_secs\t$loaded" >> "$OUT"
for q in "$QDIR"/*.rq; do
    name="$(basename "$q" .rq)"
    "$ROOT/aikg" --store "$STORE" --limit 1000000 --timeout 120s query --file "$q" --format tsv >"$VDIR/$name.local.tsv" 2>/dev/null
    local_rows="$(tail -n +2 "$VDIR/$name.local.tsv" | wc -l)"
    if "$ROOT/aikg" --endpoint "$ENDPOINT" --limit 1000000 --timeout 120s query --file "$q" --format tsv \
            --repeat "$((RUNS + 1))" >"$VDIR/$name.tsv" 2>"$VDIR/$name.err"; then
        ms="$(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' "$VDIR/$name.err")"
        rows="$(tail -n +2 "$VDIR/$name.tsv" | wc -l)"
        same="$(same_answer "$VDIR/$name.local.tsv" "$VDIR/$name.tsv")"
        echo -e "query\t$name\t$ms\t$rows\t$local_rows\t\t$same" >> "$OUT"
    else
        echo -e "query\t$name\t\t\t$local_rows\t$(grep -v '^$' "$VDIR/$name.err" | tail -1 | tr '\t' ' ' | cut -c1-160)\tno" >> "$OUT"
    fi
done

/usr/bin/python3 - "$OUT" "$ROOT/BENCHMARKS.md" "$N" "$RUNS" "$(dpkg-query -W -f='${Version}' virtuoso-opensource-7 2>/dev/null || echo '?')" <<'PY'
import os, sys, datetime
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
path, n, runs, version = sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
load = [r for r in rows if r[0] == "load"][0]
out = [f"## Virtuoso 7 through `--endpoint` ({n:,} triples)\n",
       f"Measured {datetime.date.today().isoformat()}, same machine. Virtuoso Open Source {version} (Debian), 4 GB of buffers, on loopback.",
       f"Command: `N={n} RUNS={runs} bench/virtuoso.sh` after `bench/scale.sh`. Each query runs through "
       f"`aikg --endpoint http://127.0.0.1:PORT/sparql query --file q.rq --repeat {int(runs)+1}` (median of the warm runs, "
       "the whole result read and written as TSV), and its answer is compared with aikg on its own TDB2 store of the same quads "
       "(rows in any order, numbers to six significant digits).\n",
       f"Bulk load (`ld_dir` + `rdf_loader_run()` + checkpoint): {float(load[2]):.1f} s for {int(load[3] or 0):,} quads in the aikg graphs.\n",
       "| query | aikg → Virtuoso (ms) | rows | rows on aikg's TDB2 | same answer | Virtuoso's error |", "|---|---|---|---|---|---|"]
for r in rows:
    if r[0] != "query":
        continue
    _, name, ms, vrows, lrows, err, same = (r + [""] * 7)[:7]
    out.append(f"| {name} | {ms or '—'} | {vrows or '—'} | {lrows} | {same.replace('|', '/')} | {err.replace('|', '/') or ''} |")
text = "\n".join(out) + "\n"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
from section import put
put(path, out[0].strip(), text)
print(text)
PY
