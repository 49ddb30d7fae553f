#!/usr/bin/env bash
# provision --local, measured: wall time minus the emulator's simulated deployment time (our overhead),
# the number of ARM requests per deployment (from --verbose), and how long after the deployment reached
# its terminal state in the emulator infractl noticed it (NDJSON "finished" time minus the emulator's
# recorded end time; one clock, one process).
# Target: overhead <= 1 s. Works from a clean checkout (the first call builds the jar and the class-data archive).
# The preflight's wall time (group lookup, template evaluation and every check) comes from the NDJSON "preflight" event.
# INFRACTL_BENCH_ARGS adds options (e.g. --skip-preflight, to compare the totals).
# Usage: scripts/bench-provision.sh [RUNS]   each run uses a fresh copy of infra/provision and a fresh emulator
# state (so the emulator makes its certificates each time, as on a project's first run); prints one line per run,
# then the medians.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
"$repo/scripts/infractl" --version >/dev/null   # builds the jar and the archive if needed; not measured
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "load:$(uptime | sed 's/.*load average//')  archive: $([ -f "$repo/cli/target/infractl.jsa" ] && echo yes || echo no)"

for run in $(seq "$runs"); do
  project="$work/project-$run"
  mkdir -p "$project/infra/provision"
  cp "$repo"/infra/provision/inference.{bicep,json,parameters.json} "$project/infra/provision/"
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  "$repo/scripts/infractl" provision --local --yes --output json --verbose ${INFRACTL_BENCH_ARGS:-} -C "$project" \
      >"$project/events.ndjson" 2>"$project/verbose.log"
  end=$(date +%s%N)
  python3 - "$project" "$start" "$end" <<'PY'
import json, os, re, sys
from datetime import datetime
project, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def instant(text):
    text = text.rstrip("Z")
    if "." in text:
        whole, fraction = text.split(".")
        text = whole + "." + fraction[:6]
    return datetime.fromisoformat(text)
# the emulator's state: its snapshot, then the changes journaled after it
state = json.load(open(project + "/.infractl/local/state.json"))
deployments = dict(state.get("deployments", {}))
journal = project + "/.infractl/local/state.journal"
for line in (open(journal).read().splitlines() if os.path.exists(journal) else []):
    try:
        change = json.loads(line)
    except ValueError:
        continue
    if change.get("put", [""])[0] == "deployments":
        deployments[change["put"][1]] = change["value"]
deployment = list(deployments.values())[0]["properties"]
simulated = float(re.match(r"PT([\d.]+)S", deployment["duration"]).group(1))
events = [json.loads(line) for line in open(project + "/events.ndjson")]
finished, submitted = events[-1], next(e for e in events if e["event"] == "submitted")
preflight = next((e for e in events if e["event"] == "preflight"), {"seconds": 0.0})
requests = [line for line in open(project + "/verbose.log") if re.match(r"> (GET|PUT|POST|HEAD|DELETE|PATCH) ", line)]
name = finished["deployment"]
polls = [line for line in requests if "/deployments/" + name in line and line.startswith("> GET")]
wall = (end - start) / 1e9
began = datetime.utcfromtimestamp(start / 1e9)
to_submit = (instant(submitted["time"]) - began).total_seconds()
after_finish = wall - (instant(finished["time"]) - began).total_seconds()
with open(project + "/../figures.tsv", "a") as figures:
    figures.write(f"{wall - simulated}\t{to_submit}\t{after_finish}\t{(instant(finished['time']) - instant(deployment['timestamp'])).total_seconds()}\t{preflight['seconds']}\n")
print(f"wall={wall:.3f}s simulated={simulated:.3f}s overhead={wall - simulated:.3f}s "
      f"(start-to-submitted={to_submit:.3f}s, finished-to-exit={after_finish:.3f}s) "
      f"notice={(instant(finished['time']) - instant(deployment['timestamp'])).total_seconds():.3f}s "
      f"preflight={preflight['seconds']:.3f}s "
      f"arm_requests={len(requests)} poll_requests={len(polls)} status={finished['status']}")
PY
done
python3 - "$work/figures.tsv" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
overhead, to_submit, after_finish, notice, preflight = (statistics.median(column) for column in zip(*rows))
print(f"median of {len(rows)}: overhead={overhead:.3f}s start-to-submitted={to_submit:.3f}s "
      f"finished-to-exit={after_finish:.3f}s notice={notice:.3f}s preflight={preflight:.3f}s")
PY
