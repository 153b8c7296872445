#!/usr/bin/env bash
# CPU the gateway spends on one proxied request, and the throughput, for one path: wrk with 16 connections for 45 s of
# warm-up, then three runs of 10 s, the gateway's CPU read from /proc before and after each. For trying a gateway setting
# quickly (restart the gateway with it, run this); benchmarks/run.sh gives the full picture.
#   benchmarks/gateway-cpu.sh TOKEN [PATH]      (default PATH: /api/users/me/)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
token=$1
url=${GATEWAY_URL:-http://127.0.0.1:8080}${2:-/api/users/me/}
pid=$(cat "$ROOT/deploy/local/.run/gateway.pid")
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
wrk -t 2 -c 16 -d 45s -H "Authorization: Bearer $token" "$url" >/dev/null
for run in 1 2 3; do
    before=$(cpu_ticks)
    out=$(wrk -t 2 -c 16 -d 10s -H "Authorization: Bearer $token" "$url")
    after=$(cpu_ticks)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    # ticks are 10 ms (CLK_TCK 100)
    echo "run $run: $rate req/s, gateway CPU $(echo "scale=3; ($after - $before) * 10 / $requests" | bc) ms per request"
done
