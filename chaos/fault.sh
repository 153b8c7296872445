#!/usr/bin/env bash
# chaos/fault.sh NAME: kills one part of the local stack with SIGKILL (its whole process group; PostgreSQL's postmaster
# with its backends). NAME is a pid file of deploy/local/.run: postgres, kafka, keycloak or one of the four services.
set -euo pipefail
. "$(dirname "$0")/../deploy/local/lib.sh"

name=$1
f=$(pid_file "$name")
[ -f "$f" ] || fail "$name is not running (no $f)"
pid=$(cat "$f")
if [ "$name" = postgres ]; then
    pkill -KILL -P "$pid" || true
    kill -KILL "$pid"
else
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
fi
# Gone once it is no longer listed or only a zombie; then its pid file goes, so up.sh starts a new one.
for _ in $(seq 1 40); do
    state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
    [ -z "$state" ] || [ "${state#Z}" != "$state" ] && break
    sleep 0.25
done
rm -f "$f"
log "killed $name (pid $pid) with SIGKILL"
