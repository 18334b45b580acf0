#!/usr/bin/env bash
# Makes the README's pictures: the profile page of DeepSeek-V3, its neighbourhood graph, and the training-compute
# chart of Epoch AI's notable models, rendered by headless Chromium from what `aikg serve` and `aikg chart` produce.
#   docs/screenshots.sh          (needs chromium; writes docs/img/*.png)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/docs/img"
WORK="$(mktemp -d)"
PORT="${PORT:-3397}"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v chromium >/dev/null || { echo "screenshots: needs chromium (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$OUT"

shot() {  # shot URL FILE WIDTH HEIGHT
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$WORK/chrome" \
        --screenshot="$2" --window-size="$3,$4" "$1" >/dev/null 2>&1
}

"$ROOT/aikg" chart compute-over-time --out "$WORK/compute.svg"
"$ROOT/aikg" picture DeepSeek-V3 --out "$WORK/deepseek-v3.svg"
"$ROOT/aikg" serve --port "$PORT" 2>/dev/null &
SERVER=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

shot "http://127.0.0.1:$PORT/doc/deepseek-v3.html" "$OUT/profile-deepseek-v3.png" 1200 1500
shot "file://$WORK/deepseek-v3.svg" "$OUT/picture-deepseek-v3.png" 1000 620
shot "file://$WORK/compute.svg" "$OUT/chart-compute.png" 900 540
ls -la "$OUT"
