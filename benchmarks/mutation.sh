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
# `#` comments), each a change a reviewer judged to behave exactly like the original. Survivors,
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
            "score_percent": round(100 * killed / denominator, 1) if denominator else None,
            "seconds": int(seconds),
        }
    )
)
EOF
