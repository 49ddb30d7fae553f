#!/usr/bin/env bash
# The az CLI's everyday calls against a running emulator (scripts/fidelity.sh --az runs this): registers the
# emulator as a custom cloud in a throw-away AZURE_CONFIG_DIR, logs in with a service principal, then runs each
# command and compares its answer with what Azure answers (from the REST specs and the az docs, not from what the
# emulator does). Prints PASS/FAIL lines and "az: N/M in S s"; always exits 0.
# Usage: scripts/fidelity-az.sh ENDPOINT_FILE TEMPLATES_DIR   (the emulator's first line; the corpus folder)
# The az CLI talks to the emulator at speed 1 (scripts/fidelity.sh starts it so): the cancel case needs a deployment
# that runs for seconds. az containerapp is left out: Debian's azure-cli has no containerapp module and its extension
# cannot be installed offline.
set -uo pipefail
endpoint_file="$1"
corpus="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fidelity-az"
field() { python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])" "$endpoint_file" "$1"; }
arm="$(field arm_endpoint)"; tenant="$(field tenant_id)"; files="$(field files_endpoint)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AZURE_CONFIG_DIR="$work/az" REQUESTS_CA_BUNDLE="$(field ca_cert)" AZURE_CORE_COLLECT_TELEMETRY=no \
  AZURE_CORE_ONLY_SHOW_ERRORS=yes AZURE_CORE_NO_COLOR=yes
# Cases that fail until another branch lands (issue 14's work in parallel): their FAIL line names the branch, and
# a PASS line says when the note is stale.
declare -A awaits=()
passed=0; total=0; waiting=0; started=$SECONDS
verdict() {  # verdict NAME PASSED DETAIL
  total=$((total + 1))
  local note="${awaits[$1]:-}"
  if [ "$2" = true ]; then
    passed=$((passed + 1)); echo "PASS  az/$1${note:+ (listed as awaiting $note: drop it from awaits)}"
  else
    [ -n "$note" ] && waiting=$((waiting + 1))
    echo "FAIL  az/$1${note:+ [awaits $note]}: $3"
  fi
}
# expect NAME REGEX -- COMMAND...: the command succeeds and its output (trimmed, lines joined) matches REGEX in full.
expect() {
  local name="$1" want="$2"; shift 3
  local out rc
  out="$("$@" 2>"$work/stderr")"; rc=$?
  out="$(printf '%s' "$out" | tr '\r\n' '  ' | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')"
  if [ "$rc" -eq 0 ] && [[ "$out" =~ ^($want)$ ]]; then verdict "$name" true; else
    verdict "$name" false "expected $want, got exit $rc: $(printf '%s %s' "$out" "$(cat "$work/stderr")" | tr '\n' ' ' | cut -c1-300)"
  fi
}
# refused NAME REGEX -- COMMAND...: the command fails and what it prints on stderr matches REGEX somewhere.
refused() {
  local name="$1" want="$2"; shift 3
  if "$@" >/dev/null 2>"$work/stderr"; then verdict "$name" false "expected a failure ($want), the command succeeded"
  elif grep -Eq "$want" "$work/stderr"; then verdict "$name" true
  else verdict "$name" false "expected $want, got: $(tr '\n' ' ' <"$work/stderr" | cut -c1-300)"; fi
}
run_id="$(tr -dc 'a-z0-9' </dev/urandom | head -c 6)"
rg="rg-az-$run_id"; rg2="$rg-2"; account="az${run_id}st"; workspace="log-az-$run_id"
uuid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
echo "hello from az" >"$work/hello.txt"
mkdir -p "$work/batch/sub" "$work/back"; echo one >"$work/batch/one.txt"; echo two >"$work/batch/sub/two.txt"

# Sign-in, subscription, providers
expect cloud-register "" -- az cloud register -n InfractlFidelity --endpoint-resource-manager "$arm" \
  --endpoint-active-directory "${arm}adfs" --endpoint-active-directory-resource-id "$arm" \
  --endpoint-active-directory-graph-resource-id "$arm" --suffix-storage-endpoint core.windows.net -o none
az cloud set -n InfractlFidelity -o none
expect login "" -- az login --service-principal -u any-client-id -p any-secret --tenant "$tenant" -o none
expect account-show "Enabled" -- az account show --query state -o tsv
expect account-token "Bearer" -- az account get-access-token --query tokenType -o tsv
expect account-locations "Sweden Central" -- az account list-locations --query "[?name=='swedencentral'].displayName" -o tsv
expect provider-list "Registered" -- az provider list --query "[?namespace=='Microsoft.Storage'].registrationState" -o tsv
expect provider-show "Registered" -- az provider show -n Microsoft.App --query registrationState -o tsv
expect provider-show-types "storageAccounts" -- az provider show -n Microsoft.Storage \
  --query "resourceTypes[?resourceType=='storageAccounts'].resourceType" -o tsv
expect provider-show-other "Microsoft.KeyVault" -- az provider show -n microsoft.keyvault --query namespace -o tsv
expect provider-register "" -- az provider register -n Microsoft.App
refused provider-unknown "InvalidResourceNamespace" -- az provider show -n Microsoft.NoSuchNamespace

# Resource groups
expect group-create "Succeeded" -- az group create -n "$rg" -l swedencentral --query properties.provisioningState -o tsv
az group create -n "$rg2" -l westus3 -o none 2>/dev/null
expect group-exists "true" -- az group exists -n "$rg"
expect group-show "swedencentral" -- az group show -n "$rg" --query location -o tsv
expect group-list "$rg" -- az group list --query "[?name=='$rg'].name" -o tsv
expect group-update-tags "dev" -- az group update -n "$rg" --tags env=dev --query tags.env -o tsv
expect group-list-tag "$rg" -- az group list --tag env=dev --query "[].name" -o tsv
refused group-missing "ResourceGroupNotFound" -- az group show -n "rg-az-none-$run_id"
expect group-exists-missing "false" -- az group exists -n "rg-az-none-$run_id"

# Deployments: parameters inline and from a file, validate, what-if, export, operations, wait, cancel, delete
expect deployment-create 'hi!' -- az deployment group create -g "$rg" -n echo -f "$here/echo.json" -p greeting=hi \
  --query properties.outputs.greeting.value -o tsv
expect deployment-parameters-file 'from-file![[:space:]]+3' -- az deployment group create -g "$rg" -n echo-file \
  -f "$here/echo.json" -p @"$here/echo.parameters.json" --query "properties.outputs.[greeting.value, count.value]" -o tsv
expect deployment-parameters-override "7" -- az deployment group create -g "$rg" -n echo-override -f "$here/echo.json" \
  -p @"$here/echo.parameters.json" count=7 --query properties.outputs.count.value -o tsv
expect deployment-show "Succeeded" -- az deployment group show -g "$rg" -n echo --query properties.provisioningState -o tsv
expect deployment-show-parameters "hi" -- az deployment group show -g "$rg" -n echo --query properties.parameters.greeting.value -o tsv
expect deployment-list "echo" -- az deployment group list -g "$rg" --query "[?name=='echo'].name" -o tsv
expect deployment-validate "Succeeded" -- az deployment group validate -g "$rg" -f "$here/echo.json" -p greeting=hi \
  --query properties.provisioningState -o tsv
refused deployment-validate-allowed "InvalidTemplate" -- az deployment group validate -g "$rg" -f "$here/echo.json" \
  -p greeting=hi tier=huge
expect deployment-validate-reference "Succeeded" -- az deployment group validate -g "$rg" -f "$here/failing.json" \
  --query properties.provisioningState -o tsv
refused deployment-failed "ResourceNotFound" -- az deployment group create -g "$rg" -n failing -f "$here/failing.json"
refused deployment-preflight "InvalidTemplateDeployment" -- az deployment group create -g "$rg" -n bad-name \
  -f "$here/bad-storage-name.json"
expect deployment-export '.*"greeting".*' -- az deployment group export -g "$rg" -n echo
expect what-if-create "Create" -- az deployment group what-if -g "$rg" -f "$corpus/storage-share/template.json" \
  --no-pretty-print --query "changes[0].changeType" -o tsv
expect storage-template "TLS1_2" -- az deployment group create -g "$rg" -n storage -f "$corpus/storage-share/template.json" \
  --query properties.outputs.tls.value -o tsv
expect deployment-operations "Succeeded.*" -- az deployment operation group list -g "$rg" -n storage \
  --query "[0].properties.provisioningState" -o tsv
expect workspace-template "$uuid" -- az deployment group create -g "$rg" -n workspace -f "$here/workspace.json" \
  -p name="$workspace" --query properties.outputs.customerId.value -o tsv
expect what-if-modify "properties.retentionInDays" -- az deployment group what-if -g "$rg" -f "$here/workspace.json" \
  -p name="$workspace" retentionInDays=60 --no-pretty-print --query "changes[?changeType=='Modify'].delta[0].path" -o tsv
expect what-if-text ".*~ properties.retentionInDays: 30 => 60.*Resource changes: 1 to modify.*" -- az deployment group what-if \
  -g "$rg" -f "$here/workspace.json" -p name="$workspace" retentionInDays=60
expect what-if-no-change "NoChange" -- az deployment group what-if -g "$rg" -f "$here/workspace.json" -p name="$workspace" \
  --no-pretty-print --query "changes[0].changeType" -o tsv
expect what-if-complete "true" -- az deployment group what-if -g "$rg" -f "$here/echo.json" -p greeting=hi --mode Complete \
  --no-pretty-print --query "contains(changes[].changeType, 'Delete')"
expect what-if-resource-ids "Deploy" -- az deployment group what-if -g "$rg" -f "$here/workspace.json" -p name="$workspace" \
  --result-format ResourceIdOnly --no-pretty-print --query "changes[0].changeType" -o tsv
expect module-record "Succeeded" -- az deployment group create -g "$rg" -n modules -f "$corpus/module-outputs/template.json" \
  --query properties.provisioningState -o tsv
expect module-listed "storage-module" -- az deployment group list -g "$rg" --query "[?name=='storage-module'].name" -o tsv
expect deployment-no-wait "" -- az deployment group create -g "$rg" -n later -f "$here/echo.json" -p greeting=later --no-wait
expect deployment-wait "" -- az deployment group wait -g "$rg" -n later --created --interval 1
expect deployment-cancel "" -- bash -c "az deployment group create -g '$rg' -n slow -f '$here/slow.json' --no-wait \
  && az deployment group cancel -g '$rg' -n slow"
expect deployment-canceled "Canceled" -- az deployment group show -g "$rg" -n slow --query properties.provisioningState -o tsv
expect deployment-list-filter "slow" -- az deployment group list -g "$rg" --filter "provisioningState eq 'Canceled'" \
  --query "[].name" -o tsv
expect deployment-delete "" -- az deployment group delete -g "$rg" -n echo
refused deployment-gone "DeploymentNotFound" -- az deployment group show -g "$rg" -n echo
expect deployment-delete-no-wait "" -- az deployment group delete -g "$rg" -n later --no-wait
expect deployment-wait-deleted "" -- az deployment group wait -g "$rg" -n later --deleted --interval 1

expect deployment-sub "Succeeded" -- az deployment sub create -l swedencentral -n "sub-$run_id" \
  -f "$here/subscription.json" -p groupName="$rg-sub" --query properties.provisioningState -o tsv
expect deployment-sub-group "true" -- az group exists -n "$rg-sub"

# Storage accounts and file shares through Resource Manager
expect storage-create "Succeeded" -- az storage account create -n "$account" -g "$rg" -l swedencentral --sku Standard_LRS \
  --query provisioningState -o tsv
# the group holds the account from here on, so its export has one
expect group-export "Microsoft.Storage/storageAccounts" -- az group export -n "$rg" \
  --query "resources[?type=='Microsoft.Storage/storageAccounts'].type | [0]" -o tsv
expect storage-check-name "AlreadyExists" -- az storage account check-name -n "$account" --query reason -o tsv
expect storage-check-name-free "true" -- az storage account check-name -n "azfree${run_id}" --query nameAvailable -o tsv
expect storage-keys "key1" -- az storage account keys list -n "$account" -g "$rg" --query "[0].keyName" -o tsv
expect storage-keys-renew "key1" -- az storage account keys renew -n "$account" -g "$rg" --key primary \
  --query "[0].keyName" -o tsv
expect storage-show ".*$account.*" -- az storage account show -n "$account" -g "$rg" --query primaryEndpoints.file -o tsv
expect storage-list-group ".*$account.*" -- az storage account list -g "$rg" --query "[].name" -o tsv
expect storage-list-subscription ".*$account.*" -- az storage account list --query "[].name" -o tsv
expect storage-update "TLS1_2" -- az storage account update -n "$account" -g "$rg" --min-tls-version TLS1_2 \
  --query minimumTlsVersion -o tsv
expect storage-connection-string ".*AccountName=$account;AccountKey=.*" -- az storage account show-connection-string \
  -n "$account" -g "$rg" -o tsv
expect file-service-show "default" -- az storage account file-service-properties show -n "$account" -g "$rg" --query name -o tsv
refused storage-taken "StorageAccountAlreadyTaken|already taken" -- az storage account create -n "$account" -g "$rg2" \
  -l westus3 --sku Standard_LRS
refused storage-name-invalid "AccountNameInvalid|is not a valid storage account name" -- az storage account create \
  -n Not_Valid -g "$rg" -l swedencentral --sku Standard_LRS
expect share-rm-create "share1[[:space:]]+100" -- az storage share-rm create --storage-account "$account" -g "$rg" -n share1 \
  --quota 100 --query "[name, shareQuota]" -o tsv
expect share-rm-show "100" -- az storage share-rm show --storage-account "$account" -g "$rg" -n share1 --query shareQuota -o tsv
expect share-rm-list "share1" -- az storage share-rm list --storage-account "$account" -g "$rg" --query "[].name" -o tsv
expect share-rm-update "200" -- az storage share-rm update --storage-account "$account" -g "$rg" -n share1 --quota 200 \
  --query shareQuota -o tsv
expect share-rm-exists "True" -- az storage share-rm exists --storage-account "$account" -g "$rg" -n share1 -o tsv
expect share-rm-delete "False" -- bash -c "az storage share-rm create --storage-account '$account' -g '$rg' -n scratch -o none \
  && az storage share-rm delete --storage-account '$account' -g '$rg' -n scratch -y \
  && az storage share-rm exists --storage-account '$account' -g '$rg' -n scratch -o tsv"

# Azure Files data plane with the account key (a connection string naming the emulator's file endpoint)
key="$(az storage account keys list -n "$account" -g "$rg" --query "[0].value" -o tsv 2>/dev/null)"
files_auth=(--connection-string "DefaultEndpointsProtocol=https;AccountName=$account;AccountKey=$key;FileEndpoint=${files}${account}")
expect share-create "true" -- az storage share create -n data "${files_auth[@]}" --query created -o tsv
expect share-exists "true" -- az storage share exists -n data "${files_auth[@]}" --query exists -o tsv
expect share-list "data share1" -- az storage share list "${files_auth[@]}" --query "sort([].name)" -o tsv
expect share-rm-sees-data-plane "data" -- az storage share-rm show --storage-account "$account" -g "$rg" -n data --query name -o tsv
expect share-metadata "ml" -- bash -c "az storage share metadata update -n data --metadata Team=ml ${files_auth[*]@Q} -o none \
  && az storage share metadata show -n data ${files_auth[*]@Q} --query Team -o tsv"
expect directory-create "true" -- az storage directory create -s data -n models "${files_auth[@]}" --query created -o tsv
expect directory-exists "true" -- az storage directory exists -s data -n models "${files_auth[@]}" --query exists -o tsv
expect file-upload "" -- az storage file upload -s data --source "$work/hello.txt" "${files_auth[@]}" -o none
expect file-upload-path "" -- az storage file upload -s data --source "$work/hello.txt" -p models/readme.txt \
  "${files_auth[@]}" -o none
expect file-list "hello.txt models" -- az storage file list -s data "${files_auth[@]}" --query "sort([].name)" -o tsv
expect file-list-directory "readme.txt" -- az storage file list -s data -p models "${files_auth[@]}" --query "[].name" -o tsv
expect file-show "14" -- az storage file show -s data -p hello.txt "${files_auth[@]}" --query properties.contentLength -o tsv
expect file-update "text/plain" -- bash -c "az storage file update -s data -p hello.txt --content-type text/plain \
  ${files_auth[*]@Q} -o none && az storage file show -s data -p hello.txt ${files_auth[*]@Q} \
  --query properties.contentSettings.contentType -o tsv"
expect file-metadata "ml" -- bash -c "az storage file metadata update -s data -p hello.txt --metadata Owner=ml \
  ${files_auth[*]@Q} -o none && az storage file metadata show -s data -p hello.txt ${files_auth[*]@Q} --query Owner -o tsv"
expect file-exists "true" -- az storage file exists -s data -p hello.txt "${files_auth[@]}" --query exists -o tsv
expect file-download "hello from az" -- bash -c "az storage file download -s data -p hello.txt --dest '$work/back.txt' \
  ${files_auth[*]@Q} -o none && cat '$work/back.txt'"
expect file-copy "success" -- az storage file copy start --source-share data --source-path hello.txt \
  --destination-share data --destination-path copy.txt "${files_auth[@]}" --query status -o tsv
expect upload-batch "2" -- az storage file upload-batch -d share1 --source "$work/batch" "${files_auth[@]}" --query "length(@)"
expect download-batch "two" -- bash -c "az storage file download-batch -s share1 -d '$work/back' ${files_auth[*]@Q} -o none \
  && cat '$work/back/sub/two.txt'"
expect file-delete "false" -- bash -c "az storage file delete -s data -p hello.txt ${files_auth[*]@Q} -o none \
  && az storage file exists -s data -p hello.txt ${files_auth[*]@Q} --query exists -o tsv"
expect directory-delete "true" -- bash -c "az storage file delete -s data -p models/readme.txt ${files_auth[*]@Q} -o none \
  && az storage directory delete -s data -n models ${files_auth[*]@Q} --query deleted -o tsv"
expect share-delete "true" -- az storage share delete -n data "${files_auth[@]}" --query deleted -o tsv

# Generic resources
id="$(az storage account show -n "$account" -g "$rg" --query id -o tsv 2>/dev/null)"
expect resource-list ".*$account.*" -- az resource list -g "$rg" --query "[].name" -o tsv
expect resource-list-type ".*$account.*" -- az resource list -g "$rg" --resource-type Microsoft.Storage/storageAccounts \
  --query "[].name" -o tsv
expect resource-show "$account" -- az resource show -g "$rg" -n "$account" --resource-type Microsoft.Storage/storageAccounts \
  --query name -o tsv
expect resource-show-ids "$account" -- az resource show --ids "$id" --query name -o tsv
expect resource-show-identity "$uuid" -- az resource show -g "$rg" -n id-slow-0 \
  --resource-type Microsoft.ManagedIdentity/userAssignedIdentities --query properties.principalId -o tsv
expect resource-create "$uuid" -- az resource create -g "$rg" -n id-generic -l swedencentral --properties '{}' \
  --resource-type Microsoft.ManagedIdentity/userAssignedIdentities --query properties.principalId -o tsv
expect identity-create "$uuid" -- az identity create -g "$rg" -n id-az --query clientId -o tsv
expect identity-show "id-az" -- az identity show -g "$rg" -n id-az --query name -o tsv
expect resource-invoke-action "key1" -- az resource invoke-action --ids "$id" --action listKeys --query "keys[0].keyName" -o tsv
expect resource-tag "gpu" -- az resource tag --ids "$id" --tags cost=gpu --query tags.cost -o tsv
expect tag-merge "gpu[[:space:]]+ml" -- az tag update --resource-id "$id" --operation Merge --tags team=ml \
  --query "[properties.tags.cost, properties.tags.team]" -o tsv
expect resource-update "ml" -- az resource update -g "$rg" -n "$workspace" \
  --resource-type Microsoft.OperationalInsights/workspaces --set tags.team=ml --query tags.team -o tsv
# tag-merge gave the account team=ml too (and other runs' resources may carry it): the workspace is among them
expect resource-list-tag "(.* )?$workspace( .*)?" -- az resource list --tag team=ml --query "[].name" -o tsv
expect resource-delete "" -- az resource delete -g "$rg" -n id-slow-0 --resource-type Microsoft.ManagedIdentity/userAssignedIdentities
refused resource-gone "ResourceNotFound" -- az resource show -g "$rg" -n id-slow-0 \
  --resource-type Microsoft.ManagedIdentity/userAssignedIdentities

# Log Analytics, az rest
expect workspace-create "Succeeded" -- az monitor log-analytics workspace create -g "$rg" -n "$workspace-2" \
  --query provisioningState -o tsv
expect workspace-show "$uuid" -- az monitor log-analytics workspace show -g "$rg" -n "$workspace" --query customerId -o tsv
expect workspace-keys "[A-Za-z0-9+/]{86}==" -- az monitor log-analytics workspace get-shared-keys -g "$rg" -n "$workspace" \
  --query primarySharedKey -o tsv
expect workspace-list "$workspace $workspace-2" -- az monitor log-analytics workspace list -g "$rg" --query "sort([].name)" -o tsv
expect rest-get "Succeeded" -- az rest --method get --url "/subscriptions/{subscriptionId}/resourcegroups/$rg?api-version=2021-04-01" \
  --query properties.provisioningState -o tsv
expect rest-patch "rest" -- az rest --method patch --url "/subscriptions/{subscriptionId}/resourcegroups/$rg?api-version=2021-04-01" \
  --body '{"tags": {"via": "rest"}}' --query tags.via -o tsv
expect rest-list ".*$account.*" -- az rest --method get \
  --url "/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts?api-version=2023-01-01" --query "value[].name" -o tsv

# Deletes
expect storage-delete "" -- az storage account delete -n "$account" -g "$rg" --yes
refused storage-gone "ResourceNotFound" -- az storage account show -n "$account" -g "$rg"
expect group-delete-no-wait "" -- az group delete -n "$rg2" --yes --no-wait
expect group-wait-deleted "" -- az group wait -n "$rg2" --deleted --interval 1
expect group-delete "" -- az group delete -n "$rg" --yes
expect group-gone "false" -- az group exists -n "$rg"
az group delete -n "$rg-sub" --yes --no-wait >/dev/null 2>&1
times >"$work/times"  # in this shell: in a pipe or $(...) it would time a subshell that ran nothing
cpu="$(tail -1 "$work/times" | awk '{print $1 " user + " $2 " system"}')"
echo "az: $passed/$total in $((SECONDS - started)) s, az's own CPU $cpu ($waiting of the failures await other branches)"
