#!/usr/bin/env bash
# Inkstone newsroom benchmark (issue 9): while the article page is under wrk load, an admin publishes articles in
# a row through the newsroom API (create, then the publish transition). Reports the page's rate with and without
# publishing (medians of interleaved rounds: unloaded, loaded, unloaded, ...) and, for each article, the time from
# its publish response until the same node's search API finds it. Needs wrk, curl, python3. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=bench/out/newsroom
mkdir -p "$OUT"

HTTP_PORT=${BENCH_HTTP_PORT:-8090}
DB_PORT=${BENCH_DB_PORT:-3309}
THREADS=${BENCH_THREADS:-2}
CONNS=${BENCH_CONNECTIONS:-32}
XMX=${BENCH_XMX:-1g}
UP_TIMEOUT=${BENCH_UP_TIMEOUT:-300}
ROUNDS=${BENCH_ROUNDS:-5}
ARTICLES=${BENCH_PUBLISH:-100}
ROUND_SECONDS=${BENCH_ROUND_SECONDS:-10}
WARMUP=${BENCH_WARMUP:-60s}
PAGE_ID=${BENCH_PAGE_ID:-1}
# -o (offline, the default) needs every plugin of the run profile in ~/.m2; BENCH_MVN_OFFLINE= lets the first run fetch them
MVN_OFFLINE=${BENCH_MVN_OFFLINE--o}
TOKEN="bench-$$-$RANDOM$RANDOM"
ADMIN_PASSWORD="bench-admin-$TOKEN"
BASE="http://127.0.0.1:$HTTP_PORT"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
SERVER_PGID=""
DATA_DIR=""

# shellcheck source=bench/lib.sh
source bench/lib.sh  # (the working directory is the checkout root, see the cd above)

say() { echo "$*" | tee -a "$SUMMARY"; }

cleanup() {
    local rc=$?
    [[ -n "${PUBLISHER_PID:-}" ]] && kill "$PUBLISHER_PID" 2>/dev/null || true
    stop_server
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server newsroom
say "Inkstone newsroom benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores; server up after $SERVER_UP_SECONDS s"
staff_sessions

PAGE="$BASE/articles/$PAGE_ID"
echo "-- warm-up GET /articles/$PAGE_ID ($WARMUP) and one publish"
wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$PAGE" > "$OUT/wrk-warmup.txt"
python3 bench/newsroom_publish.py "$BASE" "$AUTHOR_SID" "$SID" 1 "W$$" > "$OUT/publish-warmup.txt"

per_round=$(( (ARTICLES + ROUNDS - 1) / ROUNDS ))
left=$ARTICLES
: > "$OUT/publish.txt"
UNLOADED=()
LOADED=()
for r in $(seq 1 "$ROUNDS"); do
    wrk -t"$THREADS" -c"$CONNS" -d"${ROUND_SECONDS}s" "$PAGE" > "$OUT/wrk-unloaded-$r.txt"
    UNLOADED+=("$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk-unloaded-$r.txt")")
    n=$(( left < per_round ? left : per_round ))
    left=$(( left - n ))
    # the publisher runs during the loaded window only: it starts with wrk and the window lasts until it is done
    python3 bench/newsroom_publish.py "$BASE" "$AUTHOR_SID" "$SID" "$n" "R$r$$" >> "$OUT/publish.txt" &
    PUBLISHER_PID=$!
    t0=$(date +%s.%N)
    wrk -t"$THREADS" -c"$CONNS" -d"${ROUND_SECONDS}s" "$PAGE" > "$OUT/wrk-loaded-$r.txt"
    wait "$PUBLISHER_PID"; PUBLISHER_PID=""
    t1=$(date +%s.%N)
    LOADED+=("$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk-loaded-$r.txt")")
    say "round $r: unloaded ${UNLOADED[-1]} req/s, while publishing $n articles ${LOADED[-1]} req/s ($(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s incl. the wait for search)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
mu=$(median "${UNLOADED[@]}")
ml=$(median "${LOADED[@]}")
say "article page: median unloaded $mu req/s, median while publishing $ml req/s: $(awk -v a="$ml" -v b="$mu" 'BEGIN {printf "%.1f", 100*a/b}') % (goal >= 80 %)"
python3 - "$OUT/publish.txt" <<'PY' | tee -a "$SUMMARY"
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l.strip() != "done"]
timeouts = sum(1 for r in rows if r[2] == "timeout")
done = [r for r in rows if r[2] != "timeout"]
pub = sorted(float(r[1]) for r in done)
found = sorted(float(r[2]) for r in done)
q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))]
print("publications: %d (search timeouts %d); publish call median %.0f ms, p90 %.0f ms"
      % (len(done), timeouts, statistics.median(pub), q(pub, 0.9)))
print("found by search after the publish response: median %.0f ms, p90 %.0f ms, max %.0f ms; within 1 s: %d of %d"
      % (statistics.median(found), q(found, 0.9), found[-1], sum(1 for f in found if f <= 1000), len(done)))
PY
