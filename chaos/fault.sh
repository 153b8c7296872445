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
log "killed $name (pid $pid) with SIGKILL"
