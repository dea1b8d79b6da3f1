#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit tests, build and the e2e suite, each phase timed.
#
# The first phase runs typecheck (tsc, one thread), lint (ESLint, one thread) and the build (Vite and esbuild) side by
# side: none reads what another writes, and one after another they leave a core idle on a 2-core machine. With
# `--rebuild-native` (what `.ci/run` passes after `npm ci --ignore-scripts`) better-sqlite3's native module is
# compiled (or taken from the machine's cache, scripts/ci/native-modules.sh) in the same phase, as none of the three
# needs it. The unit tests (which need it, and use every core
# themselves) and the e2e suite (which needs the build) follow, one after the other.
set -euo pipefail
cd "$(dirname "$0")/../.."

rebuild_native=false
for argument in "$@"; do
  case "$argument" in
    --rebuild-native) rebuild_native=true ;;
    *) echo "unknown argument: $argument" >&2; exit 2 ;;
  esac
done

suite_start=$(date +%s)
stamp() { printf '%s +%ss' "$(date -u +%H:%M:%S)" "$(($(date +%s) - suite_start))"; }

# Runs the named commands side by side, each with its output kept apart; prints each one's output and duration when
# all have ended, and fails if any failed.
parallel_phase() {
  local phase="$1"
  shift
  local logs
  logs="$(mktemp -d)"
  local names=() pids=()
  echo "== [$(stamp)] ${phase}: $*"
  for name in "$@"; do
    (
      start=$(date +%s)
      status=0
      run_named "$name" >"${logs}/${name}.log" 2>&1 || status=$?
      echo "$(($(date +%s) - start)) ${status}" >"${logs}/${name}.result"
      exit "$status"
    ) &
    names+=("$name")
    pids+=("$!")
  done
  local failed=0
  for index in "${!pids[@]}"; do
    wait "${pids[$index]}" || failed=1
  done
  for name in "${names[@]}"; do
    read -r seconds status <"${logs}/${name}.result"
    echo "-- ${name} (${seconds}s, exit ${status})"
    cat "${logs}/${name}.log"
  done
  rm -rf "$logs"
  echo "== [$(stamp)] ${phase} done"
  return "$failed"
}

run_named() {
  case "$1" in
    typecheck) npm run --silent typecheck ;;
    lint) npm run --silent lint ;;
    build) npm run --silent build ;;
    native) bash scripts/ci/native-modules.sh ;;
    *) echo "unknown phase part: $1" >&2; return 2 ;;
  esac
}

phase() {
  local name="$1"
  shift
  local start
  start=$(date +%s)
  echo "== [$(stamp)] ${name}"
  "$@"
  echo "== [$(stamp)] ${name} done ($(($(date +%s) - start))s)"
}

first=(typecheck lint build)
if [ "$rebuild_native" = true ]; then first+=(native); fi
parallel_phase "checks and build" "${first[@]}"
phase "unit tests" npm run --silent test:unit
phase "e2e tests" npm run --silent test:e2e
echo "== [$(stamp)] npm test passed"
