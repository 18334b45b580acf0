#!/usr/bin/env bash
# R7 load: `aikg serve` (its default bounded heap) under wrk with 64 connections for DURATION (10 minutes by default),
# on a mix of SPARQL queries, entity pages, class pages, data documents and 404s. Samples the server's resident memory
# every 10 s and reports socket errors, status codes, latency and whether memory stayed flat after warm-up.
#   reliability/load.sh            DURATION=600 CONNECTIONS=64 STORE=/path/to/store (default: the bundled graph)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/reliability/work/load"
DURATION="${DURATION:-600}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-3391}"
mkdir -p "$WORK"
command -v wrk >/dev/null || { echo "load: needs wrk (apt-get install wrk)" >&2; exit 2; }

"$ROOT/aikg" version >/dev/null
STORE_ARGS=()
[[ -n "${STORE:-}" ]] && STORE_ARGS=(--store "$STORE")
"$ROOT/aikg" "${STORE_ARGS[@]}" serve --port "$PORT" 2>"$WORK/serve.err" &
LAUNCHER=$!
trap 'kill "$LAUNCHER" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done
PID="$(pgrep -f -- "serve --port $PORT" | while read -r p; do [[ "$(cat /proc/$p/comm)" == java ]] && echo "$p"; done | head -1)"
[[ -n "$PID" ]] || { echo "load: the server did not start: $(tail -1 "$WORK/serve.err")" >&2; exit 1; }

cat > "$WORK/mix.lua" <<'LUA'
local q = "SELECT ?m ?name (MAX(?h) AS ?hours) WHERE { ?run <http://www.w3.org/ns/prov#generated> ?m ; " ..
          "<https://w3id.org/aikg/ns#gpuHours>/<http://qudt.org/schema/qudt/numericValue> ?h . ?m <https://schema.org/name> ?name } GROUP BY ?m ?name"
local function enc(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local paths = {
  "/aikg/sparql?query=" .. enc(q) .. "&format=json",
  "/aikg/sparql?query=" .. enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") .. "&format=csv",
  "/doc/deepseek-v3.html", "/doc/nvidia.html", "/doc/deepseek-v3.ttl", "/doc/jim-zemlin.jsonld",
  "/", "/search?q=deep", "/id/no-such-thing", "/doc/nothing.html", "/nowhere",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests\t%d\nsocket_errors\t%d\nconnect\t%d\nread\t%d\nwrite\t%d\ntimeout\t%d\nstatus_errors\t%d\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("p50_ms\t%.1f\np99_ms\t%.1f\nmax_ms\t%.1f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

: > "$WORK/rss.tsv"
( while kill -0 "$PID" 2>/dev/null; do
      echo -e "$(date +%s)\t$(awk '/VmRSS/ {print $2}' /proc/$PID/status)" >> "$WORK/rss.tsv"; sleep 10
  done ) &
SAMPLER=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" > "$WORK/wrk.txt" 2>&1
kill "$SAMPLER" 2>/dev/null || true
cat "$WORK/wrk.txt"
/usr/bin/python3 - "$WORK/rss.tsv" "$DURATION" <<'PY'
import sys
rows = [l.split("\t") for l in open(sys.argv[1]) if l.strip()]
kb = [int(r[1]) for r in rows]
warm = kb[len(kb) // 5:]                      # after the first fifth of the run
lo, hi = min(warm), max(warm)
print(f"rss_mb_start\t{kb[0] // 1024}\nrss_mb_after_warmup_min\t{lo // 1024}\nrss_mb_after_warmup_max\t{hi // 1024}\n"
      f"rss_growth_after_warmup_pct\t{(hi - lo) * 100 / lo:.1f}")
PY
