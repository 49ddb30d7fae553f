#!/usr/bin/env bash
# N named environments provisioned at once in one process (provision --all-envs) against one standalone emulator
# (speed 1: a template deploys in 2-3 s), wall time against one environment (provision --env e1), median of 3
# runs each. Goal: 10 environments in under 2x one environment on 2 cores.
# Each run gets a fresh project and a fresh emulator (the GPU quota raised so that N environments fit); the emulator
# starting and `env new` are not measured, only the provision command. Prints the load (uptime) first.
# Usage: scripts/bench-envs.sh [N]   (default 10; BENCH_RUNS=3 runs of each)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10}"
runs="${BENCH_RUNS:-3}"
"$repo/scripts/infractl" --version >/dev/null   # builds the jar and the archive if needed; not measured
work="$(mktemp -d)"
emulator_pid=""
cleanup() {
  [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
echo "load:$(uptime | sed 's/.*load average//')  cores: $(nproc)"
printf '{"quotas": {"SubscriptionNCA100Gpus": 10000, "SubscriptionConsumptionNCA100Gpus": 10000}}\n' >"$work/faults.json"

# one measured run: $1 environments, run number $2; prints the wall seconds
measure() {
  local count="$1" run="$2" dir="$work/$1-$2"
  mkdir -p "$dir/project/infra/provision"
  cp "$repo"/infra/provision/inference.{bicep,json,parameters.json} "$dir/project/infra/provision/"
  "$repo/scripts/infractl" emulator --state "$dir/state" --emulator-faults "$work/faults.json" \
      >"$dir/emulator.json" 2>"$dir/emulator.log" &
  emulator_pid=$!
  until [ -s "$dir/emulator.json" ]; do
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$dir/emulator.log" >&2; exit 1; }
    sleep 0.2
  done
  read -r arm ca token subscription < <(python3 - "$dir/emulator.json" <<'PY'
import json, ssl, sys, urllib.request
first = json.loads(open(sys.argv[1]).readline())
context = ssl.create_default_context(cafile=first["ca_cert"])
request = urllib.request.Request(first["arm_endpoint"].rstrip("/") + "/subscriptions?api-version=2022-12-01",
                                 headers={"Authorization": "Bearer " + first["token"]})
subscription = json.load(urllib.request.urlopen(request, context=context))["value"][0]["subscriptionId"]
print(first["arm_endpoint"], first["ca_cert"], first["token"], subscription)
PY
)
  for i in $(seq "$count"); do
    mkdir -p "$dir/project/.infractl/envs/e$i"
    printf '{"subscription": "%s", "resourceGroup": "rg-bench-e%s", "location": "swedencentral"}\n' \
        "$subscription" "$i" >"$dir/project/.infractl/envs/e$i/env.json"
  done
  local select=(--env e1)
  [ "$count" -gt 1 ] && select=(--all-envs)
  local start end code=0
  start=$(date +%s%N)
  INFRACTL_ACCESS_TOKEN="$token" "$repo/scripts/infractl" provision --yes --output json "${select[@]}" \
      --arm-endpoint "$arm" --ca-cert "$ca" -C "$dir/project" >"$dir/events.ndjson" 2>"$dir/err.log" || code=$?
  end=$(date +%s%N)
  kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null || true
  emulator_pid=""
  if [ "$code" -ne 0 ]; then
    echo "provision of $count environment(s) exited $code:" >&2
    tail -20 "$dir/err.log" >&2
    exit 1
  fi
  local written
  written=$(find "$dir/project/.infractl/envs" -name inference.config.json | wc -l)
  [ "$written" -eq "$count" ] || { echo "only $written of $count configs written" >&2; exit 1; }
  python3 -c "print(f'{($end - $start) / 1e9:.3f}')"
}

for count in 1 "$n"; do
  times=()
  for run in $(seq "$runs"); do
    seconds=$(measure "$count" "$run")
    times+=("$seconds")
    echo "environments=$count run=$run wall=${seconds}s"
  done
  echo "${times[*]}" >"$work/median-$count"
done
python3 - "$work/median-1" "$work/median-$n" "$n" <<'PY'
import statistics, sys
one = statistics.median(map(float, open(sys.argv[1]).read().split()))
many = statistics.median(map(float, open(sys.argv[2]).read().split()))
print(f"median: 1 environment {one:.2f}s, {sys.argv[3]} environments {many:.2f}s, ratio {many / one:.2f}x (goal < 2x)")
PY
echo "load:$(uptime | sed 's/.*load average//')"
