#!/usr/bin/env bash
# The benchmark: seeds what is missing (up to a million offering users, through the real paths), then runs every
# scenario for a bounded time against 127.0.0.1 and prints a table and JSON (also in benchmarks/results/last-run.json).
#
#   deploy/local/up.sh                 # the stack must be up
#   benchmarks/run.sh [seconds]        # seconds per scenario (default 10); `seed` or `scenario NAME` instead also work
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v pgbench >/dev/null || missing+=(postgresql-client)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian packages)"
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
    $SUDO apt-get install -y "${missing[@]}" >/dev/null
fi

jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find benchmarks/src benchmarks/pom.xml test-support/src -newer "$jar" -print -quit)" ]; then
    mvn -q -B -pl benchmarks -am package -DskipTests
fi
# A copy, so that rebuilding the module while a long seeding run goes on cannot pull classes from under it.
run_dir=benchmarks/target/bench-run
rm -rf "$run_dir" && mkdir -p "$run_dir" && cp -r "$jar" benchmarks/target/lib "$run_dir/"

case "${1:-}" in
    seed|scenario|measure) exec java -Dbench.home=benchmarks -jar "$run_dir/benchmarks.jar" "$@" ;;
    *) exec java -Dbench.home=benchmarks -jar "$run_dir/benchmarks.jar" run "${1:-10}" ;;
esac
