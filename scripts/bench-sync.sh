#!/usr/bin/env bash
# Measures deploy's sync against the local emulator (HTTPS, SharedKey, real Files SDK):
#   1. first upload of 1,000 small files, 2. the no-op sync of the same tree, RUNS times (targets: sync alone
#   <= 2 s and <= 5 requests; the whole command as short as it can be), 3. a changed tree of 200 MB (50 files of
#   4 MiB) and its throughput.
# Prints sync_ms (the sync alone, from the NDJSON summary) and the whole command's wall time (JVM + emulator start).
# Works from a clean checkout (the first call builds the jar and the class-data archive, and is not measured).
# Usage: scripts/bench-sync.sh [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
project="$work/bench"
mkdir -p "$project/infra" "$project/inference"
cp -r "$repo/examples/phi3-inference/infra/provision" "$project/infra/"

infractl() { "$repo/scripts/infractl" "$@" -C "$project" --local --emulator-speed 50; }
field() { python3 -c "import json,sys; d=json.loads(sys.argv[1].strip().splitlines()[-1]); print(d['$1'])" "$2"; }
now_ms() { date +%s%3N; }

run_deploy() {  # label
  local start end out
  start=$(now_ms)
  out=$(infractl deploy --no-restart --no-wait --output json)
  end=$(now_ms)
  printf '%-34s uploaded=%-5s bytes=%-10s requests=%-5s sync_ms=%-6s wall_ms=%s\n' "$1" \
    "$(field uploaded "$out")" "$(field bytes_uploaded "$out")" "$(field requests "$out")" "$(field sync_ms "$out")" $((end - start))
  LAST_SYNC_MS=$(field sync_ms "$out")
  LAST_WALL_MS=$((end - start))
}

echo "provisioning the emulator project in $project ..." >&2
infractl provision --yes --output json > /dev/null
echo "load:$(uptime | sed 's/.*load average//')  archive: $([ -f "$repo/cli/target/infractl.jsa" ] && echo yes || echo no)"

for d in $(seq 1 20); do
  mkdir -p "$project/inference/pkg$d"
  for f in $(seq 1 50); do
    head -c 1024 /dev/urandom > "$project/inference/pkg$d/file$f.py"
  done
done
run_deploy "first sync, 1,000 files"
noop_sync=() noop_wall=()
for _ in $(seq "$runs"); do
  run_deploy "no-op sync, 1,000 files"
  noop_sync+=("$LAST_SYNC_MS") noop_wall+=("$LAST_WALL_MS")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "no-op sync, median of $runs: sync_ms=$(median "${noop_sync[@]}") wall_ms=$(median "${noop_wall[@]}")"

# the 1,000 small files stay: only the new 200 MB are uploaded
mkdir -p "$project/inference/weights"
for f in $(seq 1 50); do
  head -c 4194304 /dev/urandom > "$project/inference/weights/part$f.bin"
done
run_deploy "changed tree, 200 MB (50 x 4 MiB)"
python3 -c "print('throughput: %.1f MB/s (200 MB in %d ms, sync alone)' % (200 / ($LAST_SYNC_MS / 1000), $LAST_SYNC_MS))"
