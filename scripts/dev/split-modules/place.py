#!/usr/bin/env python3
"""Decides where each file of the single-module tree goes in the multi-module tree.

Prints one `SOURCE<TAB>DESTINATION` line per file still under the root's src/ (paths relative to the repository).
Nothing is hard-coded per file: main sources go by package; a test goes to the lowest module whose test class path
sees everything it references (main classes, other tests, libraries), starting at its package's module; a resource
goes to the module nearest to the files that use it that all of them can see.
"""
import os
import re
import sys

# Modules in build order; each sees (main) the modules listed after it, transitively.
MAIN_DEPS = {
    "core": [],
    "arm-evaluator": ["core"],
    "emulator": ["arm-evaluator"],
    "engine": ["arm-evaluator"],
    "azure": ["engine"],
    "cli": ["azure", "emulator"],
}
# Test-scope module dependencies beyond the main ones: the Azure adapters are tested against the emulator.
TEST_DEPS = {"azure": ["emulator"]}
ORDER = list(MAIN_DEPS)

# Libraries a module's tests can see (besides the JDK and the test libraries every module has).
LIBRARIES = {
    "core": ["com.fasterxml.jackson"],
    "arm-evaluator": [],
    "emulator": ["org.bouncycastle", "com.azure", "reactor.", "org.slf4j"],
    "engine": ["org.apache.commons.exec"],
    "azure": ["com.azure", "reactor.", "org.slf4j"],
    "cli": ["picocli"],
}
ANY_MODULE = ("java.", "javax.", "jdk.", "com.sun.", "sun.", "org.junit", "org.assertj", "com.github.tomakehurst",
              "org.wiremock", "org.testcontainers", "com.networknt", "org.opentest4j", "dev.infractl")

# Packages (first segment under dev.infractl) and their module; others are placed by what they import.
PACKAGES = {"": "core", "arm": "arm-evaluator", "emulator": "emulator", "azure": "azure", "cli": "cli"}
ENGINE = {"params", "template", "deploy", "sync", "app", "config", "ui", "preflight", "reuse", "exec"}
PLACED_BY_IMPORTS = ["engine", "azure", "cli"]

CLASS_REF = re.compile(r"\b(dev\.infractl(?:\.[a-z_][a-z0-9_]*)*)\.([A-Z]\w*)")
WILDCARD = re.compile(r"^import\s+(dev\.infractl(?:\.[a-z_][a-z0-9_]*)*)\.\*;", re.M)
LIBRARY_IMPORT = re.compile(r"^import\s+(?:static\s+)?([\w.]+);", re.M)


def closure(module, extra):
    seen, todo = [], [module]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.append(m)
            todo += MAIN_DEPS[m] + extra.get(m, [])
    return set(seen)


def main_visible(module):
    return closure(module, {})


def test_visible(module):
    """Modules whose main and test classes a module's tests see (test-jars follow the same edges)."""
    seen = set()
    for m in closure(module, TEST_DEPS):
        seen |= main_visible(m)
    return seen


def libraries(modules):
    return [lib for m in modules for lib in LIBRARIES[m]]


class Source:
    def __init__(self, path, root, module, test):
        self.path, self.module, self.test = path, module, test
        rel = os.path.relpath(path, root)
        self.package = os.path.dirname(rel).replace(os.sep, ".")
        self.name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            self.text = f.read()


def top_package(package):
    parts = package.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["dev", "infractl"] else ""


def walk(folder):
    for base, _, files in os.walk(folder):
        for name in sorted(files):
            yield os.path.join(base, name)


def collect(repo):
    """Java sources still in the root's src/ (module None) and those already in modules."""
    sources = []
    for module in [None] + ORDER:
        prefix = os.path.join(repo, module) if module else repo
        for kind in ("main", "test"):
            root = os.path.join(prefix, "src", kind, "java")
            for path in walk(root):
                if path.endswith(".java"):
                    sources.append(Source(path, root, module, kind == "test"))
    return sources


def references(source, mains, tests):
    """(main packages, test sources) that a source refers to: imports, qualified names, its own package's names."""
    packages, helpers = set(), set()
    text = source.text
    for package, name in CLASS_REF.findall(text):
        if (package, name) in tests and tests[(package, name)] is not source:
            helpers.add(tests[(package, name)])
        elif package in mains or (package, name) in mains:
            packages.add(package)
    searched = {source.package} | set(WILDCARD.findall(text))
    packages |= set(WILDCARD.findall(text)) & set(mains)
    for (package, name), helper in tests.items():
        if package in searched and helper is not source and re.search(r"\b" + name + r"\b", text):
            helpers.add(helper)
    return packages, helpers


def lowest(candidates, needed_modules, needed_libraries, visible):
    for module in candidates:
        seen = visible(module)
        if needed_modules <= seen and all(lib.startswith(ANY_MODULE) or any(lib.startswith(l) for l in libraries(seen))
                                          for lib in needed_libraries):
            return module
    return "cli"


def place_main(sources):
    """Module per main package; unknown packages go to the lowest of engine/azure/cli that sees their imports."""
    module_of = {}
    mains = [s for s in sources if not s.test]
    for s in mains:
        top = top_package(s.package)
        if s.module:
            module_of[s.package] = s.module
        elif top in PACKAGES:
            module_of[s.package] = PACKAGES[top]
        elif top in ENGINE:
            module_of[s.package] = "engine"
    unknown = sorted({s.package for s in mains} - set(module_of))
    for package in unknown:
        module_of[package] = PLACED_BY_IMPORTS[0]
    changed = True
    while changed:
        changed = False
        for package in unknown:
            texts = [s.text for s in mains if s.package == package]
            needed = {module_of.get(p, "cli") for t in texts for p, _ in CLASS_REF.findall(t) if p in module_of}
            libs = [lib for t in texts for lib in LIBRARY_IMPORT.findall(t)]
            start = PLACED_BY_IMPORTS.index(module_of[package])
            target = lowest(PLACED_BY_IMPORTS[start:], needed, libs, main_visible)
            if target != module_of[package]:
                module_of[package], changed = target, True
    return module_of


def home(package, module_of):
    if package in module_of:
        return module_of[package]
    top = top_package(package)
    tops = {module_of[p] for p in module_of if top_package(p) == top}
    return tops.pop() if len(tops) == 1 else "cli"


def place_tests(sources, module_of):
    tests = {(s.package, s.name): s for s in sources if s.test}
    mains = {(s.package, s.name) for s in sources if not s.test} | set(module_of)
    placed = {s: s.module or home(s.package, module_of) for s in tests.values()}
    refs = {s: references(s, mains, tests) for s in tests.values()}
    changed = True
    while changed:
        changed = False
        for s in tests.values():
            packages, helpers = refs[s]
            needed = {module_of[p] if p in module_of else home(p, module_of) for p in packages}
            needed |= {placed[h] for h in helpers}
            needed.add(home(s.package, module_of))
            start = ORDER.index(placed[s])
            target = s.module or lowest(ORDER[start:], needed, LIBRARY_IMPORT.findall(s.text), test_visible)
            if target != placed[s]:
                placed[s], changed = target, True
    return placed


def nearest_common(users, fallback):
    """The module all users see that is closest to them (last in build order)."""
    if not users:
        return fallback
    common = set(ORDER)
    for user in users:
        common &= test_visible(user)
    return max(common, key=ORDER.index) if common else "cli"


def place_resources(repo, kind, module_of, placed):
    moves = []
    root = os.path.join(repo, "src", kind, "resources")
    for path in walk(root):
        rel = os.path.relpath(path, root)
        package = os.path.dirname(rel).replace(os.sep, ".")
        if kind == "main":
            owner = home(package, module_of) if package.startswith("dev.infractl") else "cli"
        else:
            in_package = package.startswith("dev.infractl")
            mention = re.compile(r'"/?' + re.escape(rel.split(os.sep)[0]) + r'[/"]')
            users = {m for s, m in placed.items() if s.package == package if in_package} | {
                m for s, m in placed.items() if not in_package and mention.search(s.text)}
            owner = nearest_common(users, home(package, module_of) if in_package else "cli")
        moves.append((path, os.path.join(repo, owner, "src", kind, "resources", rel)))
    return moves


SOURCE_PATH = re.compile(r"(?<![\w/.-])src/(?:main|test)/(?:java|resources)/[\w/.-]*[\w]")
TEXT_FILES = (".java", ".md", ".sh", ".json")


def module_holding(repo, path):
    """The one module holding the path or, when none does, its deepest parent folder; None when it is ambiguous."""
    while path.count("/") >= 3:
        holders = [m for m in ORDER if os.path.exists(os.path.join(repo, m, path))]
        if holders:
            return holders[0] if len(holders) == 1 else None
        path = path.rsplit("/", 1)[0]
    return None


def rewrite_source_paths(repo, files):
    """Paths like src/test/resources/schemas or "src/main/java/dev/infractl/params" in tests and docs point into
    the module that now holds them."""
    for rel in files:
        path = os.path.join(repo, rel)
        if not rel.endswith(TEXT_FILES) or rel.startswith("scripts/dev/") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()

        def fixed_path(match):
            module = module_holding(repo, match.group(0))
            return module + "/" + match.group(0) if module else match.group(0)

        fixed = SOURCE_PATH.sub(fixed_path, text)
        if fixed != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(fixed)
            print(rel)


def main(repo):
    sources = collect(repo)
    module_of = place_main(sources)
    placed = place_tests(sources, module_of)
    moves = []
    for s in sources:
        if s.module is None:
            kind = "test" if s.test else "main"
            module = placed[s] if s.test else module_of[s.package]
            rel = os.path.relpath(s.path, os.path.join(repo, "src", kind, "java"))
            moves.append((s.path, os.path.join(repo, module, "src", kind, "java", rel)))
    moves += place_resources(repo, "main", module_of, placed)
    moves += place_resources(repo, "test", module_of, placed)
    for source, destination in moves:
        print(os.path.relpath(source, repo) + "\t" + os.path.relpath(destination, repo))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rewrite-source-paths"]:
        rewrite_source_paths(os.path.abspath(sys.argv[2]), sys.stdin.read().split("\0"))
    else:
        main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "."))
