#!/usr/bin/env bash
# Turns the single-module tree into the multi-module Maven build (issue 14, "Layout"): core, arm-evaluator,
# emulator, engine, azure, cli. Idempotent: a second run changes nothing.
#   scripts/dev/split-modules.sh [--dry-run] [--force]
# --dry-run prints where each file would go; --force splits although the root pom.xml differs from the one the
# module poms were written from (port that difference into scripts/dev/split-modules/poms/ first).
# Files are placed by package, tests by what they reference (scripts/dev/split-modules/place.py), never by a list.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/scripts/dev/split-modules"
modules=(core arm-evaluator emulator engine azure cli)
dry_run=false force=false
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    --force) force=true ;;
    *) echo "split-modules: unknown option $arg (use --dry-run or --force)" >&2; exit 2 ;;
  esac
done
cd "$repo"

if $dry_run; then
  python3 "$here/place.py" "$repo"
  exit 0
fi

# The module poms carry the root pom's dependencies and plugins: a root pom changed since they were written would
# lose that change silently.
if ! cmp -s pom.xml "$here/poms/pom.xml" && ! cmp -s pom.xml "$here/pom.unsplit.xml" && ! $force; then
  echo "split-modules: pom.xml changed since the module poms were written:" >&2
  diff -u "$here/pom.unsplit.xml" pom.xml >&2 || true
  echo "split-modules: carry that change into $here/poms/ (and copy pom.xml to $here/pom.unsplit.xml), or pass --force" >&2
  exit 2
fi

# One git mv per destination folder: a file at a time takes minutes on a busy machine.
declare -A tracked batches
while IFS= read -r -d "" file; do tracked["$file"]=1; done < <(git ls-files -z src)
moved=0
while IFS=$'\t' read -r source destination; do
  folder="$(dirname "$destination")"
  mkdir -p "$folder"
  if [ -n "${tracked[$source]:-}" ]; then
    batches["$folder"]+="$source"$'\n'
  else
    mv "$source" "$destination"
  fi
  moved=$((moved + 1))
done < <(python3 "$here/place.py" "$repo")
for folder in "${!batches[@]}"; do
  mapfile -t sources <<< "${batches[$folder]%$'\n'}"
  git mv "${sources[@]}" "$folder/"
done
[ -d src ] && find src -depth -type d -empty -delete
echo "split-modules: moved $moved files" >&2

install_file() { # source destination: copies only when different, so a second run leaves the tree as it is
  if ! cmp -s "$1" "$2"; then
    mkdir -p "$(dirname "$2")" && cp "$1" "$2" && git add "$2" && echo "split-modules: wrote $2" >&2
  fi
}
install_file "$here/poms/pom.xml" pom.xml
for module in "${modules[@]}"; do
  install_file "$here/poms/$module.pom.xml" "$module/pom.xml"
done
install_file "$here/emulator-README.md" emulator/README.md

# Paths into src/ in tests and docs (a test reading a package's sources, a README naming a test) follow the files.
git ls-files -z | python3 "$here/place.py" --rewrite-source-paths "$repo" | sed 's/^/split-modules: paths in /' >&2

# The tool's jar and class archive are built in cli/target; the staleness check looks at every module.
for script in scripts/infractl scripts/*.sh; do
  perl -pi -e 's#\$repo/target/#\$repo/cli/target/#g; s#"\$repo/src/main"#"\$repo"/*/pom.xml "\$repo"/*/src/main#g;
               s#(?<![\w/])target/infractl\.#cli/target/infractl.#g' "$script"
done
for doc in README.md docs/*.md; do
  perl -pi -e 's#(?<![\w/])target/infractl\.#cli/target/infractl.#g' "$doc"
done
# README: the paragraph on packages becomes the one on modules.
python3 - "$here/readme-modules.md" <<'EOF'
import re, sys
modules = open(sys.argv[1], encoding="utf-8").read()
text = open("README.md", encoding="utf-8").read()
fixed = re.sub(r"- Packages \(under `src/main/java/dev/infractl`\):.*?keeps it so\.\n", lambda m: modules, text, flags=re.S)
if fixed != text:
    open("README.md", "w", encoding="utf-8").write(fixed)
elif modules not in text:
    print("split-modules: README.md has no packages paragraph to replace; add", sys.argv[1], "by hand", file=sys.stderr)
EOF
git add -u && git add -A "${modules[@]}"
echo "split-modules: done; now run: mvn -B verify" >&2
