#!/usr/bin/env bash
# Mutation score of the core and the store: how many small changes to the code the fast tests notice.
#
#   bash benchmarks/mutation.sh [core|store|all] [--max-children N] [--modules NAME,NAME...]
#
# --modules mutates only those modules of the scope (e.g. `store --modules read_models,wrapup_repository`),
# to re-measure the modules a change touched without waiting for the whole scope.
#
# mutmut (the `mutation` extra: pip install -e '.[mutation]') is configured in pyproject.toml
# [tool.mutmut]. It runs in a copy of the working tree, so its mutants/ folder never lands in the
# checkout and an edit made while it runs cannot be mutated by accident. It uses one child by
# default: the tests are quick, and the machine is often shared.
#
# Score = killed / (total - equivalent). "Killed" counts mutants a test failed on or that timed out;
# "equivalent" counts the mutant names listed in benchmarks/mutation_equivalent.txt (one a line,
# `#` comments), each a change a reviewer judged to behave exactly like the original, and the
# survivors that change nothing but the context of a QT_TRANSLATE_NOOP marker ("marker_only": the
# marker returns its source unchanged, so they cannot be told apart at run time). Survivors,
# mutants no test reaches and suspicious ones count against the score.
# The last line printed is one JSON object.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

scope=${1:-all}
case $scope in
  core) pattern='app.core.*' ;;
  store) pattern='app.store.*' ;;
  all) pattern='app.*' ;;
  *) echo "usage: bash benchmarks/mutation.sh [core|store|all] [--max-children N] [--modules NAME,NAME...]" >&2; exit 2 ;;
esac
shift $(($# > 0 ? 1 : 0))
children=1
patterns=("$pattern")
while [[ $# -gt 0 ]]; do
  case $1 in
    --max-children) children=${2:?--max-children needs a number}; shift 2 ;;
    --modules)
      IFS=, read -r -a modules <<<"${2:?--modules needs module names, comma-separated}"
      patterns=()
      for module in "${modules[@]}"; do patterns+=("${pattern%\*}$module.*"); done
      shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

python=${PYTHON:-$repo/.venv/bin/python}
if ! "$python" -c 'import mutmut' 2>/dev/null; then
  echo "mutmut is not installed for $python; run: $python -m pip install -e '.[mutation]'" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/infointerview-mutation.XXXXXX")
if [[ ${MUTATION_KEEP:-} == 1 ]]; then
  echo "mutmut works in $work (kept)" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work"

cd "$work"
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)
"$python" -m mutmut run --max-children "$children" "${patterns[@]}" >mutmut-run.log 2>&1 || {
  tail -n 40 mutmut-run.log >&2
  exit 1
}
"$python" -m mutmut export-cicd-stats >/dev/null
seconds=$(($(date +%s) - start))

# The mutants not killed, one "name: status" a line (kept outside the checkout). With
# MUTATION_KEEP=1 the copy is kept too, so that `mutmut show NAME` there prints a mutant's diff.
report=${MUTATION_REPORT:-${TMPDIR:-/tmp}/infointerview-mutation-$scope.txt}
"$python" -m mutmut results | sed 's/^ *//' | grep -v ': not checked$' >"$report" || true
cut -d: -f1 "$report" >survivors.txt

"$python" - "$scope" "${patterns[*]}" "$seconds" "$repo/benchmarks/mutation_equivalent.txt" "$report" <<'EOF'
import ast
import copy
import fnmatch
import json
import sys
from pathlib import Path

scope, patterns, seconds, equivalent_file, report = sys.argv[1:]
stats = json.loads(Path("mutants/mutmut-cicd-stats.json").read_text())
survivors = {
    line.strip()
    for line in Path("survivors.txt").read_text().splitlines()
    if any(fnmatch.fnmatch(line.strip(), pattern) for pattern in patterns.split())
}
equivalent = set()
if Path(equivalent_file).exists():
    for line in Path(equivalent_file).read_text().splitlines():
        name = line.split("#", 1)[0].strip()
        if name in survivors:
            equivalent.add(name)


def _without_marker_contexts(function: ast.FunctionDef) -> str:
    """The function's code with every QT_TRANSLATE_NOOP context blanked and its name left out."""
    function = copy.deepcopy(function)
    function.name = "_"
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
            node.args[0] = ast.Constant("")
    return ast.unparse(function)


# QT_TRANSLATE_NOOP(context, source) only marks a source for lupdate and returns the source: a mutant
# that changes nothing but that context behaves exactly like the original at run time.
functions_by_module: dict[str, dict[str, ast.FunctionDef]] = {}
marker_only = set()
for name in sorted(survivors - equivalent):
    module, _, function_name = name.rpartition(".")
    if module not in functions_by_module:
        source = Path("mutants", *module.split(".")).with_suffix(".py")
        functions_by_module[module] = {
            node.name: node
            for node in (ast.walk(ast.parse(source.read_text(encoding="utf-8"))) if source.exists() else ())
            if isinstance(node, ast.FunctionDef)
        }
    functions = functions_by_module[module]
    mutant = functions.get(function_name)
    original = functions.get(function_name.rpartition("__mutmut_")[0] + "__mutmut_orig")
    if mutant is not None and original is not None:
        if _without_marker_contexts(mutant) == _without_marker_contexts(original):
            marker_only.add(name)
equivalent |= marker_only
# mutmut's "total" also counts the mutants outside the scope, which were made but not run.
statuses = ("killed", "timeout", "survived", "no_tests", "suspicious", "segfault")
tested = sum(stats[key] for key in statuses)
killed = stats["killed"] + stats["timeout"]
denominator = tested - len(equivalent)
print(f"{len(survivors)} mutants not killed, listed in {report}", file=sys.stderr)
print(
    json.dumps(
        {
            "figure": "mutation_score",
            "scope": scope,
            "killed": killed,
            "survived": stats["survived"],
            "no_tests": stats["no_tests"],
            "suspicious": stats["suspicious"],
            "tested": tested,
            "equivalent": len(equivalent),
            "marker_only": len(marker_only),
            "score_percent": round(100 * killed / denominator, 1) if denominator else None,
            "seconds": int(seconds),
        }
    )
)
EOF
