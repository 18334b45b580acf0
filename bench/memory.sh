#!/usr/bin/env bash
# Memory benchmark, run on demand (never by ./mvnw verify): aikg's in-memory store against the one it replaced (TDB2
# in memory with the union default graph), side by side in one run, with riot's parse time of the same file as the
# baseline. For each size and each store, one JVM (-Xmx$HEAP, serial collector) makes a new store holding the bundled
# graph, adds the generated graph in one write transaction, reads the live heap after a forced full collection, then
# runs each workload query RUNS times (median of the warm runs; the parameters each query declares on its first line
# bound by substitution, as aikg binds them). A run that fails or passes LIMIT seconds counts as "does not load".
#   MODE=store  (default) the file is parsed and each quad added as it comes: the store's own cost.
#   MODE=import the file goes through aikg's importer: parsed, validated against the shapes, all or nothing.
#   SIZES="1000000 5000000 10000000" RUNS=5 bench/memory.sh
# The tables go to BENCHMARKS.md (section "Memory"), or only to standard output with BENCHMARKS=-.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
SIZES="${SIZES:-1000000}"
RUNS="${RUNS:-5}"
HEAP="${HEAP:-4g}"
MODE="${MODE:-store}"
LIMIT="${LIMIT:-1800}"
STORES="${STORES:-mem tdb2}"
BENCHMARKS="${BENCHMARKS:-$ROOT/BENCHMARKS.md}"
SEED=42
JENA_VERSION=6.2.0
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}"
JAVA="$JAVA_HOME/bin/java"
mkdir -p "$WORK"

JENA="$WORK/apache-jena-$JENA_VERSION"
if [[ ! -x "$JENA/bin/riot" ]]; then
    curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/jena/apache-jena/$JENA_VERSION/apache-jena-$JENA_VERSION.tar.gz" | tar -xz -C "$WORK"
fi
"$ROOT/aikg" version >/dev/null
APP="$ROOT/shell/target/aikg-app/aikg.jar"

DRIVER="$WORK/MemoryBench.java"
cat > "$DRIVER" <<'JAVA'
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.aikg.core.load.Importer;
import org.aikg.core.load.Progress;
import org.aikg.core.load.Validator;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.query.Params;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Sparql;
import org.aikg.core.store.Bundle;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** One run: STORE(mem|tdb2) MODE(store|import) DATA PARAMS WORKLOAD-DIR RUNS; prints one tab-separated line. */
public class MemoryBench {
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        boolean validated = args[1].equals("import");
        Path data = Path.of(args[2]);
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("quads=")) {
                params.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        List<Path> queries;
        try (var files = Files.list(Path.of(args[4]))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        int runs = Integer.parseInt(args[5]);
        LocalStore store = switch (kind) {
            case "mem" -> LocalStore.inMemory();
            case "tdb2" -> {
                DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
                Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
                yield LocalStore.over(dsg, "TDB2 in memory");
            }
            default -> throw new IllegalArgumentException(kind);
        };
        long before = liveHeap();
        long start = System.nanoTime();
        long quads;
        if (validated) {
            quads = new Importer(store, new Validator(store)).load(data, Importer.language(data, null), null, Progress.NONE).quads();
        } else {
            DatasetGraph dsg = store.dataset();
            long[] count = {0};
            InputStream file = new BufferedInputStream(Files.newInputStream(data), 1 << 16);
            InputStream in = data.toString().endsWith(".gz") ? new GZIPInputStream(file, 1 << 16) : file;
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    dsg.add(quad);
                    count[0]++;
                }
            }));
            quads = count[0];
        }
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        long after = liveHeap();
        StringBuilder out = new StringBuilder(kind + "\t" + quads + "\t" + loadMs + "\t" + before + "\t" + after);
        QueryRunner runner = new QueryRunner(store);
        QueryPolicy policy = new QueryPolicy(Duration.ofMinutes(10), 0);
        for (Path file : queries) {
            String text = Files.readString(file);
            Query query = Sparql.parseQuery(text);
            List<String> declared = declared(text);
            Map<String, Node> bound = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                if (declared.contains(name)) {
                    bound.put(name, Params.toNode(name, value, "any", query.getPrefixMapping()));
                }
            });
            long[] micros = new long[runs + 1];
            for (int r = 0; r <= runs; r++) {
                long t0 = System.nanoTime();
                runner.select(query, bound, policy);
                micros[r] = (System.nanoTime() - t0) / 1_000;
            }
            long[] warm = Arrays.copyOfRange(micros, 1, runs + 1);
            Arrays.sort(warm);
            String name = file.getFileName().toString();
            out.append('\t').append(name, 0, name.length() - 3).append('=').append(warm[(runs - 1) / 2] / 1000.0);
        }
        System.out.println(out);
    }

    /** The parameters a workload query declares on its first line: {@code # ... Parameters: a, b} (or none). */
    private static List<String> declared(String text) {
        String first = text.lines().findFirst().orElse("");
        int at = first.indexOf("Parameters:");
        return at < 0 ? List.of() : Arrays.stream(first.substring(at + 11).split(",")).map(String::strip).toList();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
JAVA

RESULTS="$WORK/memory.tsv"
if [[ -z "${REPORT_ONLY:-}" ]]; then
: > "$RESULTS"
for N in $SIZES; do
    DATA="$WORK/aikg-$N.nq.gz"
    PARAMS="$WORK/aikg-$N.params"
    [[ -f "$DATA" && -f "$PARAMS" ]] || "$ROOT/aikg" generate --triples "$N" --seed "$SEED" --out "$DATA" > "$PARAMS"
    riot_s="$("$JENA/bin/riot" --time --sink "$DATA" 2>&1 >/dev/null | sed -n 's/.* : \([0-9.]*\) sec : .*/\1/p' | tail -1)"
    echo -e "riot\t$N\t$riot_s" >> "$RESULTS"
    for STORE in $STORES; do
        ERR="$WORK/memory-$STORE-$N.err"
        line=""
        if timeout "$LIMIT" /usr/bin/time -o "$WORK/memory-time.txt" -f "%e %M" "$JAVA" -Xmx"$HEAP" -XX:+UseSerialGC \
                -XX:+ExitOnOutOfMemoryError -cp "$APP" "$DRIVER" "$STORE" "$MODE" "$DATA" "$PARAMS" "$ROOT/bench/workload" "$RUNS" \
                > "$WORK/memory-$STORE-$N.out" 2> "$ERR"; then
            line="$(tail -1 "$WORK/memory-$STORE-$N.out")"
        fi
        read -r secs kb < <(tail -1 "$WORK/memory-time.txt" 2>/dev/null || echo "- -") || true
        if [[ -n "$line" ]]; then
            echo -e "run\t$N\tyes\t$kb\t$line" >> "$RESULTS"
        else
            why="$(grep -v -e '^$' -e '^\s*at ' "$ERR" | tail -1 | tr '\t' ' ' | cut -c1-120)"
            echo -e "run\t$N\tno\t$kb\t$STORE\t${why:-no result within $LIMIT s}" >> "$RESULTS"
        fi
    done
done
fi

/usr/bin/python3 - "$RESULTS" "$BENCHMARKS" "$SIZES" "$HEAP" "$MODE" "$RUNS" <<'PY'
import collections, datetime, math, os, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
path, sizes, heap, mode, runs = sys.argv[2:7]
names = {"mem": "aikg in-memory store", "tdb2": "TDB2 in memory (before)"}
riot = {r[1]: float(r[2]) for r in rows if r[0] == "riot" and len(r) > 2 and r[2]}
how = {"store": "parsed and added quad by quad in one write transaction",
       "import": "aikg's importer: parsed, validated against the shapes, all or nothing"}[mode]
out = [f"## Memory: the in-memory store with a {heap} heap\n",
       f"Measured {datetime.date.today().isoformat()}, same machine. Command: `MODE={mode} SIZES=\"{sizes}\" RUNS={runs} "
       f"bench/memory.sh` (one JVM per store and size, `-Xmx{heap} -XX:+UseSerialGC`; the generated graph {how}; "
       "live heap after a forced full collection, with the bundled graph and Jena's own state before the import "
       "subtracted for the bytes per triple; riot: `riot --time --sink` on the same file, its own timing, JVM start "
       "excluded).\n",
       "| triples | store | loads | load (s) | load / riot parse | live heap (MB) | bytes per triple | peak RSS (MB) |",
       "|---|---|---|---|---|---|---|---|"]
queries = collections.defaultdict(dict)
for r in rows:
    if r[0] != "run":
        continue
    n, ok, kb = r[1], r[2], r[3]
    rss = f"{int(kb) // 1024:,}" if kb.isdigit() else "—"
    if ok == "no":
        out.append(f"| {int(n):,} | {names.get(r[4], r[4])} | no: {r[5] if len(r) > 5 else ''} | | | | | {rss} |")
        continue
    kind, quads, load_ms, before, after = r[4], int(r[5]), int(r[6]), int(r[7]), int(r[8])
    ratio = f"{load_ms / 1000 / riot[n]:.1f}" if riot.get(n) else "—"
    out.append(f"| {quads:,} | {names[kind]} | yes | {load_ms / 1000:.1f} | {ratio} | {after // 2**20:,} | "
               f"{(after - before) / quads:.0f} | {rss} |")
    for cell in r[9:]:
        q, ms = cell.split("=")
        queries[(n, q)][kind] = float(ms)
for n, s in riot.items():
    out.append(f"| {int(n):,} | riot parse (baseline) | | {s:.1f} | 1.0 | | | |")
out += ["", f"Workload queries on the same stores (milliseconds, median of {runs} warm runs after one cold run):\n",
        "| triples | query | aikg in-memory store | TDB2 in memory | ratio |", "|---|---|---|---|---|"]
ratios = collections.defaultdict(list)
for (n, q), v in sorted(queries.items(), key=lambda kv: (int(kv[0][0]), kv[0][1])):
    m, t = v.get("mem"), v.get("tdb2")
    ratio = f"{m / t:.2f}" if m and t else "—"
    if m and t:
        ratios[n].append(m / t)
    out.append(f"| {int(n):,} | {q} | {m if m is not None else '—'} | {t if t is not None else '—'} | {ratio} |")
for n, xs in ratios.items():
    out.append(f"| {int(n):,} | **geometric mean** | | | **{math.exp(sum(map(math.log, xs)) / len(xs)):.2f}** |")
text = "\n".join(out) + "\n"
if path != "-":
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(path)), "bench"))
    from section import put
    put(path, "## Memory: the in-memory store", text)
print(text)
PY
