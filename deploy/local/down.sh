#!/usr/bin/env bash
# Stops exactly what deploy/local/up.sh started, by process id (.run/*.pid).
# Usage: deploy/local/down.sh [--services]   (--services keeps PostgreSQL, Kafka, Keycloak and mail running)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

for name in gateway notification-service compliance-reporting-service checklist-service offering-user-service; do
    stop_process "$name"
done
[ "${1:-}" = "--services" ] && exit 0
"$LOCAL_DIR/infra.sh" down
log "stack is down"
