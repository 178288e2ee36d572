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
