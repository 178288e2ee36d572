#!/usr/bin/env bash
# Inkstone syndication benchmark (issue 10): two partners (one ninjs, one NewsML-G2) on two local receivers,
# BENCH_PUBLISH (1,000) publications in a row through the newsroom API; then wrk on the feeds next to the trivial
# endpoint at 4 and 32 connections. Reports deliveries per second, p50/p99 from each publish response to its
# delivery (per format), requests/s and p50/p99 per endpoint, and the Payara JVM's memory. Needs wrk, curl,
# python3, jcmd. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=bench/out/syndication
mkdir -p "$OUT"

HTTP_PORT=${BENCH_HTTP_PORT:-8090}
DB_PORT=${BENCH_DB_PORT:-3309}
RECV_NINJS=${BENCH_RECEIVER_PORT_NINJS:-8191}
RECV_G2=${BENCH_RECEIVER_PORT_G2:-8192}
THREADS=${BENCH_THREADS:-2}
XMX=${BENCH_XMX:-1g}
UP_TIMEOUT=${BENCH_UP_TIMEOUT:-300}
ARTICLES=${BENCH_PUBLISH:-1000}
DELIVERY_TIMEOUT=${BENCH_DELIVERY_TIMEOUT:-300}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
CHANNEL=${BENCH_CHANNEL:-tech}
MVN_OFFLINE=${BENCH_MVN_OFFLINE--o}
TOKEN="bench-$$-$RANDOM$RANDOM"
ADMIN_PASSWORD="bench-admin-$TOKEN"
BASE="http://127.0.0.1:$HTTP_PORT"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
SERVER_PGID=""
DATA_DIR=""
RECEIVER_PIDS=()

# shellcheck source=bench/lib.sh
source bench/lib.sh

say() { echo "$*" | tee -a "$SUMMARY"; }

cleanup() {
    local rc=$?
    for p in "${RECEIVER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    stop_server
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# receivers first: partners are registered with their addresses
: > "$OUT/received-ninjs.txt"
: > "$OUT/received-newsml-g2.txt"
python3 bench/syndication_receiver.py "$RECV_NINJS" "$OUT/received-ninjs.txt" & RECEIVER_PIDS+=($!)
python3 bench/syndication_receiver.py "$RECV_G2" "$OUT/received-newsml-g2.txt" & RECEIVER_PIDS+=($!)

# receivers on loopback must be allowed (SSRF rule); the product reads every key also from the environment
start_server syndication INKSTONE_SYNDICATION_ALLOWED_HOSTS=127.0.0.1
say "Inkstone syndication benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores; server up after $SERVER_UP_SECONDS s"

register() { # name format port
    local code
    code=$(curl -sS -m 30 -o "$OUT/partner-$2.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"name\":\"$1\",\"endpoint\":\"http://127.0.0.1:$3/inbox\",\"format\":\"$2\",\"channels\":[]}" \
        "$BASE/api/admin/partners")
    if [[ $code != 201 ]]; then echo "registering $1 failed: HTTP $code $(cat "$OUT/partner-$2.json")" >&2; exit 1; fi
}
register "基准伙伴甲" ninjs "$RECV_NINJS"
register "基准伙伴乙" newsml-g2 "$RECV_G2"

staff_sessions

echo "-- publishing $ARTICLES articles in channel $CHANNEL"
t0=$SECONDS
python3 bench/syndication_publish.py "$BASE" "$AUTHOR_SID" "$SID" "$ARTICLES" "S$$" "$CHANNEL" > "$OUT/published.txt"
say "published $ARTICLES articles in $((SECONDS - t0)) s"
until (( $(wc -l < "$OUT/received-ninjs.txt") >= ARTICLES && $(wc -l < "$OUT/received-newsml-g2.txt") >= ARTICLES )); do
    if (( SECONDS - t0 > DELIVERY_TIMEOUT )); then say "gave up waiting for deliveries after $DELIVERY_TIMEOUT s"; break; fi
    sleep 1
done
python3 - "$OUT/published.txt" "$OUT/received-ninjs.txt" "$OUT/received-newsml-g2.txt" <<'PY' | tee -a "$SUMMARY"
import sys
pub = {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 3:
        pub[p[0]] = int(p[1])
first = min(pub.values())
q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))]
total, last = 0, first
for name, path in (("ninjs", sys.argv[2]), ("NewsML-G2", sys.argv[3])):
    lat, uids, dup = [], set(), 0
    for line in open(path):
        uid, at, aid, size = line.split()
        dup += uid in uids
        uids.add(uid)
        last = max(last, int(at))
        if aid in pub:
            lat.append(int(at) - pub[aid])
    total += len(uids)
    lat.sort()
    if lat:
        print("%-9s deliveries %d of %d (repeated uids %d); publish response -> delivery: p50 %d ms, p99 %d ms, max %d ms"
              % (name, len(uids), len(pub), dup, q(lat, 0.5), q(lat, 0.99), lat[-1]))
    else:
        print("%-9s deliveries %d of %d: no article ids matched" % (name, len(uids), len(pub)))
secs = max(0.001, (last - first) / 1000)
print("deliveries per second: %.1f (%d deliveries from the first publish response to the last arrival, %.1f s)"
      % (total / secs, total, secs))
PY

# The worker's own rate: a backlog (a backfill of BENCH_BACKFILL, default 200 = backfill-max, newest items to each
# partner at once), timed from the backfill calls until both receivers have every delivery.
BACKFILL=${BENCH_BACKFILL:-200}
n0=$(wc -l < "$OUT/received-ninjs.txt"); g0=$(wc -l < "$OUT/received-newsml-g2.txt")
t0=$(date +%s.%N)
for fmt in ninjs newsml-g2; do
    pid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$OUT/partner-$fmt.json")
    code=$(curl -sS -m 60 -o "$OUT/backfill-$fmt.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "{\"partner\":$pid,\"count\":$BACKFILL}" "$BASE/api/admin/deliveries/backfill")
    if [[ $code != 200 ]]; then echo "backfill failed: HTTP $code $(cat "$OUT/backfill-$fmt.json")" >&2; exit 1; fi
done
until (( $(wc -l < "$OUT/received-ninjs.txt") >= n0 + BACKFILL && $(wc -l < "$OUT/received-newsml-g2.txt") >= g0 + BACKFILL )); do
    if (( $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print int(b - a)}') > DELIVERY_TIMEOUT )); then say "gave up waiting for the backfill"; break; fi
    sleep 0.2
done
t1=$(date +%s.%N)
say "$(awk -v a="$t0" -v b="$t1" -v n="$BACKFILL" 'BEGIN {printf "backlog drain: %d deliveries (a backfill of %d to each partner) in %.1f s: %.1f deliveries/s", 2 * n, n, b - a, 2 * n / (b - a)}')"

server_java_pid() {
    ps -o pid=,args= -g "$SERVER_PGID" | awk '/java/ && /payara-micro/ && /-jar/ {print $1; exit}'
}
report_memory() {
    local pid
    pid=$(server_java_pid)
    if [[ -z "$pid" ]]; then say "memory: Payara JVM not found"; return; fi
    say "$1 heap: $(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -E 'total .*used' | sed 's/^ *//' || true)"
    say "$1 RSS: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')"
}

report_memory "after the publications:"
say ""
say "$(printf '%-26s %5s %10s %9s %9s %8s' endpoint conns 'req/s' p50 p99 non-2xx)"
for path in /feeds/rss.xml /feeds/atom.xml "/channels/$CHANNEL/rss.xml" /api/ping; do
    for conns in 4 32; do
        wrk -t"$THREADS" -c"$conns" -d"$WARMUP" "$BASE$path" > /dev/null
        f="$OUT/wrk-$(echo "$path" | tr '/.' '__')-c$conns.txt"
        wrk -t"$THREADS" -c"$conns" -d"$DURATION" --latency "$BASE$path" > "$f"
        say "$(awk -v p="$path" -v c="$conns" '
            /^Requests\/sec:/ {rps = $2}
            $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
            /Non-2xx or 3xx responses:/ {bad = $NF}
            END {printf "%-26s %5s %10s %9s %9s %8s", p, c, rps, p50, p99, bad == "" ? 0 : bad}' "$f")"
    done
done
report_memory "after the feed runs:"
