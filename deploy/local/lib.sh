# Shared functions of deploy/local/*.sh: where things live, and how a process is started, awaited and stopped.
# Sourced, not run. Every server binds to 127.0.0.1; every process we start is recorded in .run/<name>.pid.

LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$LOCAL_DIR/../.." && pwd)
DIST_DIR="$LOCAL_DIR/.dist"   # downloaded distributions
DATA_DIR="$LOCAL_DIR/.data"   # databases, broker logs
RUN_DIR="$LOCAL_DIR/.run"     # pid files and process logs
mkdir -p "$DIST_DIR" "$DATA_DIR" "$RUN_DIR"

PG_PORT=${PG_PORT:-15432}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9190}
GATEWAY_MANAGEMENT_PORT=${GATEWAY_MANAGEMENT_PORT:-9080}
MAIL_SMTP_PORT=${MAIL_SMTP_PORT:-3025}
MAIL_IMAP_PORT=${MAIL_IMAP_PORT:-3143}
KAFKA_VERSION=4.3.1
KEYCLOAK_VERSION=26.7.3
EMBEDDED_PG_VERSION=17.6.0
GREENMAIL_VERSION=2.1.13

MVN=${MVN:-mvn}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() {
    printf '[%s] FAILED: %s\n' "$(date +%H:%M:%S)" "$1" >&2
    [ -n "${2:-}" ] && [ -f "$2" ] && { echo "--- last lines of $2:" >&2; tail -n 25 "$2" >&2; }
    exit 1
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$RUN_DIR/$1.log"; }

# True when the process recorded for $1 is alive.
is_running() {
    local f; f=$(pid_file "$1")
    [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME COMMAND...: runs COMMAND in its own session (so stop can signal the whole group), logs to .run/NAME.log.
start_process() {
    local name=$1; shift
    setsid "$@" >"$(log_file "$name")" 2>&1 < /dev/null &
    echo $! >"$(pid_file "$name")"
}

# wait_until NAME SECONDS TEST...: polls TEST until it succeeds, the process dies, or time runs out.
wait_until() {
    local name=$1 seconds=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        is_running "$name" || fail "$name exited during start-up" "$(log_file "$name")"
        [ $SECONDS -lt $deadline ] || fail "$name not ready after ${seconds}s" "$(log_file "$name")"
        sleep 0.5
    done
}

http_ok() { curl -fs -o /dev/null --max-time 2 "$1"; }

# stop NAME [SIGNAL]: SIGNAL (TERM) to the process group recorded for NAME, KILL after 20 s; removes the pid file.
stop_process() {
    local name=$1 signal=${2:-TERM} f pid
    f=$(pid_file "$name")
    [ -f "$f" ] || return 0
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$signal" -- "-$pid" 2>/dev/null || kill "-$signal" "$pid" 2>/dev/null
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
        log "stopped $name (pid $pid)"
    fi
    rm -f "$f"
}
