#!/usr/bin/env bash
# Entity page benchmark, run on demand (never by ./mvnw verify): `aikg serve` on the bundled graph (with Epoch's
# table), then each entity page, with its neighbourhood picture, fetched RUNS times warm after WARMUP fetches; the
# median and the slowest of the warm fetches per page, as curl measures them (time to the last byte). The target is
# 150 ms warm. Pages: a model of the article, a company with hundreds of models, a lab, a person of the article, the
# most prolific author of Epoch's table and a country.   RUNS=20 bench/pages.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work/pages"
RUNS="${RUNS:-20}"
WARMUP="${WARMUP:-5}"
PORT="${PORT:-3392}"
PAGES="${PAGES:-deepseek-v3 google openai jim-zemlin united-states}"
mkdir -p "$WORK"

"$ROOT/aikg" version >/dev/null
"$ROOT/aikg" serve --port "$PORT" 2>"$WORK/serve.err" &
LAUNCHER=$!
trap 'kill "$LAUNCHER" 2>/dev/null || true; pkill -f -- "serve --port $PORT" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

AUTHOR="$("$ROOT/aikg" query --format csv 'SELECT ?a WHERE { ?m schema:author ?a } GROUP BY ?a ORDER BY DESC(COUNT(?m)) ?a LIMIT 1' \
    | tail -1 | tr -d '\r' | sed 's|https://w3id.org/aikg/id/||')"
: > "$WORK/times.tsv"
for page in $PAGES $AUTHOR; do
    url="http://127.0.0.1:$PORT/doc/$page.html"
    status="$(curl -s -o "$WORK/$page.html" -w "%{http_code}" "$url" || true)"
    [[ "$status" == 200 ]] || { echo "pages: $url answered $status" >&2; exit 1; }
    svg="http://127.0.0.1:$PORT/doc/$page.svg"
    grep -q "src=\"/doc/$page.svg\"" "$WORK/$page.html" || { echo "pages: $url does not show its picture" >&2; exit 1; }
    [[ "$(curl -s -o "$WORK/$page.svg" -w '%{http_code}' "$svg")" == 200 ]] || { echo "pages: $svg failed" >&2; exit 1; }
    for _ in $(seq "$WARMUP"); do curl -s -o /dev/null "$url"; curl -s -o /dev/null "$svg"; done
    for _ in $(seq "$RUNS"); do
        printf '%s\t%s\t%s\t%s\n' "$page" "$(curl -s -o /dev/null -w '%{time_total}' "$url")" \
            "$(curl -s -o /dev/null -w '%{time_total}' "$svg")" "$(wc -c < "$WORK/$page.html")" >> "$WORK/times.tsv"
    done
done

/usr/bin/python3 - "$WORK/times.tsv" "$ROOT/BENCHMARKS.md" "$RUNS" "$WARMUP" <<'PY'
import collections, datetime, os, platform, statistics, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(sys.argv[2])), "bench"))
from section import put
times, pictures, both, sizes = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list), {}
for line in open(sys.argv[1]):
    page, seconds, svg, size = line.split("\t")
    times[page].append(float(seconds) * 1000)
    pictures[page].append(float(svg) * 1000)
    both[page].append((float(seconds) + float(svg)) * 1000)
    sizes[page] = int(size)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
out = ["## Entity pages with their pictures\n",
       f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores. Command: `RUNS={sys.argv[3]} bench/pages.sh` "
       f"(`aikg serve` on the bundled graph with Epoch's table; each page fetched {sys.argv[4]} times to warm up, then "
       f"{sys.argv[3]} times, the page and then its picture; curl's time to the last byte on loopback). Target: the page "
       "with its picture within 150 ms warm.\n",
       "| page | page, median (ms) | picture (SVG), median (ms) | both, median (ms) | both, slowest (ms) | page bytes | within 150 ms |",
       "|---|---|---|---|---|---|---|"]
for page in times:
    median = statistics.median(both[page])
    out.append(f"| `/doc/{page}.html` | {statistics.median(times[page]):.1f} | {statistics.median(pictures[page]):.1f} | "
               f"{median:.1f} | {max(both[page]):.1f} | {sizes[page]:,} | {'yes' if median <= 150 else 'no'} |")
text = "\n".join(out) + "\n"
put(sys.argv[2], "## Entity pages with their pictures", text)
print(text)
PY
