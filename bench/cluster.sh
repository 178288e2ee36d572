#!/usr/bin/env bash
# Two Inkstone nodes (Payara Micro, clustered through Payara's Hazelcast on loopback) behind nginx, on the
# machine's MariaDB (issue 12). Everything listens on 127.0.0.1 only.
#
#   bench/cluster.sh up            build what is missing, reset the database, start node A (imports the shipped
#                                  corpus), node B, then nginx; returns 0 once both nodes answer /api/health 200
#                                  directly and requests through nginx reach each of them
#   bench/cluster.sh down          stop nginx and both nodes by their process ids (TERM, KILL after 30 s), check
#                                  that nothing listens on the ports any more; keeps the database (CLUSTER_DROP_DB=1
#                                  drops it and its account)
#   bench/cluster.sh status        process ids, each node's /api/health, nginx
#   bench/cluster.sh check [N..]   the cross-node checks (bench/cluster_check.py; numbers pick some): PASS/FAIL each, exit 1
#                                  if one fails
#   bench/cluster.sh bench         page and ping throughput through nginx (two nodes, node A alone), CPU per 1,000
#                                  publishes per node; needs a cluster that is up
#   bench/cluster.sh start-node A|B   start one node with the settings of the last `up` and wait until it serves;
#                                     meanwhile nginx (if running) keeps it out of the rotation (`down`, reload),
#                                     since Payara answers 404 before the WAR is deployed (CLUSTER_NO_DRAIN=1: not;
#                                     CLUSTER_NO_WAIT=1: return at once, not drained)
#   bench/cluster.sh stop-node A|B    TERM, wait (KILL after 30 s)
#   bench/cluster.sh kill-node A|B    kill -9 (the node's whole process group)
#
# Environment (all optional):
#   CLUSTER_PORT     nginx port (8180); node A listens on +1, node B on +2, and nginx on +3 sends to node A only
#   CLUSTER_HZ_PORT  Hazelcast port of node A (6950); node B uses +1
#   CLUSTER_DB       database on 127.0.0.1:3306 (inkstone_cluster), dropped and created by `up` unless CLUSTER_KEEP_DB=1;
#                    the nodes use an account of the same name at 127.0.0.1 that `up` creates (as root, whose empty
#                    password the datasource cannot take) with a new random password each time
#   CLUSTER_DIR      working folder (target/cluster): pid files, logs, nginx.conf and its temp folders, the nodes'
#                    data folders (index) and Payara root folders, admin-password, admin-token, node.env
#   CLUSTER_XMX      heap of each node (768m)
#   CLUSTER_UP_TIMEOUT  seconds a node may take to serve (600)
#   MVN_OFFLINE      -o to build offline
#   CLUSTER_BUILD=1  build the WAR at `up` even if target/inkstone.war exists (else an existing one is used as is)
# Every INKSTONE_* variable of the caller at `up` reaches both nodes (so a caller can change any setting of the
# README's table), except those cluster.sh sets itself: INKSTONE_DB_URL/USER/PASSWORD (127.0.0.1:3306), INKSTONE_DATA_DIR,
# INKSTONE_HTTP_TRUSTED_PROXIES (127.0.0.1: nginx; the checks also send X-Forwarded-For directly from 127.0.0.1),
# INKSTONE_ACCOUNT_ADMIN_PASSWORD and INKSTONE_ADMIN_TOKEN (random, generated at `up`, kept in CLUSTER_DIR),
# INKSTONE_SITE_BASE_URL (http://127.0.0.1:CLUSTER_PORT/) and INKSTONE_IMPORT_FILES (node A only: the seed article
# and the zh-news corpus of ../shared). Defaults the caller may override: INKSTONE_SYNDICATION_ALLOWED_HOSTS
# (127.0.0.1, so the check's push receiver on loopback passes the SSRF rule), the word lists and the synonym file
# of the run profile (config/). `up` writes the nodes' settings to CLUSTER_DIR/node.env; start-node uses that file,
# so a restarted node has the settings of the `up` before it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${CLUSTER_PORT:-8180}
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
PORT_ONE=$((PORT + 3))
HZ_A=${CLUSTER_HZ_PORT:-6950}
HZ_B=$((HZ_A + 1))
DB=${CLUSTER_DB:-inkstone_cluster}
XMX=${CLUSTER_XMX:-768m}
UP_TIMEOUT=${CLUSTER_UP_TIMEOUT:-600}
MVN_OFFLINE=${MVN_OFFLINE:-}
DIR=${CLUSTER_DIR:-target/cluster}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
WAR=$ROOT/target/inkstone.war
PAYARA=$ROOT/target/payara-micro.jar
NGINX=${CLUSTER_NGINX:-nginx}

if [[ ! $DB =~ ^[A-Za-z0-9_]+$ ]]; then echo "CLUSTER_DB must be letters, digits and _: $DB" >&2; exit 2; fi

say() { echo "[$(date +%H:%M:%S)] $*"; }
die() { echo "[$(date +%H:%M:%S)] ERROR: $*" >&2; exit 1; }

# step NAME: starts timing a step; step_done prints its duration.
STEP_NAME="" STEP_T0=0
step() { STEP_NAME=$1; STEP_T0=$(date +%s.%N); say "-- $1"; }
step_done() { say "   $STEP_NAME: $(awk -v a="$STEP_T0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f s", b - a}')${1:+ ($1)}"; }

node_port() { case $1 in A) echo "$PORT_A" ;; B) echo "$PORT_B" ;; *) die "node must be A or B, not '$1'" ;; esac; }
node_hz() { case $1 in A) echo "$HZ_A" ;; B) echo "$HZ_B" ;; esac; }

# pid_of NAME: the recorded process id (empty when none is recorded or it no longer runs).
pid_of() {
    local f=$DIR/$1.pid pid
    [[ -f $f ]] || return 0
    pid=$(cat "$f")
    if [[ -n $pid ]] && alive "$pid"; then echo "$pid"; fi
}

# alive PID: the process exists and is not a zombie
alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null || true); [[ -n $st && $st != Z* ]]; }

listening() { [[ -n $(ss -ltnH "sport = :$1" 2>/dev/null) ]]; }

# http_code URL [curl args...]: the status code, 000 when nothing answers.
http_code() {
    local url=$1
    shift
    curl -s -o /dev/null -w '%{http_code}' -m 5 "$@" "$url" 2>/dev/null || true
}

# node_ready PORT: /api/health answers 200; a build without /api/health (404) counts /api/ping 200 instead.
node_ready() {
    local code
    code=$(http_code "http://127.0.0.1:$1/api/health")
    if [[ $code == 404 ]]; then
        code=$(http_code "http://127.0.0.1:$1/api/ping")
    fi
    [[ $code == 200 ]]
}

ensure_nginx() {
    if command -v "$NGINX" > /dev/null; then return 0; fi
    step "installing nginx (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nginx > /dev/null
    # the Debian package may start its own server on port 80 where an init system runs; that one is not ours
    step_done
}

ensure_build() {
    if [[ ! -f $WAR || ${CLUSTER_BUILD:-0} == 1 ]]; then
        step "building target/inkstone.war"
        mvn $MVN_OFFLINE -B -q -DskipTests -DskipITs package
        step_done
    fi
    if [[ ! -f $PAYARA ]]; then
        step "copying target/payara-micro.jar"
        mvn $MVN_OFFLINE -B -q dependency:copy@payara-micro-for-arquillian -DskipITs=false
        step_done
    fi
}

ensure_mariadb() {
    if mariadb-admin -h 127.0.0.1 -u root ping > /dev/null 2>&1; then return 0; fi
    step "starting MariaDB (as .ci/run does)"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 60); do mariadb-admin -h 127.0.0.1 -u root ping > /dev/null 2>&1 && break; sleep 1; done
    mariadb-admin -h 127.0.0.1 -u root ping > /dev/null || die "MariaDB does not answer on 127.0.0.1:3306"
    step_done
}

# Writes node.env (settings common to both nodes), admin-password and admin-token.
write_settings() {
    local password token db_password
    db_password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    # The nodes' own account: the datasource reads its password through MicroProfile Config, which takes an
    # empty value for a missing one (root's empty password cannot be passed), so root only creates it.
    mariadb -h 127.0.0.1 -u root -e "CREATE USER IF NOT EXISTS '$DB'@'127.0.0.1'; ALTER USER '$DB'@'127.0.0.1' IDENTIFIED BY '$db_password';
        GRANT ALL ON \`$DB\`.* TO '$DB'@'127.0.0.1'"
    if [[ ${CLUSTER_KEEP_DB:-0} == 1 && -s $DIR/admin-password && -s $DIR/admin-token ]]; then
        password=$(cat "$DIR/admin-password")  # the admin account of the kept database has this one
        token=$(cat "$DIR/admin-token")
    else
        password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
        token=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
    fi
    (umask 077; echo "$password" > "$DIR/admin-password"; echo "$token" > "$DIR/admin-token")
    local own="INKSTONE_DB_URL INKSTONE_DB_USER INKSTONE_DB_PASSWORD INKSTONE_DATA_DIR INKSTONE_HTTP_TRUSTED_PROXIES \
INKSTONE_ACCOUNT_ADMIN_PASSWORD INKSTONE_ADMIN_TOKEN INKSTONE_SITE_BASE_URL INKSTONE_IMPORT_FILES \
INKSTONE_SYNDICATION_ALLOWED_HOSTS INKSTONE_COMMENT_MODERATION_WORDS_FILE INKSTONE_NEWSROOM_WORDS_FILE \
INKSTONE_SEARCH_SYNONYMS_FILE"
    (
        umask 077
        {
            # the caller's INKSTONE_* settings (one line each; multi-line values are not supported)
            while IFS= read -r name; do
                [[ " $own " == *" $name "* ]] && continue
                printf '%s=%s\n' "$name" "${!name}"
            done < <(compgen -e | grep '^INKSTONE_' || true)
            echo "INKSTONE_DB_URL=jdbc:mysql://127.0.0.1:3306/$DB?characterEncoding=UTF-8&sslMode=DISABLED&connectionTimeZone=UTC&sessionVariables=sql_mode=TRADITIONAL&connectTimeout=5000&socketTimeout=20000&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=4096"
            echo "INKSTONE_DB_USER=$DB"
            echo "INKSTONE_DB_PASSWORD=$db_password"
            echo "INKSTONE_HTTP_TRUSTED_PROXIES=127.0.0.1"
            echo "INKSTONE_ACCOUNT_ADMIN_PASSWORD=$password"
            echo "INKSTONE_ADMIN_TOKEN=$token"
            echo "INKSTONE_SITE_BASE_URL=http://127.0.0.1:$PORT/"
            echo "INKSTONE_SYNDICATION_ALLOWED_HOSTS=${INKSTONE_SYNDICATION_ALLOWED_HOSTS:-127.0.0.1}"
            echo "INKSTONE_COMMENT_MODERATION_WORDS_FILE=${INKSTONE_COMMENT_MODERATION_WORDS_FILE:-$ROOT/config/sensitive-words.txt}"
            echo "INKSTONE_NEWSROOM_WORDS_FILE=${INKSTONE_NEWSROOM_WORDS_FILE:-$ROOT/config/article-sensitive-words.txt}"
            echo "INKSTONE_SEARCH_SYNONYMS_FILE=${INKSTONE_SEARCH_SYNONYMS_FILE-$ROOT/config/synonyms.txt}"
        } > "$DIR/node.env"
    )
    # ports and folders for the check and the fault script
    cat > "$DIR/cluster.env" <<EOF
CLUSTER_PORT=$PORT
CLUSTER_PORT_A=$PORT_A
CLUSTER_PORT_B=$PORT_B
CLUSTER_PORT_ONE=$PORT_ONE
CLUSTER_HZ_PORT=$HZ_A
CLUSTER_DB=$DB
CLUSTER_DIR=$DIR
EOF
}

# The pre-boot commands: the shipped ones plus the HTTP listener on loopback only.
write_preboot() {
    {
        grep -v '^[[:space:]]*#' "$ROOT/config/payara-preboot.asadmin" | grep -v '^[[:space:]]*$' || true
        echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
    } > "$DIR/preboot.asadmin"
}

# drained A|B: " down" while `start-node` keeps that node out of nginx's rotation (listed in CLUSTER_DIR/nginx-drain).
drained() { if grep -qx "$1" "$DIR/nginx-drain" 2>/dev/null; then echo " down"; fi; }

# nginx_drain A|B on|off: takes a node out of the rotation (or back) and reloads a running nginx (HUP: new workers
# with the new configuration, old ones finish their requests).
nginx_drain() {
    local n=$1 pid
    touch "$DIR/nginx-drain"
    grep -vx "$n" "$DIR/nginx-drain" > "$DIR/nginx-drain.tmp" || true
    [[ $2 == on ]] && echo "$n" >> "$DIR/nginx-drain.tmp"
    mv -f "$DIR/nginx-drain.tmp" "$DIR/nginx-drain"
    pid=$(pid_of nginx)
    [[ -n $pid ]] || return 0
    write_nginx_conf
    kill -HUP "$pid"
    sleep 1
    say "nginx: node $n $([[ $2 == on ]] && echo "out of the rotation (down) while it starts" || echo "back in the rotation")"
}

write_nginx_conf() {
    local media_max body user_line=""
    media_max=$(grep '^INKSTONE_MEDIA_MAX_BYTES=' "$DIR/node.env" | cut -d= -f2 || true)
    body=$(( ${media_max:-10485760} + 65536 ))  # the media upload's limit: the file plus 64 KiB of envelope (README)
    mkdir -p "$DIR/nginx"/{client_body,proxy,fastcgi,uwsgi,scgi}
    if [[ $(id -u) == 0 ]]; then user_line="user $(id -un) $(id -gn);"; fi
    cat > "$DIR/nginx.conf" <<EOF
# Generated by bench/cluster.sh up: nginx in front of two Inkstone nodes. Started in the foreground
# (daemon off) by cluster.sh, which records the master's process id.
#
# Open-source nginx has no active health checks. A node that is not ready (starting, index behind, database
# down) answers 503 with Retry-After from its readiness gate; proxy_next_upstream then passes the request to
# the other node. max_fails=0: a failed attempt never takes a node out of the rotation (with max_fails=1 one
# 503 per node during a database outage left nginx with no node, answering its own 502 without Retry-After for
# 13 s: measured by bench/faults.sh); a dead node costs one refused connect on loopback per request. When every
# node fails, the client gets 503 with Retry-After (error_page below), never a bare 502. Only error/timeout/502/503/504 are retried, and never a non-idempotent request
# (POST, PUT, DELETE) once it was sent: one that may have been processed must not be sent twice.
$user_line
worker_processes 1;
daemon off;
pid $DIR/nginx/nginx.pid;  # cluster.sh keeps its own record in $DIR/nginx.pid (the same process)
error_log $DIR/nginx-error.log warn;
events { worker_connections 4096; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time '
                        'upstream=\$upstream_addr status=\$upstream_status time=\$upstream_response_time';
    access_log $DIR/nginx-access.log upstream buffer=64k flush=1s;
    client_body_temp_path $DIR/nginx/client_body;
    proxy_temp_path $DIR/nginx/proxy;
    fastcgi_temp_path $DIR/nginx/fastcgi;
    uwsgi_temp_path $DIR/nginx/uwsgi;
    scgi_temp_path $DIR/nginx/scgi;
    client_max_body_size $body;  # POST /api/newsroom/media: inkstone.media.max-bytes + 64 KiB
    server_tokens off;

    upstream inkstone {  # round robin, no stickiness: sessions are replicated between the nodes
        server 127.0.0.1:$PORT_A max_fails=0$(drained A);
        server 127.0.0.1:$PORT_B max_fails=0$(drained B);
        keepalive 32;
    }
    upstream inkstone_a {  # node A alone: the one-node figure of the throughput comparison
        server 127.0.0.1:$PORT_A;
        keepalive 32;
    }

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_connect_timeout 1s;
    proxy_read_timeout 60s;
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries 2;
    # which node answered (for the checks; a public site would not send this)
    add_header X-Inkstone-Upstream \$upstream_addr always;

    server {
        listen 127.0.0.1:$PORT;
        location / { proxy_pass http://inkstone; }
        error_page 502 504 =503 @unavailable;
        location @unavailable {
            add_header Retry-After 2 always;
            add_header Cache-Control no-store always;
            default_type application/json;
            return 503 '{"status":503,"code":"unavailable","message":"服务暂时不可用，请稍后再试","fields":{}}';
        }
    }
    server {
        listen 127.0.0.1:$PORT_ONE;
        location / { proxy_pass http://inkstone_a; }
    }
}
EOF
    "$NGINX" -t -q -p "$DIR/nginx" -c "$DIR/nginx.conf" -e "$DIR/nginx-error.log" || die "nginx -t failed on $DIR/nginx.conf"
}

# start_node A|B: starts the node in its own session (setsid: its pid is its process group) and records the pid.
start_node() {
    local n=$1 port hz pid offset
    port=$(node_port "$n")
    hz=$(node_hz "$n")
    [[ -f $DIR/node.env ]] || die "no $DIR/node.env: run 'bench/cluster.sh up' first"
    [[ -f $WAR && -f $PAYARA ]] || die "target/inkstone.war or target/payara-micro.jar missing: run 'bench/cluster.sh up'"
    if [[ -n $(pid_of "node-$n") ]]; then die "node $n already runs (pid $(pid_of "node-$n"))"; fi
    if listening "$port"; then die "port $port (node $n) is in use by another process"; fi
    local envs=()
    while IFS= read -r line; do [[ -n $line ]] && envs+=("$line"); done < "$DIR/node.env"
    envs+=("INKSTONE_DATA_DIR=$DIR/data-$n")
    if [[ $n == A ]]; then
        envs+=("INKSTONE_IMPORT_FILES=$ROOT/../shared/data/seed/article.json,$ROOT/../shared/data/zh-news/news.jsonl")
    else
        envs+=("INKSTONE_IMPORT_FILES=")
    fi
    mkdir -p "$DIR/data-$n"
    rm -rf "$DIR/payara-$n"  # Payara Micro's root folder (domain, exploded WAR), fresh at every start
    local log=$DIR/node-$n.log
    touch "$log"
    offset=$(stat -c %s "$log")
    echo "$offset" > "$DIR/node-$n.logoffset"
    echo "===== cluster.sh: node $n starting $(date -Iseconds)" >> "$log"
    # The working folder is the checkout (config/ is found relative to it).
    setsid env "${envs[@]}" java "-Xmx$XMX" -Dhazelcast.socket.bind.any=false -jar "$PAYARA" \
        --name "$n" --port "$port" --clustername "inkstone-$PORT" --startport "$hz" --interfaces 127.0.0.1 \
        --clustermode "tcpip:127.0.0.1:$HZ_A,127.0.0.1:$HZ_B" --prebootcommandfile "$DIR/preboot.asadmin" \
        --rootdir "$DIR/payara-$n" --disablephonehome --deploy "$WAR" --contextroot / >> "$log" 2>&1 < /dev/null &
    pid=$!
    echo "$pid" > "$DIR/node-$n.pid"
    say "node $n: pid $pid, http://127.0.0.1:$port, Hazelcast 127.0.0.1:$hz, log $log"
}

# wait_node A|B: until the node logged "Inkstone is up" and its related warm-up since its start, and answers
# /api/health 200 (or /api/ping where the build has no health endpoint).
wait_node() {
    local n=$1 port pid offset log t0=$SECONDS
    port=$(node_port "$n")
    pid=$(cat "$DIR/node-$n.pid")
    log=$DIR/node-$n.log
    offset=$(cat "$DIR/node-$n.logoffset")
    until tail -c +"$((offset + 1))" "$log" | grep -q "related warm-up:" && node_ready "$port"; do
        if ! alive "$pid"; then
            tail -n 40 "$log" >&2
            die "node $n (pid $pid) exited before it served; log $log"
        fi
        if tail -c +"$((offset + 1))" "$log" | grep -q "Exception while loading the app"; then
            grep -m 3 -E 'Caused by|Exception:' <(tail -c +"$((offset + 1))" "$log") | cut -c1-400 >&2 || true
            die "node $n: the deployment failed; log $log"
        fi
        if (( SECONDS - t0 > UP_TIMEOUT )); then
            tail -n 40 "$log" >&2
            die "node $n not serving after $UP_TIMEOUT s (CLUSTER_UP_TIMEOUT); log $log"
        fi
        sleep 1
    done
    if [[ $(http_code "http://127.0.0.1:$port/api/health") == 404 ]]; then
        say "node $n: this build has no /api/health; /api/ping answered instead"
    fi
}

start_nginx() {
    if [[ -n $(pid_of nginx) ]]; then die "nginx already runs (pid $(pid_of nginx))"; fi
    setsid "$NGINX" -p "$DIR/nginx" -c "$DIR/nginx.conf" -e "$DIR/nginx-error.log" >> "$DIR/nginx-error.log" 2>&1 < /dev/null &
    echo $! > "$DIR/nginx.pid"
    say "nginx: pid $!, http://127.0.0.1:$PORT (both nodes), http://127.0.0.1:$PORT_ONE (node A only), logs $DIR/nginx-*.log"
}

# stop_pid NAME SIGNAL: signals the recorded process group; for TERM waits up to 30 s, then KILL.
stop_pid() {
    local name=$1 sig=$2 pid
    pid=$(pid_of "$name")
    if [[ -z $pid ]]; then
        say "$name: not running"
        rm -f "$DIR/$name.pid"
        return 0
    fi
    kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
    local waited=0
    while alive "$pid" && (( waited < 300 )); do sleep 0.1; waited=$((waited + 1)); done
    if alive "$pid"; then
        say "$name (pid $pid) still running 30 s after SIG$sig: KILL"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        waited=0
        while alive "$pid" && (( waited < 50 )); do sleep 0.1; waited=$((waited + 1)); done
    fi
    rm -f "$DIR/$name.pid"
    say "$name (pid $pid) stopped (SIG$sig)"
}

stop_nginx() { stop_pid nginx TERM; }

through_nginx() {
    local seen="" up i
    for i in 1 2 3 4; do
        up=$(curl -s -o /dev/null -D - -m 10 "http://127.0.0.1:$PORT/api/ping" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-inkstone-upstream" {print $2}')
        seen="$seen $up"
    done
    echo "$seen"
}

cmd_up() {
    local t0=$SECONDS
    for n in node-A node-B nginx; do
        if [[ -n $(pid_of "$n") ]]; then die "$n already runs (pid $(pid_of "$n")): 'bench/cluster.sh down' first"; fi
    done
    for p in "$PORT" "$PORT_A" "$PORT_B" "$PORT_ONE" "$HZ_A" "$HZ_B"; do
        if listening "$p"; then die "port $p is in use (ports: nginx $PORT and $PORT_ONE, nodes $PORT_A $PORT_B, Hazelcast $HZ_A $HZ_B)"; fi
    done
    ensure_nginx
    ensure_build
    ensure_mariadb
    if [[ ${CLUSTER_KEEP_DB:-0} == 1 ]]; then
        say "-- database $DB kept (CLUSTER_KEEP_DB=1), node data folders kept"
        mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    else
        step "database $DB dropped and created; node data folders emptied"
        mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
        rm -rf "$DIR/data-A" "$DIR/data-B"
        for f in "$DIR"/node-?.log; do [[ -f $f ]] && mv -f "$f" "$f.1"; done  # the new database's ids start again
        step_done
    fi
    write_settings
    write_preboot
    rm -f "$DIR/nginx-drain"
    write_nginx_conf
    # on a failure from here on, stop what was started
    trap 'rc=$?; if (( rc != 0 )); then say "up failed: stopping what it started"; stop_nginx; stop_pid node-B TERM; stop_pid node-A TERM; fi' EXIT
    step "node A (migration, import of the shipped corpus, index, related warm-up)"
    start_node A
    wait_node A
    step_done "$(grep -c . <(tail -c +"$(( $(cat "$DIR/node-A.logoffset") + 1 ))" "$DIR/node-A.log") || true) log lines"
    step "node B"
    start_node B
    wait_node B
    step_done
    step "nginx"
    start_nginx
    local seen="" i
    for i in $(seq 1 20); do
        seen=$(through_nginx)
        [[ $seen == *"127.0.0.1:$PORT_A"* && $seen == *"127.0.0.1:$PORT_B"* ]] && break
        sleep 0.5
    done
    [[ $seen == *"127.0.0.1:$PORT_A"* && $seen == *"127.0.0.1:$PORT_B"* ]] || die "requests through nginx did not reach both nodes (upstreams seen:$seen)"
    step_done "4 GETs of /api/ping answered by:$seen"
    say "   Hazelcast data grid as node B last logged it: $(grep -a -o 'DG Name: [^ ]* DG Size: [0-9]*' "$DIR/node-B.log" 2>/dev/null | tail -n 1 || true)"
    trap - EXIT
    say "cluster up in $((SECONDS - t0)) s: http://127.0.0.1:$PORT (nginx), A http://127.0.0.1:$PORT_A, B http://127.0.0.1:$PORT_B, A alone through nginx http://127.0.0.1:$PORT_ONE"
    say "admin: user admin, password in $DIR/admin-password, bearer token in $DIR/admin-token"
}

cmd_down() {
    stop_nginx
    stop_pid node-B TERM
    stop_pid node-A TERM
    local busy=""
    for p in "$PORT" "$PORT_A" "$PORT_B" "$PORT_ONE" "$HZ_A" "$HZ_B"; do
        if listening "$p"; then busy="$busy $p"; fi
    done
    if [[ -n $busy ]]; then
        ss -ltnp | grep -E "$(echo "$busy" | sed 's/^ //; s/ /|/g; s/[0-9]\+/:&\\b/g')" >&2 || true
        die "still listening on:$busy"
    fi
    if [[ ${CLUSTER_DROP_DB:-0} == 1 ]]; then
        mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS \`$DB\`; DROP USER IF EXISTS '$DB'@'127.0.0.1'"
        say "database $DB and its account dropped"
    else
        say "database $DB kept (CLUSTER_DROP_DB=1 drops it); nothing listens on $PORT $PORT_A $PORT_B $PORT_ONE $HZ_A $HZ_B"
    fi
}

pid_text() { if [[ -n $1 ]]; then echo "pid $1"; else echo "not running"; fi; }

cmd_status() {
    local n pid port
    for n in A B; do
        pid=$(pid_of "node-$n")
        port=$(node_port "$n")
        printf 'node %s: %s, http://127.0.0.1:%s/api/health: %s %s\n' "$n" "$(pid_text "$pid")" "$port" \
            "$(http_code "http://127.0.0.1:$port/api/health")" "$(curl -s -m 5 "http://127.0.0.1:$port/api/health" 2>/dev/null | head -c 300)"
    done
    pid=$(pid_of nginx)
    printf 'nginx: %s, /api/ping through it: %s, answered by:%s\n' "$(pid_text "$pid")" \
        "$(http_code "http://127.0.0.1:$PORT/api/ping")" "$( [[ -n $pid ]] && through_nginx)"
}

cmd_check() {
    [[ -f $DIR/cluster.env ]] || die "no $DIR/cluster.env: run 'bench/cluster.sh up' first"
    CLUSTER_DIR=$DIR python3 "$ROOT/bench/cluster_check.py" "$@"
}

cmd_bench() {
    [[ -f $DIR/cluster.env ]] || die "no $DIR/cluster.env: run 'bench/cluster.sh up' first"
    CLUSTER_DIR=$DIR CLUSTER_ROOT=$ROOT bash "$ROOT/bench/cluster_bench.sh"
}

case ${1:-} in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    check) shift; cmd_check "$@" ;;
    bench) cmd_bench ;;
    start-node)
        node_port "${2:-}" > /dev/null
        t0=$SECONDS
        if [[ ${CLUSTER_NO_WAIT:-0} == 1 ]]; then
            start_node "$2"
        else
            # Payara Micro opens its HTTP port before the WAR is deployed (404s), and the application answers
            # before it is up: nginx would pass such answers on, so the node waits outside the rotation.
            if [[ ${CLUSTER_NO_DRAIN:-0} != 1 ]]; then nginx_drain "$2" on; fi
            start_node "$2"
            wait_node "$2"
            if [[ ${CLUSTER_NO_DRAIN:-0} != 1 ]]; then nginx_drain "$2" off; fi
            say "node $2 serves after $((SECONDS - t0)) s"
        fi ;;
    stop-node) node_port "${2:-}" > /dev/null; stop_pid "node-$2" TERM ;;
    kill-node) node_port "${2:-}" > /dev/null; stop_pid "node-$2" KILL ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
esac
