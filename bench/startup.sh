#!/usr/bin/env bash
# Start-up benchmark: `aikg query` on the bundled graph against Jena's own `sparql` command (apache-jena 6.2.0 from
# Maven Central) on the same data and query, side by side in one run; and the interactive shell's time to prompt.
# Writes the table to BENCHMARKS.md. Run on demand: bench/startup.sh   (needs hyperfine and Debian's python3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
JENA_VERSION=6.2.0
RUNS="${RUNS:-15}"
mkdir -p "$WORK"

command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
JAVA_HOME_BENCH="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}"
[[ -x "$JAVA_HOME_BENCH/bin/java" ]] || { echo "bench: set JAVA_HOME to a JDK 21+" >&2; exit 2; }

# Jena's command-line distribution, once.
JENA="$WORK/apache-jena-$JENA_VERSION"
if [[ ! -x "$JENA/bin/sparql" ]]; then
    curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/jena/apache-jena/$JENA_VERSION/apache-jena-$JENA_VERSION.tar.gz" \
        | tar -xz -C "$WORK"
fi

# The same data for both: aikg's bundled graph exported as N-Quads; the same query text.
"$ROOT/aikg" version >/dev/null          # builds the jar and the start-up cache if needed, outside the timing
"$ROOT/aikg" export --format nquads > "$WORK/bundle.nq"
QUERY='SELECT ?model (SUM(?h) AS ?hours) WHERE { GRAPH ?g { ?run <http://www.w3.org/ns/prov#generated> ?model ; <https://w3id.org/aikg/ns#gpuHours>/<http://qudt.org/schema/qudt/numericValue> ?h } } GROUP BY ?model ORDER BY DESC(?hours)'
echo "$QUERY" > "$WORK/query.rq"

# Both must give the same answer before they are timed.
diff <("$ROOT/aikg" query --file "$WORK/query.rq" --format csv | tail -n +2 | sort) \
     <(JAVA_HOME="$JAVA_HOME_BENCH" "$JENA/bin/sparql" --data "$WORK/bundle.nq" --query "$WORK/query.rq" --results csv | tail -n +2 | sort) \
    || { echo "bench: aikg and Jena disagree on the answer" >&2; exit 1; }

hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/startup.json" \
    -n "aikg query" "$ROOT/aikg query --file $WORK/query.rq --format csv" \
    -n "jena sparql" "JAVA_HOME=$JAVA_HOME_BENCH $JENA/bin/sparql --data $WORK/bundle.nq --query $WORK/query.rq --results csv" \
    >&2

# Time from start to the interactive prompt, through a pseudo-terminal.
PROMPT_MS="$(/usr/bin/python3 - "$ROOT/aikg" <<'PY'
import fcntl, os, pty, select, struct, sys, termios, time, statistics
samples = []
for _ in range(5):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
        os.environ.setdefault("TERM", "xterm-256color")
        os.execv(sys.argv[1], [sys.argv[1]])
    buf = b""
    while b"aikg> " not in buf:
        r, _, _ = select.select([fd], [], [], 60)
        if not r:
            raise SystemExit("no prompt within 60 s")
        try:
            buf += os.read(fd, 4096)
        except OSError:
            break
    samples.append((time.monotonic() - start) * 1000)
    os.write(fd, b"exit\r")
    os.waitpid(pid, 0)
print(round(statistics.median(samples)))
PY
)"

/usr/bin/python3 - "$WORK/startup.json" "$ROOT/BENCHMARKS.md" "$PROMPT_MS" "$JENA_VERSION" "$("$ROOT/aikg" version)" "$WORK/bundle.nq" <<'PY'
import json, sys, platform, subprocess, datetime, re
data = json.load(open(sys.argv[1]))
res = {r["command"]: r for r in data["results"]}
a, j = res["aikg query"], res["jena sparql"]
cpu = re.search(r"Model name:\s*(.*)", subprocess.run(["lscpu"], capture_output=True, text=True).stdout).group(1).strip()
cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
mem = round(int(open("/proc/meminfo").readline().split()[1]) / 1024 / 1024)
quads = sum(1 for _ in open(sys.argv[6]))
table = f"""## Start-up: one query from the command line

Measured {datetime.date.today().isoformat()} on {cpu}, {cores} cores, {mem} GiB RAM, {platform.system()} {platform.release()}.
Versions: {sys.argv[5]}; Jena's `sparql` from apache-jena {sys.argv[4]} on the same JDK.
Command: `bench/startup.sh` (hyperfine, {len(a['times'])} runs after 2 warm-ups; same N-Quads data, same query, answers compared first).

| command | median (s) | mean ± sd (s) | ratio to Jena |
|---|---|---|---|
| `aikg query --file query.rq` | {a['median']:.3f} | {a['mean']:.3f} ± {a['stddev']:.3f} | {a['median']/j['median']:.2f} |
| Jena `sparql --data bundle.nq --query query.rq` | {j['median']:.3f} | {j['mean']:.3f} ± {j['stddev']:.3f} | 1.00 |

Target: at most 0.5 times Jena's time, on the bundle with Epoch's table ({quads} quads). aikg's one-shot path starts
no Spring, reads the bundle pre-built at build time (RDF Thrift, validated then) into its in-memory store, and runs
from the extracted jar with a JDK 25 AOT cache made by the launcher once per jar and JDK, with the serial collector.

## Interactive shell: time to prompt

| what | median (ms) |
|---|---|
| `./aikg` on a pseudo-terminal until `aikg> ` is shown (5 runs) | {sys.argv[3]} |
| ratio to Jena's `sparql` answering the query above | {int(sys.argv[3]) / 1000 / j['median']:.2f} |

Target: at most 1.0 times Jena's `sparql` answering one query. The prompt is shown before the store has finished
opening (in the background); Spring Shell starts from a JDK 25 AOT cache trained on a session.
"""
path = sys.argv[2]
try:
    old = open(path).read()
except FileNotFoundError:
    old = "# Benchmarks\n\nRun on demand, never part of `./mvnw verify`. Each section says the command that produced it.\n\n"
start = old.find("## Start-up: one query")
end = old.find("## ", old.find("## Interactive shell: time to prompt") + 3) if "## Interactive shell: time to prompt" in old else -1
head = old if start < 0 else old[:start]
tail = "" if start < 0 or end < 0 else old[end:]
open(path, "w").write(head.rstrip() + "\n\n" + table + ("\n" + tail if tail else ""))
print(table)
PY
