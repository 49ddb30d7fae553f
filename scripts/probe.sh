#!/usr/bin/env bash
# The adversarial suite: runs a corpus of hostile cases against the built scripts/infractl with --local, each in
# a temporary project, and prints "N/M held" plus one line per case that did not hold. Not part of `mvn verify`.
#   scripts/probe.sh [-v] [PATTERN]     -v lists every case; PATTERN runs only cases whose name matches (grep -E)
# Classes: bad input, faults, kills, races, hostile share contents, secrets (every file and every output scanned).
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
infractl="$repo/scripts/infractl"
verbose=0
[ "${1:-}" = "-v" ] && { verbose=1; shift; }
only="${1:-}"

work="$(mktemp -d "${TMPDIR:-/tmp}/infractl-probe.XXXXXX")"
outputs="$work/outputs"                       # every stdout and stderr of every run, for the secrets scan
mkdir -p "$outputs"
background=()
cleanup() {
  for pid in "${background[@]}"; do kill -9 "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

held=0 total=0 runs=0 why="" rc=0 out="" err="" bg_pid="" bg_out="" limit=180
failed=()

# --- running infractl -------------------------------------------------------------------------------------------

new_project() {   # a fresh project with the repository's template; prints its folder
  local dir="$work/p$((++runs))"
  mkdir -p "$dir/infra/provision" "$dir/inference"
  cp "$repo/infra/provision/"{inference.bicep,inference.json,inference.parameters.json} "$dir/infra/provision/"
  printf 'print("hello")\n' > "$dir/inference/app.py"
  printf 'flask\n' > "$dir/inference/requirements.txt"
  echo "$dir"
}

inf() {           # inf DIR COMMAND ARGS...: runs infractl in DIR; sets rc, out, err (file contents)
  local dir="$1" command="$2"; shift 2
  local n=$((++runs))
  (cd "$dir" && timeout "$limit" "$infractl" "$command" "$@" >"$outputs/$n.out" 2>"$outputs/$n.err")
  rc=$?
  out="$(cat "$outputs/$n.out")"
  err="$(cat "$outputs/$n.err")"
}

inf_background() { # like inf, without waiting; sets bg_pid (scripts/infractl execs java: one process to kill)
  local dir="$1" command="$2"; shift 2
  local n=$((++runs))
  (cd "$dir" && exec "$infractl" "$command" "$@" >"$outputs/$n.out" 2>"$outputs/$n.err") &
  bg_pid=$! bg_out="$outputs/$n.out"
  background+=("$bg_pid")
}

# --- assertions: each sets $why and fails --------------------------------------------------------------------------

expect_rc()  { [ "$rc" = "$1" ] || { why="exit $rc, expected $1: $(last_error)"; return 1; }; }
expect_err() { grep -Eq -- "$1" <<<"$err" || { why="stderr lacks /$1/: $(last_error)"; return 1; }; }
expect_out() { grep -Eq -- "$1" <<<"$out" || { why="stdout lacks /$1/"; return 1; }; }
reject_err() { ! grep -Eq -- "$1" <<<"$err" || { why="stderr has /$1/: $(grep -Em1 -- "$1" <<<"$err")"; return 1; }; }
reject_out() { ! grep -Eq -- "$1" <<<"$out" || { why="stdout has /$1/: $(grep -Em1 -- "$1" <<<"$out")"; return 1; }; }
no_internals() { reject_err 'Exception|StreamReadFeature|^\s+at [a-z]+\.[A-Za-z.$]+\(|\[Source:'; }  # a stack frame, not "at file:line"
one_error()  {
  local n; n="$(grep -c '^error:' <<<"$err")"
  [ "$n" = 1 ] || { why="$n errors for one mistake: $(grep '^error:' <<<"$err" | tr '\n' ' ')"; return 1; }
}
last_error() { grep -E '^error:|Exception' <<<"$err" | head -1 | cut -c1-160; }

deployments() {   # deployments the project's emulator state holds: its snapshot plus its journal (-1: cannot tell)
  python3 - "$1/.infractl/local" <<'EOF' 2>/dev/null || echo -1
import json, os, sys
state = json.load(open(os.path.join(sys.argv[1], "state.json")))
names = set(state.get("deployments", {}))
journal = os.path.join(sys.argv[1], "state.journal")
for line in (open(journal).read().splitlines() if os.path.exists(journal) else []):
    try:
        change = json.loads(line)
    except ValueError:
        continue  # a torn last line, which the emulator ignores too
    for verb in ("put", "remove"):
        where = change.get(verb)
        if where and where[0] == "deployments":
            (names.add if verb == "put" else names.discard)(where[1])
print(len(names))
EOF
}
expect_deployments() {
  local n; n="$(deployments "$1")"
  [ "$n" = "$2" ] || { why="$n deployment(s) in the emulator, expected $2"; return 1; }
}
expect_no_deployment() {  # bad input: no state at all, or a state without deployments
  local n; n="$(deployments "$1")"
  [ "$n" -le 0 ] || { why="$n deployment(s) made from bad input"; return 1; }
}
share_dir() { find "$1/.infractl/local/files" -mindepth 2 -maxdepth 2 -type d ! -name .properties 2>/dev/null | head -1; }

probe() {         # probe NAME FUNCTION: one case
  local name="$1"
  [ -n "$only" ] && ! grep -Eq -- "$only" <<<"$name" && return 0
  total=$((total + 1)); why=""
  if "$2" && [ -z "$why" ]; then
    held=$((held + 1)); [ "$verbose" = 1 ] && echo "held  $name"
  else
    failed+=("$name"); echo "FAIL  $name: ${why:-failed}"
  fi
}

# --- bad input: exit 2, one error per mistake, where and how to fix, nothing sent ---------------------------------

params_file() { printf '%s' "$2" > "$1/infra/provision/inference.parameters.json"; }

bad_json() {
  local p; p="$(new_project)"
  sed -i 's/"maximumInstanceCount": {/"maximumInstanceCount" {/' "$p/infra/provision/inference.parameters.json"
  inf "$p" params --local
  expect_rc 2 && expect_err 'inference.parameters.json:[0-9]+:[0-9]+' && no_internals && one_error
}
trailing_comma() {
  local p; p="$(new_project)"
  params_file "$p" '{"parameters": {"maximumInstanceCount": {"value": 3},}}'
  inf "$p" params --local
  expect_rc 2 && expect_err 'comma' && expect_err ':1:[0-9]+' && no_internals && one_error
}
truncated_json() {
  local p; p="$(new_project)"
  params_file "$p" '{"parameters": {"maximumInstanceCount": {"value": 3}'
  inf "$p" plan --local
  expect_rc 2 && expect_err 'not closed|ends' && no_internals && one_error
}
unknown_name() {
  local p; p="$(new_project)"
  inf "$p" params --local --param maximumInstanceCont=3
  expect_rc 2 && expect_err 'did you mean maximumInstanceCount' && one_error
}
wrong_type() {
  local p; p="$(new_project)"
  params_file "$p" '{"parameters": {"defaultCommands": {"value": ["a"]}, "maximumInstanceCount": {"value": "3"}}}'
  inf "$p" params --local
  expect_rc 2 && expect_err 'declared as int' && expect_err ':1:[0-9]+' && one_error
}
bad_cidr_param() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --param 'allowedIpRanges=["203.0.113.0/24","10.0.0.0/33"]'
  expect_rc 2 && expect_err "10\\.0\\.0\\.0/33" && one_error && expect_no_deployment "$p"
}
bad_cidr_file() {
  local p; p="$(new_project)"
  params_file "$p" '{"parameters": {"defaultCommands": {"value": ["a"]}, "allowedIpRanges": {"value": ["300.1.2.3"]}}}'
  inf "$p" plan --local
  expect_rc 2 && expect_err '300\.1\.2\.3' && expect_err '\$\.parameters\.allowedIpRanges\.value\[0\]' && one_error
}
huge_payload() {
  local p; p="$(new_project)"
  python3 -c 'import json; print(json.dumps(["x" * (5 * 1024 * 1024)]))' > "$p/huge.json"
  inf "$p" provision --local --yes --param "defaultCommands=@$p/huge.json"
  expect_rc 2 && expect_err '4 MB' && expect_err 'defaultCommands' && one_error && expect_no_deployment "$p"
}
bom_parameters() {
  local p; p="$(new_project)"
  printf '\xef\xbb\xbf' | cat - "$p/infra/provision/inference.parameters.json" > "$p/x" && mv "$p/x" "$p/infra/provision/inference.parameters.json"
  inf "$p" params --local
  expect_rc 0
}
bom_parameters_option() {
  local p; p="$(new_project)"
  printf '\xef\xbb\xbf{"parameters": {"maximumInstanceCount": {"value": 3}}}' > "$p/ci.json"
  inf "$p" params --local --parameters ci.json
  expect_rc 0 && expect_out 'maximumInstanceCount +3'
}
bom_at_file() {
  local p; p="$(new_project)"
  printf '\xef\xbb\xbf["203.0.113.0/24"]' > "$p/ranges.json"
  inf "$p" params --local --param allowedIpRanges=@ranges.json
  expect_rc 0 && expect_out '203\.0\.113\.0/24'
}
unset_variable() {
  local p; p="$(new_project)"
  params_file "$p" '{"parameters": {"defaultCommands": {"value": ["a"]}, "acaAppName": {"value": "app-${PROBE_UNSET_VAR}"}}}'
  inf "$p" params --local
  expect_rc 2 && expect_err 'PROBE_UNSET_VAR is not set' && one_error
}
param_without_equals() {
  local p; p="$(new_project)"
  inf "$p" params --local --param maximumInstanceCount
  expect_rc 2 && expect_err 'NAME=VALUE' && one_error
}
missing_parameters_file() {
  local p; p="$(new_project)"
  inf "$p" params --local --parameters nowhere.json
  expect_rc 2 && expect_err 'nowhere\.json' && one_error
}
bad_int_param() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --param maximumInstanceCount=many
  expect_rc 2 && expect_err "'many' is not an int" && one_error && expect_no_deployment "$p"
}
name_too_short() {
  local p; p="$(new_project)"
  inf "$p" params --local --param storageAccountName=ab
  expect_rc 2 && one_error
}
missing_project_dir() {
  inf "$work" params -C "$work/no-such-folder"
  expect_rc 2 && expect_err 'does not exist' && reject_err 'no template'
}
unknown_option() {
  local p; p="$(new_project)"
  inf "$p" provision --local --paramz x=1
  expect_rc 2 && expect_err '^hint:' && no_internals
}
bad_output_format() {
  local p; p="$(new_project)"
  inf "$p" params --output yaml
  expect_rc 2 && no_internals
}
huge_timeout() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --timeout 999999999999999999h
  expect_rc 2 && no_internals
}
unknown_region_local() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --location marsnorth
  expect_rc 2 && expect_err 'not a region' && expect_no_deployment "$p"
}
empty_template() {
  local p; p="$(new_project)"
  rm "$p/infra/provision/inference.bicep"; : > "$p/infra/provision/inference.json"
  inf "$p" params --local
  expect_rc 2 && reject_err '\{\}' && expect_err '^hint:'
}
bad_faults_file() {
  local p; p="$(new_project)"
  printf '{"requests": [' > "$p/faults.json"
  inf "$p" provision --local --yes --emulator-faults faults.json
  expect_rc 2 && no_internals && expect_err 'faults.json'
}
emulator_speed_zero() {
  local p; p="$(new_project)"
  limit=20 inf "$p" emulator --speed 0
  expect_rc 2 && no_internals
}
emulator_port_out_of_range() {
  local p; p="$(new_project)"
  limit=20 inf "$p" emulator --port 70000
  expect_rc 2 && no_internals && reject_err 'faults'
}
bad_input_starts_nothing() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --param maximumInstanceCount=many
  expect_rc 2 && { [ ! -e "$p/.infractl/local" ] || { why="bad input still started the emulator: $p/.infractl/local exists"; return 1; }; }
}

# --- faults: retried, never a second deployment ---------------------------------------------------------------------

faults_retried() {
  local p; p="$(new_project)"
  cat > "$p/faults.json" <<'EOF'
{"requests": [
  {"method": "PUT", "path": "/deployments/[^/]+$", "times": 1, "status": 429, "retryAfterSeconds": 1},
  {"method": "GET", "path": "/operations$", "every": 3, "status": 503},
  {"path": "/resourcegroups/[^/]+$", "times": 1, "reset": true}]}
EOF
  inf "$p" provision --local --yes --emulator-speed 20 --emulator-faults faults.json
  expect_rc 0 && expect_deployments "$p" 1 && expect_err 'Succeeded'

}
failing_resource() {
  local p; p="$(new_project)"
  cat > "$p/faults.json" <<'EOF'
{"resources": [{"type": "Microsoft.App/managedEnvironments", "error": {"code": "MaxRegionalQuotaExceeded",
  "message": "Not enough GPU quota.", "details": [{"code": "SubscriptionNCA100Gpus", "message": "Requested 2, limit 0."}]}}]}
EOF
  inf "$p" provision --local --yes --emulator-speed 20 --emulator-faults faults.json
  expect_rc 1 && expect_err 'MaxRegionalQuotaExceeded' && expect_err 'SubscriptionNCA100Gpus' && expect_err '^hint:' \
    && expect_deployments "$p" 1
}
deploy_through_503s() {
  local p; p="$(new_project)"
  inf "$p" provision --local --yes --emulator-speed 20 || true
  expect_rc 0 || return 1
  for i in $(seq 1 20); do printf 'file %s\n' "$i" > "$p/inference/f$i.txt"; done
  printf '{"requests": [{"method": "PUT", "path": "inference/", "every": 3, "status": 503}]}' > "$p/faults.json"
  inf "$p" deploy --local --no-wait --emulator-faults faults.json
  expect_rc 0 && share_matches "$p"
}
share_matches() {  # the share's inference/ holds exactly the local files (the manifest aside)
  local share; share="$(share_dir "$1")"
  [ -n "$share" ] || { why="no share on disk"; return 1; }
  # upload temporaries of a killed run are not the question here; only content that differs is
  local d; d="$(diff -rq -x .infractl-manifest.json -x '*.infractl-upload-*' "$1/inference" "$share/inference" 2>&1 | head -3 | tr '\n' ' ')"
  [ -z "$d" ] || { why="share differs from inference/: $d"; return 1; }
}

# --- kills: kill -9 mid-way, then again: one deployment, a truthful summary ------------------------------------------

wait_for() {      # wait_for SECONDS COMMAND...: polls every 0.2 s
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do [ "$SECONDS" -ge "$deadline" ] && return 1; sleep 0.2; done
}
has_deployment() { [ "$(deployments "$1")" -ge 1 ] 2>/dev/null; }
kill_now() { kill -9 "$1" 2>/dev/null; wait "$1" 2>/dev/null; }

kill_mid_provision() {
  local p pid; p="$(new_project)"
  inf_background "$p" provision --local --yes --emulator-speed 0.2; pid="$bg_pid"
  wait_for 60 has_deployment "$p" || { kill_now "$pid"; why="no deployment submitted within 60 s"; return 1; }
  kill_now "$pid"
  inf "$p" status --local --attach --emulator-speed 20
  expect_rc 0 && expect_deployments "$p" 1 || return 1
  inf "$p" provision --local --yes --emulator-speed 20
  expect_rc 0 && expect_deployments "$p" 2
}
kill_then_provision_attaches() {
  local p pid; p="$(new_project)"
  inf_background "$p" provision --local --yes --emulator-speed 0.2; pid="$bg_pid"
  wait_for 60 has_deployment "$p" || { kill_now "$pid"; why="no deployment submitted within 60 s"; return 1; }
  kill_now "$pid"
  inf "$p" provision --local --yes --emulator-speed 0.2
  expect_rc 0 && expect_deployments "$p" 1
}
kill_mid_deploy() {
  local p pid share; p="$(new_project)"
  inf "$p" provision --local --yes --emulator-speed 20; expect_rc 0 || return 1
  for i in $(seq 1 300); do head -c 20000 /dev/urandom | base64 > "$p/inference/f$i.txt"; done
  inf "$p" deploy --local --no-wait; expect_rc 0 || return 1
  cp -r "$p/inference" "$work/version-a"
  for i in $(seq 1 300); do echo "version b" >> "$p/inference/f$i.txt"; done
  share="$(share_dir "$p")"
  inf_background "$p" deploy --local --no-wait; pid="$bg_pid"
  wait_for 60 grep -qs "version b" "$share/inference/f1.txt" "$share/inference/f150.txt" "$share/inference/f300.txt" || true
  kill_now "$pid"
  rm -rf "$p/inference"; cp -r "$work/version-a" "$p/inference"
  inf "$p" deploy --local --no-wait
  expect_rc 0 && share_matches "$p"
}

# --- races: two runs at once, exactly one deployment ------------------------------------------------------------

race() {          # race GAP: two provisions of one project GAP seconds apart; exactly one deployment
  local p a b rc_a rc_b out_a out_b names; p="$(new_project)"
  inf_background "$p" provision --local --yes --emulator-speed 2 --output json; a="$bg_pid" out_a="$bg_out"
  sleep "$1"
  inf_background "$p" provision --local --yes --emulator-speed 2 --output json; b="$bg_pid" out_b="$bg_out"
  wait "$a"; rc_a=$?; wait "$b"; rc_b=$?
  [ "$rc_a" = 0 ] && [ "$rc_b" = 0 ] || { why="exits $rc_a and $rc_b, expected 0 and 0"; return 1; }
  # both runs name the deployment they submitted or attached to; the state file alone could hide a lost write
  # (the "submitted" events: a "validated" event names a deployment that was only checked, never sent)
  names="$(cat "$out_a" "$out_b" | grep '"event" *: *"submitted"' | grep -o '"deployment" *: *"[^"]*"' | sort -u | tr '\n' ' ')"
  [ "$(grep -o 'inference-[0-9-]*' <<<"$names" | sort -u | wc -l)" = 1 ] || { why="deployments: ${names:-none}"; return 1; }
  expect_deployments "$p" 1
}
two_provisions_at_once() { race 0; }
two_provisions_a_second_apart() { race 1; }

# --- hostile share contents: nothing outside inference/ touched --------------------------------------------------

poisoned_manifest() {
  local p share; p="$(new_project)"
  inf "$p" provision --local --yes --emulator-speed 20; expect_rc 0 || return 1
  inf "$p" deploy --local --no-wait; expect_rc 0 || return 1
  share="$(share_dir "$p")"
  mkdir -p "$share/models"; echo keep > "$share/models/keep.bin"; echo keep > "$share/outside.txt"
  echo keep > "$work/outside-the-share.txt"
  python3 - "$share/inference/.infractl-manifest.json" "$work/outside-the-share.txt" <<'EOF'
import json, sys
manifest = json.load(open(sys.argv[1]))
entry = {"size": 5, "md5": "AAAAAAAAAAAAAAAAAAAAAA==", "uploadedAt": "2026-01-01T00:00:00Z"}
for bad in ["../models/keep.bin", "../outside.txt", "/etc/passwd", "a/../../outside.txt", "./../models/keep.bin",
            "../../../../../../../../" + sys.argv[2].lstrip("/"), "C:\\Windows\\win.ini", ""]:
    manifest["files"][bad] = entry
json.dump(manifest, open(sys.argv[1], "w"))
EOF
  inf "$p" deploy --local --no-wait
  [ -f "$share/models/keep.bin" ] || { why="models/keep.bin on the share was deleted"; return 1; }
  [ -f "$share/outside.txt" ] || { why="outside.txt at the share root was deleted"; return 1; }
  [ -f "$work/outside-the-share.txt" ] || { why="a file outside the emulator's share was deleted"; return 1; }
  expect_rc 0 && reject_err 'deleted (/|\.\./)' && reject_out 'deleted (/|\.\./)'
}
symlink_out_of_inference() {
  local p share; p="$(new_project)"
  echo "PROBE-OUTSIDE-9c1f" > "$work/private-key"
  mkdir -p "$work/private-dir"; echo "PROBE-OUTSIDE-9c1f" > "$work/private-dir/id"
  ln -s "$work/private-key" "$p/inference/leak.txt"; ln -s "$work/private-dir" "$p/inference/leakdir"
  inf "$p" provision --local --yes --emulator-speed 20; expect_rc 0 || return 1
  inf "$p" deploy --local --no-wait --output json
  share="$(share_dir "$p")"
  ! grep -rqs "PROBE-OUTSIDE-9c1f" "$share" || { why="the target of a link out of inference/ was uploaded"; return 1; }
  expect_rc 0 && { grep -q 'leak' <<<"$out$err" || { why="the skipped link is not mentioned"; return 1; }; }
}

# --- secrets: no key, token or secure value in any file or output ------------------------------------------------

SECURE_VALUE="PROBE-SECURE-7d2e41"
secrets_everywhere() {
  local p; p="$(new_project)"
  # a template with a secure parameter: the committed JSON with one more parameter, no Bicep beside it
  rm "$p/infra/provision/inference.bicep"
  python3 - "$p/infra/provision/inference.json" <<'EOF'
import json, sys
template = json.load(open(sys.argv[1]))
template["parameters"]["probeSecret"] = {"type": "securestring", "defaultValue": ""}
template.get("metadata", {}).pop("infractl", None)
json.dump(template, open(sys.argv[1], "w"), indent=2)
EOF
  inf "$p" provision --local --yes --emulator-speed 20 --verbose --param "probeSecret=$SECURE_VALUE"; expect_rc 0 || return 1
  inf "$p" params --local --param "probeSecret=$SECURE_VALUE" --output json
  inf "$p" plan --local --param "probeSecret=$SECURE_VALUE" --verbose
  inf "$p" deploy --local --no-wait --verbose --output json; expect_rc 0 || return 1
  inf "$p" status --local --output json
  inf "$p" params --local --param "probeSecret=$SECURE_VALUE" --param storageAccountName=BAD
  scan_for_secrets "$p"
}
scan_for_secrets() {  # every file of every project (.infractl included) and every output of every run so far
  local hits
  hits="$(grep -rlE -- "$SECURE_VALUE|[A-Za-z0-9+/]{86}==|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}|AccountKey=[^;*]|Bearer [A-Za-z0-9._-]{20,}" \
    "$work" 2>/dev/null | sed "s|$work/||" | head -5 | tr '\n' ' ')"
  [ -z "$hits" ] || { why="a key, token or secure value in: $hits"; return 1; }
}

# --- the corpus -----------------------------------------------------------------------------------------------------

[ -x "$infractl" ] || { echo "no $infractl" >&2; exit 2; }
"$infractl" --version >/dev/null || { echo "infractl does not build or run" >&2; exit 2; }

probe input/bad-json                    bad_json
probe input/trailing-comma              trailing_comma
probe input/truncated-json              truncated_json
probe input/unknown-name                unknown_name
probe input/wrong-type                  wrong_type
probe input/bad-cidr-param              bad_cidr_param
probe input/bad-cidr-file               bad_cidr_file
probe input/huge-payload                huge_payload
probe input/bom-parameters              bom_parameters
probe input/bom-parameters-option       bom_parameters_option
probe input/bom-at-file                 bom_at_file
probe input/unset-variable              unset_variable
probe input/param-without-equals        param_without_equals
probe input/missing-parameters-file     missing_parameters_file
probe input/bad-int-param               bad_int_param
probe input/name-too-short              name_too_short
probe input/missing-project-dir         missing_project_dir
probe input/unknown-option              unknown_option
probe input/bad-output-format           bad_output_format
probe input/huge-timeout                huge_timeout
probe input/unknown-region-local        unknown_region_local
probe input/empty-template              empty_template
probe input/bad-faults-file             bad_faults_file
probe input/emulator-speed-zero         emulator_speed_zero
probe input/emulator-port-out-of-range  emulator_port_out_of_range
probe input/bad-input-starts-nothing    bad_input_starts_nothing
probe faults/retried-one-deployment     faults_retried
probe faults/failing-resource           failing_resource
probe faults/deploy-through-503s        deploy_through_503s
probe kills/provision-then-attach       kill_mid_provision
probe kills/provision-again-attaches    kill_then_provision_attaches
probe kills/deploy-then-revert          kill_mid_deploy
probe races/two-provisions-at-once      two_provisions_at_once
probe races/two-provisions-second-apart two_provisions_a_second_apart
probe share/poisoned-manifest           poisoned_manifest
probe share/symlink-out-of-inference    symlink_out_of_inference
probe secrets/every-file-and-output     secrets_everywhere

echo "$held/$total held"
[ "$held" = "$total" ]
