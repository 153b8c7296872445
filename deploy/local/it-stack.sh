#!/usr/bin/env bash
# The end-to-end tests' stack (e2e-tests/pom.xml): `start` brings up what is missing and records which services it
# started; `stop` stops only those, so a stack the user brought up with up.sh is left running as it was found.
# Usage: deploy/local/it-stack.sh start|stop
set -euo pipefail
. "$(dirname "$0")/lib.sh"

SERVICES=(offering-user-service checklist-service compliance-reporting-service notification-service gateway)
started="$RUN_DIR/it-started"

case "${1:-}" in
    start)
        : >"$started"
        for name in "${SERVICES[@]}"; do is_running "$name" || echo "$name" >>"$started"; done
        # The suites send thousands of requests as a handful of users: a gateway started here does not throttle them.
        # No scheduled reconciliation: ReconciliationIT damages rows and asks for a run itself, and a scheduled run
        # racing it repaired part of the damage first (or held the lock: 409).
        GATEWAY_RATE_LIMIT_ENABLED=${GATEWAY_RATE_LIMIT_ENABLED:-false} RECONCILIATION_EVERY=${RECONCILIATION_EVERY:-off} \
            "$LOCAL_DIR/up.sh" --no-build
        ;;
    stop)
        [ -f "$started" ] || exit 0
        while read -r name; do stop_process "$name"; done <"$started"
        rm -f "$started"
        ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
