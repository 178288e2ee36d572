#!/usr/bin/env bash
# Inkstone load benchmark. Part A: the corpus as shipped (seed + zh-news). Part B: a 100k-article synthetic
# corpus (import rate, full reindex time, search latency). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=bench/out
mkdir -p "$OUT"

HTTP_PORT=${BENCH_HTTP_PORT:-8090}
DB_PORT=${BENCH_DB_PORT:-3309}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
THREADS=${BENCH_THREADS:-2}
CONNS=${BENCH_CONNECTIONS:-32}
XMX_A=${BENCH_XMX:-1g}
XMX_B=${BENCH_XMX_100K:-2g}
ARTICLES=${BENCH_ARTICLES:-100000}
UP_TIMEOUT_A=${BENCH_UP_TIMEOUT:-300}
UP_TIMEOUT_B=${BENCH_UP_TIMEOUT_100K:-3000}
PARTS=${BENCH_PARTS:-AB}
SHIPPED_IDS=1164
TOKEN="bench-$$-$RANDOM$RANDOM"
BASE="http://127.0.0.1:$HTTP_PORT"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"

SERVER_PGID=""
DATA_DIR=""

say() { echo "$*" | tee -a "$SUMMARY"; }

# Stops the server started by start_server: its process group (mvn, mariadbd, Payara), then anything still
# running with our data dir on its command line.
stop_server() {
    if [[ -n "$SERVER_PGID" ]]; then
        kill -TERM -- "-$SERVER_PGID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 -- "-$SERVER_PGID" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$SERVER_PGID" 2>/dev/null || true
        SERVER_PGID=""
    fi
    if [[ -n "$DATA_DIR" ]]; then
        local pids
        pids=$(ps -eo pid=,args= | grep -F -- "$DATA_DIR" | grep -v grep | awk '{print $1}' || true)
        [[ -n "$pids" ]] && kill -KILL $pids 2>/dev/null || true
        rm -rf "$DATA_DIR"
        DATA_DIR=""
    fi
}
cleanup() {
    local rc=$?
    stop_server
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server NAME IMPORT_FILES XMX TIMEOUT_SECONDS: runs `mvn -Prun package` in its own process group with a
# fresh data dir, waits for "Inkstone is up" and for the background related warm-up.
start_server() {
    local name=$1 files=$2 xmx=$3 timeout=$4
    DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inkstone-bench-$name.XXXXXX")
    SERVER_LOG="$OUT/server-$name.log"
    echo "== starting server ($name): data $DATA_DIR, -Xmx$xmx, import $files, log $SERVER_LOG"
    INKSTONE_ADMIN_TOKEN="$TOKEN" setsid mvn -o -B -Prun package \
        -Dinkstone.http.port="$HTTP_PORT" -Dinkstone.run.db.port="$DB_PORT" -Dinkstone.data="$DATA_DIR" \
        -Dinkstone.import.files="$files" -Dinkstone.run.xmx="$xmx" > "$SERVER_LOG" 2>&1 < /dev/null &
    SERVER_PGID=$!
    local start=$SECONDS
    until grep -q "Inkstone is up" "$SERVER_LOG"; do
        if ! kill -0 "$SERVER_PGID" 2>/dev/null; then
            echo "server exited before it was up; last log lines:" >&2
            tail -n 40 "$SERVER_LOG" >&2
            exit 1
        fi
        if (( SECONDS - start > timeout )); then
            echo "server not up after ${timeout}s; last log lines:" >&2
            tail -n 40 "$SERVER_LOG" >&2
            exit 1
        fi
        sleep 2
    done
    say "server ($name) up after $((SECONDS - start)) s (build + DB + deploy + import + index)"
    # The related lists of the newest articles are computed in the background after start; measuring
    # during that would mix the warm-up into every figure.
    until grep -q "related lists of the newest" "$SERVER_LOG"; do
        if (( SECONDS - start > timeout )); then
            echo "related warm-up not finished after ${timeout}s; measuring anyway" >&2
            break
        fi
        sleep 2
    done
    say "related warm-up done after $((SECONDS - start)) s: $(grep -o 'related lists of the newest.*' "$SERVER_LOG" | head -1)"
}

server_java_pid() {
    ps -o pid=,args= -g "$SERVER_PGID" | awk '/java/ && /payara-micro/ && /-jar/ {print $1; exit}'
}

# Heap (as is, and live set after a full GC) and RSS of the Payara JVM.
report_memory() {
    local label=$1 pid heap live rss
    pid=$(server_java_pid)
    if [[ -z "$pid" ]]; then say "$label: Payara JVM not found"; return; fi
    heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -E 'total .*used' | sed 's/^ *//' || true)
    jcmd "$pid" GC.run > /dev/null 2>&1 || true
    live=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -E 'total .*used' | sed 's/^ *//' || true)
    rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')
    say "$label heap (pid $pid): $heap"
    say "$label heap after full GC: $live"
    say "$label RSS: $rss"
}

TABLE_ROWS=()
declare -A RPS
# bench KEY LABEL PATH [SCRIPT [SCRIPT ARGS...]]
bench() {
    local key=$1 label=$2 path=$3 script=${4:-}
    shift 3; [[ $# -gt 0 ]] && shift
    local sargs=()
    [[ -n "$script" ]] && sargs=(-s "$script")
    local extra=()
    [[ $# -gt 0 ]] && extra=(-- "$@")
    echo "-- warm-up $label ($WARMUP)"
    wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "${sargs[@]}" "$BASE$path" "${extra[@]}" > "$OUT/wrk-$key-warmup.txt"
    echo "-- measure $label ($DURATION)"
    wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${sargs[@]}" "$BASE$path" "${extra[@]}" > "$OUT/wrk-$key.txt"
    local f="$OUT/wrk-$key.txt" rps p50 p90 p99 bad errs
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
    p50=$(awk '$1=="50%" {print $2}' "$f")
    p90=$(awk '$1=="90%" {print $2}' "$f")
    p99=$(awk '$1=="99%" {print $2}' "$f")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f"); bad=${bad:-0}
    errs=$(awk '/Socket errors:/ {sub(/.*Socket errors: /,""); print}' "$f"); errs=${errs:-none}
    RPS[$key]=$rps
    TABLE_ROWS+=("$(printf '%-30s %10s %9s %9s %9s %8s  %s' "$label" "$rps" "$p50" "$p90" "$p99" "$bad" "$errs")")
}

print_table() {
    say "$(printf '%-30s %10s %9s %9s %9s %8s  %s' endpoint 'req/s' p50 p90 p99 non2xx 'socket errors')"
    local r
    for r in "${TABLE_ROWS[@]}"; do say "$r"; done
    TABLE_ROWS=()
}

say "Inkstone benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, wrk -t$THREADS -c$CONNS -d$DURATION (warm-up $WARMUP)"

# ---------------------------------------------------------------- Part A: corpus as shipped
if [[ $PARTS == *A* ]]; then
    say ""
    say "== Part A: corpus as shipped (seed + zh-news, ids 1..$SHIPPED_IDS)"
    start_server shipped "$ROOT/../shared/data/seed/article.json,$ROOT/../shared/data/zh-news/news.jsonl" "$XMX_A" "$UP_TIMEOUT_A"
    grep -E "import [^ ]+: " "$SERVER_LOG" | sed 's/^/   /' | tee -a "$SUMMARY" || true
    bench ping "GET /api/ping" /api/ping
    bench page "GET /articles/{random id}" / bench/random_id.lua /articles/ "$SHIPPED_IDS"
    bench json "GET /api/articles/{random id}" / bench/random_id.lua /api/articles/ "$SHIPPED_IDS"
    say "sample search 房价: $(curl -sS -m 30 "$BASE/api/search?q=%E6%88%BF%E4%BB%B7" | head -c 200)"
    bench search "GET /api/search?q={20 queries}" / bench/search.lua
    print_table
    say "$(awk -v a="${RPS[page]}" -v p="${RPS[ping]}" 'BEGIN {printf "ratio article page / ping: %.3f", a / p}')"
    say "$(awk -v a="${RPS[json]}" -v p="${RPS[ping]}" 'BEGIN {printf "ratio article JSON / ping: %.3f", a / p}')"
    report_memory "Part A"
    stop_server
fi

# ---------------------------------------------------------------- Part B: 100k synthetic articles
if [[ $PARTS == *B* ]]; then
    say ""
    say "== Part B: $ARTICLES synthetic articles (recombined zh-news sentences)"
    CORPUS="$OUT/synth-$ARTICLES.jsonl"
    if [[ ! -s "$CORPUS" ]]; then
        python3 bench/gen_corpus.py ../shared/data/zh-news/news.jsonl "$CORPUS" "$ARTICLES"
    fi
    say "corpus: $CORPUS ($(du -h "$CORPUS" | cut -f1), $(wc -l < "$CORPUS") lines)"
    start_server synth "$ROOT/$CORPUS" "$XMX_B" "$UP_TIMEOUT_B"
    grep -E "import [^ ]+: .*records/s\)|reindex done|full rebuild" "$SERVER_LOG" | sed 's/^/   /' | tee -a "$SUMMARY" || true
    # a fresh data dir means the start-up already did one full rebuild ("reindex done" above)
    report_memory "Part B after start-up"
    if [[ ${BENCH_ADMIN_REBUILD:-1} == 1 ]]; then
        echo "-- POST /api/admin/index/rebuild (curl timeout ${BENCH_REBUILD_TIMEOUT:-1500} s)"
        t0=$(date +%s.%N)
        rebuilt=$(curl -sS -m "${BENCH_REBUILD_TIMEOUT:-1500}" -X POST -H "Authorization: Bearer $TOKEN" \
            -w ' HTTP %{http_code}' "$BASE/api/admin/index/rebuild" 2>&1 || true)
        t1=$(date +%s.%N)
        say "admin full reindex: $rebuilt; wall $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s (target <= 90 s)"
    fi
    say "sample search 房价: $(curl -sS -m 30 "$BASE/api/search?q=%E6%88%BF%E4%BB%B7" | head -c 200)"
    bench search100k "GET /api/search?q={20 queries}" / bench/search.lua
    bench page100k "GET /articles/{random id}" / bench/random_id.lua /articles/ "$ARTICLES"
    print_table
    say "(search p99 target at $ARTICLES articles: <= 20 ms)"
    report_memory "Part B"
    stop_server
fi

say ""
say "summary written to $SUMMARY"
