#!/usr/bin/env bash
# Figures of the two-node set-up for the README (issue 12); run by `bench/cluster.sh bench` on a cluster that is
# up (best a fresh one: `bench/cluster.sh up` drops the database, so no article is withdrawn) on a quiet machine.
#
# 1. Throughput, same run: wrk (bench/random_id.lua: GET /articles/{random id 1..1164}, a browser User-Agent, no
#    cookie) and GET /api/ping, through nginx to both nodes (CLUSTER_PORT) and through nginx to node A alone
#    (CLUSTER_PORT+3), at 4 and 32 connections, in two rounds of opposite order; a warm-up (CLUSTER_BENCH_WARMUP, 30s)
#    per target and path, then CLUSTER_BENCH_DURATION (20s) each with --latency; prints req/s, p50, p99 and
#    non-2xx/3xx answers (an article withdrawn by `cluster.sh check` answers 410: a few per run).
# 2. CPU per 1,000 publishes: utime + stime of each node's JVM (/proc/<pid>/stat, clock ticks) over an idle window
#    of CLUSTER_BENCH_IDLE seconds (20) and over CLUSTER_BENCH_PUBLISHES (1000) publishes through node A
#    (bench/syndication_publish.py: a reporter creates, the admin publishes), until node B's search finds the
#    last one (its index follows the outbox); prints CPU seconds per node per 1,000 publishes, idle rate, and
#    node B's (the index follower's) figure separately.
# Output: stdout and CLUSTER_DIR/bench/ (raw wrk output, publish log, summary.txt).
set -euo pipefail
ROOT=${CLUSTER_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
DIR=${CLUSTER_DIR:-$ROOT/target/cluster}
# shellcheck disable=SC1091
source "$DIR/cluster.env"
OUT=$DIR/bench
mkdir -p "$OUT"
SUMMARY=$OUT/summary.txt
: > "$SUMMARY"
WARMUP=${CLUSTER_BENCH_WARMUP:-30s}
DURATION=${CLUSTER_BENCH_DURATION:-20s}
THREADS=${CLUSTER_BENCH_THREADS:-2}
PUBLISHES=${CLUSTER_BENCH_PUBLISHES:-1000}
IDLE=${CLUSTER_BENCH_IDLE:-20}
IDS=${CLUSTER_BENCH_IDS:-1164}
TOKEN=$(cat "$DIR/admin-token")
ADMIN_PASSWORD=$(cat "$DIR/admin-password")
A=http://127.0.0.1:$CLUSTER_PORT_A
B=http://127.0.0.1:$CLUSTER_PORT_B
HZ=$(getconf CLK_TCK)

say() { echo "$*" | tee -a "$SUMMARY"; }

# to_ms LATENCY: wrk's figure ("850.00us", "12.34ms", "1.02s") in milliseconds
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# run_wrk KEY URL CONNS [SCRIPT ARGS..]: one measured run; prints one summary line
run_wrk() {
    local key=$1 url=$2 conns=$3 f script=()
    shift 3
    if (( $# > 0 )); then script=(-s "$1"); shift; fi
    f=$OUT/wrk-$(echo "$key" | tr -c 'A-Za-z0-9\n' '_')-c$conns-r${round:-1}.txt
    if (( $# > 0 )); then
        wrk -t"$THREADS" -c"$conns" -d"$DURATION" --latency "${script[@]}" "$url" -- "$@" > "$f"
    else
        wrk -t"$THREADS" -c"$conns" -d"$DURATION" --latency "${script[@]}" "$url" > "$f"
    fi
    local rps p50 p99 bad errs
    rps=$(awk '/^Requests\/sec/ {print $2}' "$f")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
    bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")
    errs=$(awk '/Socket errors:/ {print}' "$f")
    say "$(printf '%-34s %3d conns: %9s req/s  p50 %8s ms  p99 %8s ms%s%s' "$key" "$conns" "$rps" "$p50" "$p99" \
        "${bad:+  non-2xx/3xx $bad}" "${errs:+  ($errs)}")"
}

pid_of() { local p; p=$(cat "$DIR/node-$1.pid" 2>/dev/null || true); [[ -n $p ]] && kill -0 "$p" 2>/dev/null && echo "$p"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # utime + stime of the process (all its threads)

PID_A=$(pid_of A) || { echo "node A is not running" >&2; exit 1; }
PID_B=$(pid_of B) || { echo "node B is not running" >&2; exit 1; }

say "cluster bench $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS, warm-up $WARMUP, $DURATION per run"
say "-- throughput: nginx -> A+B (:$CLUSTER_PORT) and nginx -> A only (:$CLUSTER_PORT_ONE)"
for target in "A+B via nginx|$CLUSTER_PORT" "A only via nginx|$CLUSTER_PORT_ONE"; do
    name=${target%%|*}
    port=${target##*|}
    wrk -t"$THREADS" -c32 -d"$WARMUP" -s "$ROOT/bench/random_id.lua" "http://127.0.0.1:$port/" -- /articles/ "$IDS" > "$OUT/warmup-page-$port.txt"
    wrk -t"$THREADS" -c32 -d"$WARMUP" "http://127.0.0.1:$port/api/ping" > "$OUT/warmup-ping-$port.txt"
done
# Two rounds in opposite orders (A+B first, then A alone first), so that neither set-up always meets the JVMs
# and caches warmer than the other: the first runs after start-up still see JIT compilation on node B.
for round in 1 2; do
    if (( round == 1 )); then order=("A+B via nginx|$CLUSTER_PORT" "A only via nginx|$CLUSTER_PORT_ONE");
    else order=("A only via nginx|$CLUSTER_PORT_ONE" "A+B via nginx|$CLUSTER_PORT"); fi
    say "round $round"
    for conns in 4 32; do
        for target in "${order[@]}"; do
            name=${target%%|*}
            port=${target##*|}
            run_wrk "page, $name" "http://127.0.0.1:$port/" "$conns" "$ROOT/bench/random_id.lua" /articles/ "$IDS"
            run_wrk "ping, $name" "http://127.0.0.1:$port/api/ping" "$conns"
        done
    done
done

rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
heap_used_mb() { jcmd "$1" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total [0-9]+K, used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit}}'; }
say "memory after the throughput runs: node A RSS $(rss_mib "$PID_A") MiB (heap used $(heap_used_mb "$PID_A") MB), node B RSS $(rss_mib "$PID_B") MiB (heap used $(heap_used_mb "$PID_B") MB)"

say "-- CPU per $PUBLISHES publishes through node A (utime+stime from /proc/<pid>/stat, $HZ ticks/s)"
ia0=$(cpu_ticks "$PID_A"); ib0=$(cpu_ticks "$PID_B")
sleep "$IDLE"
ia1=$(cpu_ticks "$PID_A"); ib1=$(cpu_ticks "$PID_B")
say "$(awk -v a="$((ia1 - ia0))" -v b="$((ib1 - ib0))" -v t="$IDLE" -v hz="$HZ" 'BEGIN {
    printf "idle: A %.3f CPU s/s, B %.3f CPU s/s (over %d s)", a / hz / t, b / hz / t, t }')"

# the admin publishes, a new reporter writes (nobody publishes a version they wrote); log-ins go through A
# (bench/lib.sh's login, which posts to $BASE)
source "$(dirname "$0")/lib.sh"
BASE=$A
ADMIN_SID=$(login admin "$ADMIN_PASSWORD")
TAG=$(date +%s)
REPORTER=benchrep$TAG
REPORTER_PASSWORD=bench-reporter-$TAG-$RANDOM
code=$(curl -sS -m 60 -o "$OUT/reporter.json" -w '%{http_code}' -b "$ADMIN_SID" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$REPORTER\",\"displayName\":\"基准记者$TAG\",\"password\":\"$REPORTER_PASSWORD\",\"roles\":[\"reporter\"]}" \
    "$A/api/admin/accounts")
[[ $code == 201 ]] || { echo "creating the reporter failed: HTTP $code $(cat "$OUT/reporter.json")" >&2; exit 1; }
AUTHOR_SID=$(login "$REPORTER" "$REPORTER_PASSWORD")

pa0=$(cpu_ticks "$PID_A"); pb0=$(cpu_ticks "$PID_B")
t0=$(date +%s.%N)
python3 "$ROOT/bench/syndication_publish.py" "$A" "$AUTHOR_SID" "$ADMIN_SID" "$PUBLISHES" "c$TAG" tech > "$OUT/publish.txt"
t1=$(date +%s.%N)
grep -q '^done' "$OUT/publish.txt" || { echo "publishing stopped early; see $OUT/publish.txt" >&2; exit 1; }
last_word=$(printf '分发基准%s号%05d' "c$TAG" "$((PUBLISHES - 1))")
last_id=$(awk '$1 ~ /^[0-9]+$/ {v = $1} END {print v}' "$OUT/publish.txt")
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$last_word")
until curl -s -m 10 "$B/api/search?q=$q" | grep -q "\"id\":$last_id[,}]"; do
    if awk -v a="$t1" -v b="$(date +%s.%N)" 'BEGIN {exit !(b - a > 120)}'; then echo "node B's search never found article $last_id" >&2; exit 1; fi
    sleep 0.2
done
t2=$(date +%s.%N)
pa1=$(cpu_ticks "$PID_A"); pb1=$(cpu_ticks "$PID_B")
say "$(awk -v a="$((pa1 - pa0))" -v b="$((pb1 - pb0))" -v ia="$((ia1 - ia0))" -v ib="$((ib1 - ib0))" -v it="$IDLE" \
    -v n="$PUBLISHES" -v hz="$HZ" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
    w = t2 - t0; k = 1000 / n
    printf "%d publishes in %.1f s (%.1f/s), B caught up %.2f s after the last one\n", n, t1 - t0, n / (t1 - t0), t2 - t1
    printf "node A (serves the API, publishes, indexes): %.1f CPU s per 1,000 publishes (%.1f after subtracting its idle rate)\n", a / hz * k, (a / hz - ia / hz / it * w) * k
    printf "node B (index follower only):               %.1f CPU s per 1,000 publishes (%.1f after subtracting its idle rate)", b / hz * k, (b / hz - ib / hz / it * w) * k }')"
say "raw output: $OUT"
