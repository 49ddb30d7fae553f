#!/usr/bin/env bash
# Cost of the emulator's state as it grows (issue 14 item 11): N deployments (default 1000) of the inference template,
# one after the other, into one resource group of one standalone emulator; each is timed from its PUT until a GET says
# Succeeded. Prints the first and last deployment's time, the medians of the first and last 50, their ratio (goal:
# at most 2), the state folder's size and the emulator's CPU time.
# Usage: scripts/bench-emulator-state.sh [N] [SPEED]   (SPEED: the emulator's simulated-time factor, default 1000)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
speed="${2:-1000}"
"$repo/scripts/infractl" --version >/dev/null   # builds the jar if needed; not measured
work="$(mktemp -d)"
out="$work/emulator.out"
java -jar "${INFRACTL_BENCH_JAR:-$repo/cli/target/infractl.jar}" emulator --port 0 --state "$work/state" --speed "$speed" >"$out" 2>"$work/emulator.err" &
emulator=$!
trap 'kill "$emulator" 2>/dev/null; wait "$emulator" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do [ -s "$out" ] && break; sleep 0.1; done
echo "load:$(uptime | sed 's/.*load average//')  deployments: $count  speed: $speed"
python3 - "$out" "$repo/infra/provision/inference.json" "$count" <<'PY'
import json, ssl, sys, time, statistics, urllib.error, urllib.request
line = json.loads(open(sys.argv[1]).readline())
template = json.load(open(sys.argv[2]))
count = int(sys.argv[3])
context = ssl.create_default_context(cafile=line["ca_cert"])
base = line["arm_endpoint"] + "subscriptions/" + line["subscription_id"] + "/resourcegroups/rg-bench"
headers = {"Authorization": "Bearer " + line["token"], "Content-Type": "application/json"}
def call(method, url, body=None):
    request = urllib.request.Request(url, method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request, context=context) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as e:
        sys.exit("%s %s -> %d %s" % (method, url, e.code, e.read().decode()[:400]))
call("PUT", base + "?api-version=2022-09-01", {"location": "swedencentral"})
times = []
for i in range(count):
    url = base + "/providers/Microsoft.Resources/deployments/bench-%04d?api-version=2022-09-01" % i
    start = time.perf_counter()
    call("PUT", url, {"properties": {"mode": "Incremental", "template": template,
                                  "parameters": {"defaultCommands": {"value": ["python app.py"]}}}})
    while True:
        state = call("GET", url)["properties"]["provisioningState"]
        if state in ("Succeeded", "Failed", "Canceled"):
            break
        time.sleep(0.002)
    if state != "Succeeded":
        sys.exit("deployment %d ended %s" % (i, state))
    times.append((time.perf_counter() - start) * 1000)
k = min(50, max(1, count // 4))
first, last = statistics.median(times[:k]), statistics.median(times[-k:])
print("first deployment: %.0f ms   last deployment: %.0f ms" % (times[0], times[-1]))
print("median of first %d: %.1f ms   median of last %d: %.1f ms   last/first: %.2f" % (k, first, k, last, last / first))
PY
pid_ticks=$(awk '{print $14 + $15}' "/proc/$emulator/stat" 2>/dev/null || echo 0)
echo "state folder: $(du -sh "$work/state" | cut -f1) ($(ls "$work/state" | tr '\n' ' '))"
echo "emulator CPU time: $(( pid_ticks / $(getconf CLK_TCK) )) s"
