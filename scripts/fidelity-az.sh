#!/usr/bin/env bash
# The az CLI's everyday calls against a running emulator (scripts/fidelity.sh --az runs this): registers the
# emulator as a custom cloud in a throw-away AZURE_CONFIG_DIR, logs in with a service principal, then runs each
# command and compares its answer with Azure's. Prints PASS/FAIL lines and "az: N/M"; always exits 0.
# Usage: scripts/fidelity-az.sh ENDPOINT_FILE TEMPLATES_DIR   (the emulator's first line; the corpus folder)
set -uo pipefail
endpoint_file="$1"
corpus="$2"
field() { python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])" "$endpoint_file" "$1"; }
arm="$(field arm_endpoint)"; tenant="$(field tenant_id)"; files="$(field files_endpoint)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AZURE_CONFIG_DIR="$work/az" REQUESTS_CA_BUNDLE="$(field ca_cert)" AZURE_CORE_COLLECT_TELEMETRY=no \
  AZURE_CORE_ONLY_SHOW_ERRORS=yes AZURE_CORE_NO_COLOR=yes
passed=0; total=0
# expect NAME REGEX -- COMMAND...: the command succeeds and its output (trimmed) matches REGEX in full.
expect() {
  local name="$1" want="$2"; shift 3
  total=$((total + 1))
  local out rc
  out="$("$@" 2>"$work/stderr")"; rc=$?
  out="$(printf '%s' "$out" | tr '\r\n' '  ' | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')"
  if [ "$rc" -eq 0 ] && [[ "$out" =~ ^($want)$ ]]; then
    passed=$((passed + 1)); echo "PASS  az/$name"
  else
    echo "FAIL  az/$name: expected $want, got exit $rc: $(printf '%s %s' "$out" "$(cat "$work/stderr")" | tr '\n' ' ' | cut -c1-300)"
  fi
}
# refused NAME REGEX -- COMMAND...: the command fails and what it prints on stderr matches REGEX somewhere.
refused() {
  local name="$1" want="$2"; shift 3
  total=$((total + 1))
  if "$@" >/dev/null 2>"$work/stderr"; then
    echo "FAIL  az/$name: expected a failure ($want), the command succeeded"
  elif grep -Eq "$want" "$work/stderr"; then
    passed=$((passed + 1)); echo "PASS  az/$name"
  else
    echo "FAIL  az/$name: expected $want, got: $(tr '\n' ' ' <"$work/stderr" | cut -c1-300)"
  fi
}
run_id="$(tr -dc 'a-z0-9' </dev/urandom | head -c 6)"
rg="rg-az-$run_id"; account="az${run_id}st"
printf '%s' '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "parameters": {"greeting": {"type": "string"}}, "resources": [], "outputs": {"greeting": {"type": "string", "value": "[concat(parameters('"'greeting'"'), '"'!'"')]"}}}' >"$work/echo.json"
echo "hello from az" >"$work/hello.txt"

expect cloud-register "" -- az cloud register -n InfractlFidelity --endpoint-resource-manager "$arm" \
  --endpoint-active-directory "${arm}adfs" --endpoint-active-directory-resource-id "$arm" \
  --endpoint-active-directory-graph-resource-id "$arm" --suffix-storage-endpoint core.windows.net -o none
az cloud set -n InfractlFidelity -o none
expect login "" -- az login --service-principal -u any-client-id -p any-secret --tenant "$tenant" -o none
expect account-show "Enabled" -- az account show --query state -o tsv
expect group-create "Succeeded" -- az group create -n "$rg" -l swedencentral --query properties.provisioningState -o tsv
expect group-exists "true" -- az group exists -n "$rg"
expect group-show "swedencentral" -- az group show -n "$rg" --query location -o tsv
expect group-list "$rg" -- az group list --query "[?name=='$rg'].name" -o tsv
expect deployment-create 'hi!' -- az deployment group create -g "$rg" -n echo -f "$work/echo.json" -p greeting=hi \
  --query properties.outputs.greeting.value -o tsv
expect deployment-show "Succeeded" -- az deployment group show -g "$rg" -n echo --query properties.provisioningState -o tsv
expect deployment-list "echo" -- az deployment group list -g "$rg" --query "[].name" -o tsv
expect deployment-validate "Succeeded" -- az deployment group validate -g "$rg" -f "$work/echo.json" -p greeting=hi \
  --query properties.provisioningState -o tsv
expect deployment-export '.*"greeting".*' -- az deployment group export -g "$rg" -n echo
expect what-if-create "Create" -- az deployment group what-if -g "$rg" -f "$corpus/storage-share/template.json" \
  --no-pretty-print --query "changes[0].changeType" -o tsv
expect storage-template "TLS1_2" -- az deployment group create -g "$rg" -n storage -f "$corpus/storage-share/template.json" \
  --query properties.outputs.tls.value -o tsv
expect deployment-operations "Succeeded.*" -- az deployment operation group list -g "$rg" -n storage \
  --query "[0].properties.provisioningState" -o tsv
expect deployment-delete "" -- az deployment group delete -g "$rg" -n echo
refused deployment-gone "DeploymentNotFound" -- az deployment group show -g "$rg" -n echo
expect storage-create "Succeeded" -- az storage account create -n "$account" -g "$rg" -l swedencentral --sku Standard_LRS \
  --query provisioningState -o tsv
expect storage-check-name "AlreadyExists" -- az storage account check-name -n "$account" --query reason -o tsv
expect storage-keys "key1" -- az storage account keys list -n "$account" -g "$rg" --query "[0].keyName" -o tsv
expect storage-show ".*$account.*" -- az storage account show -n "$account" -g "$rg" --query primaryEndpoints.file -o tsv
expect storage-list-group ".*$account.*" -- az storage account list -g "$rg" --query "[].name" -o tsv
expect storage-list-subscription ".*$account.*" -- az storage account list --query "[].name" -o tsv
expect share-rm-create "share1" -- az storage share-rm create --storage-account "$account" -g "$rg" -n share1 --query name -o tsv
key="$(az storage account keys list -n "$account" -g "$rg" --query "[0].value" -o tsv 2>/dev/null)"
connection="DefaultEndpointsProtocol=https;AccountName=$account;AccountKey=$key;FileEndpoint=${files}${account}"
expect file-upload "" -- az storage file upload --connection-string "$connection" -s share1 --source "$work/hello.txt" -o none
expect file-list "hello.txt" -- az storage file list --connection-string "$connection" -s share1 --query "[].name" -o tsv
expect file-download "" -- az storage file download --connection-string "$connection" -s share1 -p hello.txt \
  --dest "$work/back.txt" -o none
expect file-roundtrip "hello from az" -- cat "$work/back.txt"
expect share-list "share1" -- az storage share list --connection-string "$connection" --query "[].name" -o tsv
expect resource-list ".*$account.*" -- az resource list -g "$rg" --query "[].name" -o tsv
expect resource-show "$account" -- az resource show -g "$rg" -n "$account" --resource-type Microsoft.Storage/storageAccounts \
  --query name -o tsv
expect resource-tag "gpu" -- az resource tag -g "$rg" -n "$account" --resource-type Microsoft.Storage/storageAccounts \
  --tags cost=gpu --query tags.cost -o tsv
expect provider-show "Registered" -- az provider show -n Microsoft.App --query registrationState -o tsv
expect provider-register "" -- az provider register -n Microsoft.App
az group create -n "$rg-2" -l swedencentral -o none 2>/dev/null
refused storage-taken "StorageAccountAlreadyTaken|already taken" -- az storage account create -n "$account" -g "$rg-2" \
  -l swedencentral --sku Standard_LRS
refused storage-name-invalid "AccountNameInvalid|is not a valid storage account name" -- az storage account create \
  -n Not_Valid -g "$rg" -l swedencentral --sku Standard_LRS
refused group-missing "ResourceGroupNotFound" -- az group show -n "rg-az-none-$run_id"
expect group-delete "" -- az group delete -n "$rg" --yes
expect group-gone "false" -- az group exists -n "$rg"
az group delete -n "$rg-2" --yes --no-wait 2>/dev/null
echo "az: $passed/$total"
