#!/usr/bin/env bash
# How closely the local emulator answers as Azure does (issue 14): starts a fresh standalone emulator
# (infractl emulator, its own state folder), then runs the fidelity runner from the test sources against it.
# Prints one line per case, PASS or FAIL with the reason, then "fidelity: N/M" and "corpus: N/M" (every template
# under emulator/src/test/resources/corpus deployed and its outputs compared). A measurement: exits 0 whatever it finds.
# Usage: scripts/fidelity.sh [--strict] [--cases|--corpus] [--az]
#   --strict   exit 1 when any case or template fails
#   --cases    only the client calls; --corpus only the templates
#   --az       also the az CLI's own calls (scripts/fidelity-az.sh; needs az, takes a few minutes): "az: N/M"
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runner_args=()
with_az=false
for arg in "$@"; do
  case "$arg" in
    --strict|--cases|--corpus) runner_args+=("$arg") ;;
    --az) with_az=true ;;
    *) echo "usage: scripts/fidelity.sh [--strict] [--cases|--corpus] [--az]" >&2; exit 2 ;;
  esac
done
"$repo/scripts/infractl" --version >/dev/null   # builds cli/target/infractl.jar when sources changed
work="$(mktemp -d)"
classpath="$work/classpath"
(cd "$repo" && mvn -B -q -Dstyle.color=never -pl azure -am test-compile \
   org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath -Dmdep.includeScope=test \
   -Dmdep.outputFile="$classpath" 2>&1 | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' >&2) \
  || { echo "fidelity: building the test classes failed; run 'mvn -B test-compile' in $repo" >&2; rm -rf "$work"; exit 2; }
# Speed 1 keeps a deployment running long enough to cancel it; app start-up 0 lets the app's endpoint answer at once.
java -jar "$repo/cli/target/infractl.jar" emulator --port 0 --state "$work/state" --speed 1 --app-startup 0 \
  >"$work/endpoint" 2>"$work/emulator.err" &
emulator=$!
# set -e reaches into the trap: the killed emulator's status 143 must not become the script's.
trap 'kill "$emulator" 2>/dev/null; wait "$emulator" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do [ -s "$work/endpoint" ] && break; sleep 0.1; done
[ -s "$work/endpoint" ] || { echo "fidelity: the emulator did not start: $(cat "$work/emulator.err")" >&2; exit 2; }
status=0
java -cp "$repo/azure/target/test-classes:$repo/azure/target/classes:$(cat "$classpath")" \
  dev.infractl.emulator.fidelity.FidelityRunner ${runner_args[@]+"${runner_args[@]}"} "$work/endpoint" || status=$?
if $with_az; then
  "$repo/scripts/fidelity-az.sh" "$work/endpoint" "$repo/emulator/src/test/resources/corpus"
fi
exit "$status"
