#!/usr/bin/env bash
# R9 fuzzing: a coverage-guided campaign (Jazzer, which drives libFuzzer on the JVM) on every entry point of the facade
# that takes outside input: SPARQL queries and updates, an RDF file in each of six syntaxes, a CSV table through the
# shipped Epoch mapping and through a small mapping of the tests, and a mapping file's own text. The contract: any
# input is taken or refused with one line and a kind (AikgException), never another exception, never a hang, and a
# refused write leaves the store as it was (org.aikg.core.fuzz.Contract and EntryPoints).
#   reliability/fuzz.sh                          MINUTES=10 per target, all targets, one after the other
#   TARGETS="query turtle" MINUTES=3 reliability/fuzz.sh
# Prints per target: executions, their rate, coverage (libFuzzer's count of covered edges), corpus size, findings.
# Every distinct finding (a crash, an input slower than TIMEOUT seconds, running out of memory) is copied into
# core/src/test/resources/fuzz/<target>/, where the build replays it. The growing corpus and the logs stay in
# reliability/work/fuzz, so a second campaign starts where the first stopped. MAVEN_ARGS=-o builds offline.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/reliability/work/fuzz"
MINUTES="${MINUTES:-10}"
TIMEOUT="${TIMEOUT:-60}"
MAX_LEN="${MAX_LEN:-16384}"
KEEP_GOING="${KEEP_GOING:-20}"
TARGETS="${TARGETS:-query update turtle trig ntriples nquads jsonld rdfxml csv-epoch csv-releases mapping}"
SEEDS="$ROOT/core/src/test/resources/fuzz"
mkdir -p "$WORK"

java_at_least_21() {
    local release="$(dirname "$(dirname "$(readlink -f "$1")")")/release" major
    [[ -f "$release" ]] || return 1
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
    (( ${major:-0} >= 21 ))
}
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [[ -n "$candidate" && -x "$candidate" ]] && java_at_least_21 "$candidate"; then JAVA="$candidate"; break; fi
done
[[ -n "$JAVA" ]] || { echo "fuzz: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }

echo "fuzz: building the tests and their class path" >&2
(cd "$ROOT" && ./mvnw -q -B -pl core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test) >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log" >&2; exit 1; }
CLASSPATH="$ROOT/core/target/test-classes:$ROOT/core/target/classes:$(cat "$WORK/classpath")"

fuzz_test() {  # the JUnit fuzz test of a target: class and method
    case "$1" in
        query|update) echo "QueryFuzzTest $1" ;;
        turtle|trig|ntriples|nquads|jsonld|rdfxml) echo "RdfImportFuzzTest $1" ;;
        csv-epoch) echo "TableImportFuzzTest epochCsv" ;;
        csv-releases) echo "TableImportFuzzTest releasesCsv" ;;
        mapping) echo "TableImportFuzzTest mapping" ;;
        *) echo "fuzz: unknown target $1; use: query update turtle trig ntriples nquads jsonld rdfxml csv-epoch csv-releases mapping" >&2; return 2 ;;
    esac
}

printf 'target\tminutes\texecutions\texec/s\tcoverage\tcorpus\tfindings\n' > "$WORK/summary.tsv"
printf '%-13s %8s %12s %8s %9s %7s %9s\n' target minutes executions exec/s coverage corpus findings
for target in $TARGETS; do
    read -r class method < <(fuzz_test "$target")
    dir="$WORK/$target"
    mkdir -p "$dir/corpus" "$dir/findings"
    before="$(ls "$dir/findings" | wc -l)"
    (cd "$dir" && "$JAVA" -XX:+EnableDynamicAgentLoading -Xmx2g -cp "$CLASSPATH" com.code_intelligence.jazzer.Jazzer \
        --target_class="org.aikg.core.fuzz.$class" --target_method="$method" \
        --instrumentation_includes='org.aikg.**:org.apache.jena.**:com.apicatalog.**:org.glassfish.json.**:org.apache.commons.csv.**' \
        --instrumentation_excludes='org.apache.jena.tdb2.**:org.apache.jena.dboe.**:org.apache.jena.riot.thrift.**:org.aikg.core.fuzz.**' \
        --custom_hook_includes='org.aikg.**:org.apache.jena.**' \
        --disabled_hooks='com.code_intelligence.jazzer.sanitizers.RegexRoadblocks:com.code_intelligence.jazzer.sanitizers.ServerSideRequestForgery:com.code_intelligence.jazzer.sanitizers.OsCommandInjection' \
        --keep_going="$KEEP_GOING" --reproducer_path="$dir" \
        -max_total_time=$((MINUTES * 60)) -timeout="$TIMEOUT" -max_len="$MAX_LEN" -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$dir/findings/" "$dir/corpus") >"$dir/log" 2>&1 || true
    executions="$(grep -a '^stat::number_of_executed_units' "$dir/log" | tail -1 | awk '{print $2}')"
    rate="$(grep -a '^stat::average_exec_per_sec' "$dir/log" | tail -1 | awk '{print $2}')"
    coverage="$(grep -a -o 'cov: [0-9]*' "$dir/log" | tail -1 | awk '{print $2}')"
    corpus="$(ls "$dir/corpus" | wc -l)"
    new=0
    for finding in "$dir"/findings/*; do
        [[ -f "$finding" ]] || continue
        mkdir -p "$SEEDS/$target"
        if [[ ! -f "$SEEDS/$target/$(basename "$finding")" ]]; then
            cp "$finding" "$SEEDS/$target/"
            new=$((new + 1))
        fi
    done
    findings="$(( $(ls "$dir/findings" | wc -l) - before ))"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$MINUTES" "${executions:-0}" "${rate:-0}" "${coverage:-0}" "$corpus" "$findings" >> "$WORK/summary.tsv"
    printf '%-13s %8s %12s %8s %9s %7s %9s\n' "$target" "$MINUTES" "${executions:-0}" "${rate:-0}" "${coverage:-0}" "$corpus" "$findings"
    if (( findings > 0 )); then
        grep -a '^== Java Exception' "$dir/log" | sort | uniq -c | sed 's/^/    /' | cut -c1-240
        echo "    $new new finding(s) kept in core/src/test/resources/fuzz/$target/; log: $dir/log"
    fi
done
