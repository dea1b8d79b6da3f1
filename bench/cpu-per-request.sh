#!/bin/bash
# bench/cpu-per-request.sh <customer|search|banks|bare> [requests] — Linux only, after `npm run build`.
#
# The server's own CPU time per request (user + system, from /proc/<pid>/stat, threads included) while autocannon
# sends `requests` requests at 50 connections (after a quarter as many to warm up): the compiled sandbox (20,000
# customers, request logging at info, as bench:load starts it) for GET customer by id, the paged `%444%` phone search
# or GET /banks; `bare` is the bare Fastify route of bench:load. On a machine shared with other processes, throughput
# follows whatever CPU share the server gets; CPU time per request moves much less, so it compares builds (and the
# bare route) more steadily. PORT (default 9321) is the sandbox's port, PORT + 1 the bare route's. WORKERS (default 1)
# is the sandbox's SANDBOX_WORKERS: above 1 over a database file in a temporary directory, and the CPU time is the sum
# of the primary process and its workers. SERVER (default build/sandbox.js) is the compiled sandbox to measure, e.g. a
# copy of another branch's build to compare with in the same minutes.
set -euo pipefail
TARGET=${1:?usage: bench/cpu-per-request.sh <customer|search|banks|bare> [requests]}
AMOUNT=${2:-20000}
PORT=${PORT:-9321}
SERVER=${SERVER:-build/sandbox.js}
cd "$(dirname "$0")/.."
# shellcheck source=bench/sandbox-requests.sh
source bench/sandbox-requests.sh
require_target "$TARGET"
run() { send_requests "$TARGET" "$1" 50; }
if [ "$TARGET" = bare ]; then
  PORT=$((PORT + 1))
  node bench/bare-fastify.mjs "$PORT" > /dev/null &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/" > /dev/null; do sleep 0.2; done
  BARE_URL="http://127.0.0.1:$PORT/"
else
  WORKERS=${WORKERS:-1}
  DB=:memory:
  if [ "$WORKERS" -gt 1 ]; then DB_DIR=$(mktemp -d); DB=$DB_DIR/sandbox.db; trap 'rm -rf "$DB_DIR"' EXIT; fi
  OUT=$(mktemp)
  SANDBOX_WORKERS=$WORKERS HOST=127.0.0.1 PORT=$PORT DB_PATH=$DB SEED_CUSTOMERS=20000 LOG_LEVEL=info RATE_LIMIT_PER_MINUTE=0 node "$SERVER" > "$OUT" &
  PID=$!
  # Every worker listening (its start-up is not the requests' CPU), then the banner; one process prints the banner too.
  until grep -q 'Customer Desk is running' "$OUT"; do sleep 0.2; done
  rm -f "$OUT"
  sandbox_sign_in "$PORT" '%444%'
fi
# The process and its children (a sandbox's workers): user + system ticks.
ticks() { for pid in $PID $(pgrep -P "$PID" || true); do cat "/proc/$pid/stat"; done | awk '{ sum += $14 + $15 } END { print sum }'; }
run $((AMOUNT / 4))
before=$(ticks)
run "$AMOUNT"
after=$(ticks)
echo "$TARGET: $(( (after - before) * 1000000 / $(getconf CLK_TCK) / AMOUNT )) µs of server CPU per request ($((after - before)) ticks for $AMOUNT requests)"
kill -INT "$PID"
wait "$PID" 2> /dev/null || true
