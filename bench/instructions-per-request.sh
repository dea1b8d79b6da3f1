#!/bin/bash
# bench/instructions-per-request.sh <customer|search|banks|bare> [requests] — Linux with valgrind, after `npm run build`.
#
# The server's user-space instructions per request, counted by valgrind's callgrind: the compiled sandbox in one
# process (2,000 customers, request logging at info to a file, as bench:load starts it), or the bare Fastify route of
# bench:load. The server runs under callgrind (~50× slower), is warmed up with 8,000 requests at 20 connections, then
# counted over `requests` more (default 3,000). It prints the total and, apart, what V8's optimising compilers took in
# that window (TurboFan/Maglev still compile under callgrind long after a native run would have finished): the figure
# to compare is the rest, which repeats within ~1 % from run to run — where CPU time per request
# (bench/cpu-per-request.sh) moved by up to ±30 % on a shared machine. It counts instructions, not time: the kernel's
# part (the socket write) and memory stalls are not in it. KEEP=1 keeps the profile (callgrind.out.*) and the JIT's
# symbol map (perf-*.map) in the current directory, for `callgrind_annotate` (V8's own log, which the symbol map turns
# on, is left out). SERVER (default build/sandbox.js) is the compiled sandbox to count, e.g. another branch's build.
set -euo pipefail
TARGET=${1:?usage: bench/instructions-per-request.sh <customer|search|banks|bare> [requests]}
AMOUNT=${2:-3000}
PORT=${PORT:-9331}
SERVER=${SERVER:-build/sandbox.js}
HERE=$(pwd)
cd "$(dirname "$0")/.."
# shellcheck source=bench/sandbox-requests.sh
source bench/sandbox-requests.sh
require_target "$TARGET"
run() { send_requests "$TARGET" "$1" 20; }
command -v valgrind > /dev/null || { echo "valgrind is not installed (Debian: apt-get install valgrind)" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# valgrind names its control pipe after $HOST and $USER; callgrind_control must see the same ones.
export HOST=127.0.0.1 USER=${USER:-root}
CALLGRIND=(valgrind --tool=callgrind --instr-atstart=no "--callgrind-out-file=$OUT/callgrind.out.%p")
if [ "$TARGET" = bare ]; then
  "${CALLGRIND[@]}" node --perf-basic-prof "--logfile=$OUT/v8.log" --no-logfile-per-isolate bench/bare-fastify.mjs "$PORT" > "$OUT/log" 2> "$OUT/err" &
  PID=$!
  until grep -q listening "$OUT/log" 2> /dev/null; do sleep 0.5; done
  BARE_URL="http://127.0.0.1:$PORT/"
else
  PORT=$PORT DB_PATH=:memory: SANDBOX_WORKERS=1 SEED_CUSTOMERS=2000 LOG_LEVEL=info RATE_LIMIT_PER_MINUTE=0 \
    "${CALLGRIND[@]}" node --perf-basic-prof "--logfile=$OUT/v8.log" --no-logfile-per-isolate "$SERVER" > "$OUT/log" 2> "$OUT/err" &
  PID=$!
  until grep -q 'Customer Desk is running' "$OUT/log" 2> /dev/null; do sleep 0.5; done
  sandbox_sign_in "$PORT" '%44%'
fi
run 8000
callgrind_control -i on "$PID" > /dev/null
run "$AMOUNT"
callgrind_control -d "$PID" > /dev/null
kill -INT "$PID"
wait "$PID" 2> /dev/null || true
PROFILE=$(ls "$OUT"/callgrind.out.*.1)
callgrind_annotate --threshold=100 "$PROFILE" 2> /dev/null | node -e '
  const [amount, target] = process.argv.slice(1);
  let total = 0, compiler = 0;
  for (const line of require("fs").readFileSync(0, "utf8").split("\n")) {
    const match = line.match(/^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$/);
    if (!match) continue;
    const count = Number(match[1].replaceAll(",", ""));
    if (match[2].includes("PROGRAM TOTALS")) total = count;
    else if (/compiler::|maglev::|turboshaft::/i.test(match[2])) compiler += count;
  }
  const per = (n) => Math.round(n / amount).toLocaleString("en");
  console.log(`${target}: ${per(total - compiler)} instructions per request without the JIT compilers (${per(total)} with them; ${amount} requests)`);
' "$AMOUNT" "$TARGET"
if [ "${KEEP:-}" = 1 ]; then cp "$PROFILE" "$HERE/"; cp "/tmp/perf-$PID.map" "$HERE/" 2> /dev/null || true; fi
rm -f "/tmp/perf-$PID.map"
