#!/usr/bin/env bash
# The portal's browser tests (tests/*.test.ts) against the running stack, run by e2e-tests in the integration-test
# phase. Installs Debian's chromium when it is missing, then writes the tests' exit code to target/browser-tests.rc and
# exits 0 itself, so that Maven still stops the stack afterwards; the verify phase fails the build on that code.
# Usage: e2e-tests/browser/run.sh [check]
set -uo pipefail
cd "$(dirname "$0")"
rc_file=../target/browser-tests.rc
mkdir -p ../target

if [ "${1:-}" = check ]; then
    rc=$(cat "$rc_file" 2>/dev/null || echo 1)
    [ "$rc" = 0 ] || echo "The portal's browser tests failed (exit $rc): see their output above the stack's stop." >&2
    exit "$rc"
fi

run() {
    if ! command -v chromium >/dev/null 2>&1; then
        echo "chromium is missing: installing Debian's chromium and chromium-driver"
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver; } \
            || { echo "could not install chromium" >&2; return 1; }
    fi
    npm ci --no-audit --no-fund || return 1
    npm test
}

run
echo $? >"$rc_file"
exit 0
