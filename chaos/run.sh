#!/usr/bin/env bash
# The chaos run: steady load through the gateway (creations, submits, reviews, checklist assignments, deletions) while
# PostgreSQL, Kafka, Keycloak and each of the four services are killed with SIGKILL one after another and restarted
# through deploy/local; then the invariants against the owners' data. Prints a table; exits 1 on any violation.
#
#   chaos/run.sh                       # every part in turn, each down for 2 s before the restart
#   chaos/run.sh postgres 30           # PostgreSQL down for 30 s during the load
#   chaos/run.sh kafka,gateway 10      # any comma-separated list of parts
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# The load is a few users making thousands of requests: a gateway started (or restarted) here does not throttle them.
export GATEWAY_RATE_LIMIT_ENABLED=${GATEWAY_RATE_LIMIT_ENABLED:-false}
deploy/local/up.sh
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find benchmarks/src benchmarks/pom.xml test-support/src -newer "$jar" -print -quit)" ]; then
    mvn -q -B -pl benchmarks -am package -DskipTests
fi
exec java -jar "$jar" chaos "${1:-$(echo postgres kafka keycloak offering-user-service checklist-service \
    compliance-reporting-service gateway | tr ' ' ',')}" "${2:-2}"
