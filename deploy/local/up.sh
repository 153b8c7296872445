#!/usr/bin/env bash
# Runs the whole stack on 127.0.0.1: PostgreSQL, Kafka, Keycloak, a mail server and the five services; returns when all
# are healthy.
# Usage: deploy/local/up.sh [--no-build | --as-built]     Running it again while the stack is up reports and exits 0.
#   --no-build   fail when a service's jar is missing or older than its sources
#   --as-built   start whatever is not running from the jars as they are (the chaos run restarts what it killed)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

BUILD=true
AS_BUILT=false
[ "${1:-}" = "--no-build" ] && BUILD=false
[ "${1:-}" = "--as-built" ] && AS_BUILT=true

# name:port of each service, in start order (the gateway last).
SERVICES=(offering-user-service:8081 checklist-service:8082 compliance-reporting-service:8083 notification-service:8084
    gateway:8080)

jar_of() { echo "$ROOT_DIR/$1/target/quarkus-app/quarkus-run.jar"; }

# A service needs building when its jar is missing or older than any of its sources (or the shared modules); the
# gateway also when the portal it serves changed.
needs_build() {
    local jar; jar=$(jar_of "$1")
    [ -f "$jar" ] || return 0
    local sources=("$ROOT_DIR/$1/src" "$ROOT_DIR/$1/pom.xml" "$ROOT_DIR/service-support/src" "$ROOT_DIR/pom.xml")
    [ "$1" = gateway ] && sources+=("$ROOT_DIR/portal/src" "$ROOT_DIR/portal/index.html" "$ROOT_DIR/portal/package.json" \
        "$ROOT_DIR/portal/package-lock.json" "$ROOT_DIR/portal/vite.config.ts" "$ROOT_DIR/portal/pom.xml")
    [ -n "$(find "${sources[@]}" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

build_services() {
    $AS_BUILT && return
    local stale=()
    for entry in "${SERVICES[@]}"; do needs_build "${entry%%:*}" && stale+=("${entry%%:*}"); done
    [ ${#stale[@]} -eq 0 ] && return
    $BUILD || fail "not built: ${stale[*]} (run without --no-build)"
    log "building ${stale[*]}"
    (cd "$ROOT_DIR" && "$MVN" -B -q package -DskipTests -pl "$(IFS=,; echo "${stale[*]}")" -am) \
        >"$(log_file build)" 2>&1 || fail "Maven build" "$(log_file build)"
}

service_env() {
    # The local stack's well-known secrets (deploy/keycloak/realm.json, infra.sh): production has no defaults.
    echo "KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT" "KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT" "DB_PASSWORD=compliance"
    case "$1" in
        offering-user-service) echo "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/marketplace" \
            "KEYCLOAK_CLIENT_SECRET=marketplace-service-secret" ;;
        checklist-service) echo "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/checklist" \
            "KEYCLOAK_CLIENT_SECRET=checklist-service-secret" ;;
        compliance-reporting-service) echo "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/reporting" \
            "KEYCLOAK_CLIENT_SECRET=compliance-reporting-service-secret" ;;
        notification-service) echo "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/notification" \
            "KEYCLOAK_CLIENT_SECRET=notification-service-secret" "CHECKLIST_URL=http://127.0.0.1:8082" \
            "MAILER_HOST=127.0.0.1" "MAILER_PORT=$MAIL_SMTP_PORT" "WEBHOOKS_ALLOWED_ORIGINS=http://127.0.0.1" ;;
        gateway) echo "MANAGEMENT_PORT=$GATEWAY_MANAGEMENT_PORT" ;;
    esac
}

# The gateway serves /q/* on its management port only (the Ingress never routes it); the services on their own port.
health_port() { if [ "$1" = gateway ]; then echo "$GATEWAY_MANAGEMENT_PORT"; else echo "$2"; fi; }

start_service() {
    local name=$1 port=$2 jar
    jar=$(jar_of "$name")
    if is_running "$name"; then
        [ "$jar" -nt "$(pid_file "$name")" ] || { log "$name already running on $port"; return; }
        log "$name was rebuilt: restarting"
        stop_process "$name"
    fi
    port_open "$port" && fail "port $port is taken by a process that deploy/local did not start"
    log "starting $name on 127.0.0.1:$port"
    # A heap that starts at its working size: with 64 MB the services spent seconds a minute in full collections under
    # load (benchmarks/README.md). Serial GC: two cores are shared by everything here.
    # shellcheck disable=SC2046
    start_process "$name" env $(service_env "$name") java -Xms256m -Xmx512m -XX:+UseSerialGC -jar "$jar"
}

"$LOCAL_DIR/infra.sh" up
build_services
for entry in "${SERVICES[@]}"; do start_service "${entry%%:*}" "${entry##*:}"; done
for entry in "${SERVICES[@]}"; do
    wait_until "${entry%%:*}" 180 http_ok "http://127.0.0.1:$(health_port "${entry%%:*}" "${entry##*:}")/q/health/ready"
done
log "stack is up"
backends=$(for e in "${SERVICES[@]}"; do [ "${e%%:*}" = gateway ] || echo "${e%%:*} :${e##*:}"; done | paste -sd ',' | sed 's/,/, /g')
cat <<EOF
  Portal:             http://localhost:8080/ (sign in as demo-staff/demo-staff)
  Gateway (the API):  http://localhost:8080/api/   health: http://localhost:$GATEWAY_MANAGEMENT_PORT/q/health
  Keycloak:           http://localhost:$KEYCLOAK_PORT/ (admin/admin), realm "compliance"
  Services:           $backends (127.0.0.1; /q/health, /q/metrics)
  PostgreSQL:         127.0.0.1:$PG_PORT (compliance/compliance): marketplace, checklist, reporting, notification
  Kafka:              127.0.0.1:$KAFKA_PORT
  Mail (GreenMail):   SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT (login: the address, any password)
  Logs:               $RUN_DIR/*.log      Stop: deploy/local/down.sh
EOF
