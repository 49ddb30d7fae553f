#!/usr/bin/env bash
# Cold start-up of the CLI through scripts/infractl: a fresh JVM per run (the OS page cache stays warm), as a user
# sees it. Targets: --version <= 0.5 s, params <= 1.0 s. Works from a clean checkout: the first call builds the jar
# and records the class-data archive, and is not measured.
# Usage: scripts/bench-startup.sh [RUNS]   prints min / median / max wall seconds per command.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
"$repo/scripts/infractl" --version >/dev/null   # builds the jar and the archive if needed; not measured
echo "load:$(uptime | sed 's/.*load average//')  archive: $([ -f "$repo/cli/target/infractl.jsa" ] && echo yes || echo no)"

measure() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { t[NR] = $1 }
    END { printf "%-28s runs=%d  min=%.3fs  median=%.3fs  max=%.3fs\n", label, n, t[1]/1000, t[int((n+1)/2)]/1000, t[n]/1000 }'
}

measure "infractl --version" "$repo/scripts/infractl" --version
measure "infractl params (repo root)" "$repo/scripts/infractl" params -C "$repo"
measure "infractl params --output json" "$repo/scripts/infractl" params -C "$repo" --output json
