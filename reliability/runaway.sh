#!/usr/bin/env bash
# R3 runaway work: a query and an update that would run for hours, on every path (one-shot, script, prompt, HTTP),
# with a deadline of DEADLINE seconds. Reports how long each took past its deadline (the time of a trivial run on
# the same path is taken off, so JVM start-up does not count), its exit code or status, and that the store still
# answers afterwards.   reliability/runaway.sh   (DEADLINE=2 RUNS=3; needs curl and Debian's python3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/reliability/work/runaway"
DEADLINE="${DEADLINE:-2}"
RUNS="${RUNS:-3}"
PORT="${PORT:-3392}"
rm -rf "$WORK" && mkdir -p "$WORK"
AIKG="$ROOT/aikg"
QUERY='SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
UPDATE='INSERT { GRAPH <https://w3id.org/aikg/source/runaway> { ?a <https://schema.org/knowsAbout> ?g } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
TRIVIAL='ASK { ?s ?p ?o }'
"$AIKG" version >/dev/null
"$AIKG" --store "$WORK/store" stats >/dev/null

now() { date +%s%N; }
timed() {  # timed COMMAND... -> prints "millis exit"
    local start end code=0
    start=$(now); "$@" >/dev/null 2>"$WORK/last.err" || code=$?; end=$(now)
    echo "$(( (end - start) / 1000000 )) $code"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() {  # row PATH WHAT RUNAWAY-CMD... ;; TRIVIAL-CMD...
    local path="$1" what="$2"; shift 2
    local runaway=() trivial=()
    while [[ "$1" != ";;" ]]; do runaway+=("$1"); shift; done; shift
    trivial=("$@")
    local over=() codes="" base
    base="$(for _ in $(seq "$RUNS"); do timed "${trivial[@]}"; done | cut -d' ' -f1 | median)"
    for _ in $(seq "$RUNS"); do
        read -r ms code < <(timed "${runaway[@]}")
        over+=("$(( ms - base - DEADLINE * 1000 ))"); codes="$codes $code"
    done
    local ok
    ok="$("$AIKG" --store "$WORK/store" query "$TRIVIAL" --format csv 2>/dev/null | tail -1)"
    printf '| %s | %s | %s | %s | %s |\n' "$path" "$what" "$(printf '%s\n' "${over[@]}" | median)" \
        "$(printf '%s\n' "${over[@]}" | sort -n | tail -1)" "exit${codes}; store answers: ${ok}"
}

echo "| path | work | median ms past the deadline | worst | outcome |"
echo "|---|---|---|---|---|"
row one-shot query "$AIKG" --store "$WORK/store" --timeout "${DEADLINE}s" query "$QUERY" ";;" \
    "$AIKG" --store "$WORK/store" query "$TRIVIAL"
row one-shot update "$AIKG" --store "$WORK/store" --allow-update --timeout "${DEADLINE}s" update "$UPDATE" ";;" \
    "$AIKG" --store "$WORK/store" query "$TRIVIAL"
printf '%s;\n' "$QUERY" > "$WORK/runaway.aikg"; printf '%s;\n' "$TRIVIAL" > "$WORK/trivial.aikg"
row script query "$AIKG" --store "$WORK/store" --timeout "${DEADLINE}s" --script "$WORK/runaway.aikg" ";;" \
    "$AIKG" --store "$WORK/store" --script "$WORK/trivial.aikg"

# The prompt: a pseudo-terminal, the time from Enter to the one-line failure.
PROMPT="$(/usr/bin/python3 - "$AIKG" "$QUERY" "$DEADLINE" "$RUNS" <<'PY'
import fcntl, os, pty, select, struct, sys, termios, time, statistics
aikg, query, deadline, runs = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
    os.environ["TERM"] = "xterm-256color"
    os.execv(aikg, [aikg])
def wait_for(text, limit=120):
    buf, end = b"", time.monotonic() + limit
    while text not in buf:
        r, _, _ = select.select([fd], [], [], max(0.01, end - time.monotonic()))
        if not r:
            raise SystemExit("no '%s' within %d s" % (text.decode(), limit))
        buf += os.read(fd, 65536)
    return buf
wait_for(b"aikg> ")
os.write(fd, b"--timeout %ds\r" % int(deadline))
wait_for(b"aikg> ")
over = []
for _ in range(runs):
    start = time.monotonic()
    os.write(fd, query.encode() + b";\r")
    wait_for(b"timed out")
    over.append((time.monotonic() - start - deadline) * 1000)
    wait_for(b"aikg> ")
os.write(fd, b"exit\r")
print(round(statistics.median(over)), round(max(over)))
PY
)"
printf '| prompt | query | %s | %s | one line, the session goes on |\n' ${PROMPT}

# HTTP: the server's deadline, curl's total time for the answer.
"$AIKG" --store "$WORK/store" --timeout "${DEADLINE}s" serve --port "$PORT" 2>"$WORK/serve.err" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done
over=(); statuses=""
for _ in $(seq "$RUNS"); do
    read -r status secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --get \
        --data-urlencode "query=$QUERY" "http://127.0.0.1:$PORT/aikg/sparql")
    over+=("$(awk -v s="$secs" -v d="$DEADLINE" 'BEGIN { printf "%d", (s - d) * 1000 }')"); statuses="$statuses $status"
done
after="$(curl -s --get --data-urlencode "query=$TRIVIAL" -H 'Accept: text/csv' "http://127.0.0.1:$PORT/aikg/sparql" | tail -1)"
printf '| HTTP | query | %s | %s | status%s; then answers: %s |\n' "$(printf '%s\n' "${over[@]}" | median)" \
    "$(printf '%s\n' "${over[@]}" | sort -n | tail -1)" "$statuses" "$after"
