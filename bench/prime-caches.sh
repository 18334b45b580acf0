#!/usr/bin/env bash
# Makes the launcher's start-up caches (one for short commands, one trained on an import for long ones), which it
# otherwise makes on first use, so that no measured run pays for them. Called by the benchmark scripts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRIME="$(mktemp -d)"
trap 'rm -rf "$PRIME"' EXIT
"$ROOT/aikg" version >/dev/null
"$ROOT/aikg" generate --triples 1000 --seed 1 --out "$PRIME/prime.nq.gz" >/dev/null
"$ROOT/aikg" --store "$PRIME/store" load "$PRIME/prime.nq.gz" 2>"$PRIME/load.err" \
    || { echo "bench: priming the caches failed: $(tail -1 "$PRIME/load.err")" >&2; exit 1; }
