#!/usr/bin/env bash
# Check the one-folder bundle the way a person would use it; exit non-zero on any failure.
#
#   bash packaging/check_bundle.sh [--rebuild] [--dist DIR]
#
# Builds dist/infointerview first when it is missing (or with --rebuild; BUNDLE_PYTHON=... as for
# `bash packaging/dev.sh bundle`), then, in a temporary data folder and with no display needed:
#   1. `infointerview --version` says the version in app/__init__.py;
#   2. the app starts offscreen and shows its main window, filled from a store it creates;
#      SIGTERM then closes it cleanly (exit 0) with nothing but INFO in its log;
#   3. that store is at the newest migration in app/store/migrations/versions, and
#      `infointerview check` reads it;
#   4. `infointerview --self-check` renders the SVG icon, loads the translations, writes a PDF of an
#      interview (its words are read back with pypdf when a Python with it is at hand), migrates a
#      store with the bundled scripts, and has sound when the building Python had QtMultimedia.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

dist=dist rebuild=0
while (($#)); do
  case $1 in
    --rebuild) rebuild=1 ;;
    --dist) dist=$2; shift ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
  shift
done
program=$dist/infointerview/infointerview
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }

if ((rebuild)) || [[ ! -x $program ]]; then
  if [[ $dist != dist ]]; then
    echo "check_bundle: no bundle at $program (only dist/ is built here)" >&2
    exit 1
  fi
  bash packaging/dev.sh bundle || { echo "check_bundle: the build failed" >&2; exit 1; }
fi
[[ -x $program ]] || { echo "check_bundle: no program at $program" >&2; exit 1; }

# A Python to read the results with: the one that built, the project's, or the system's.
reader=${BUNDLE_PYTHON:-}
[[ -n $reader ]] || { [[ -x .venv/bin/python ]] && reader=.venv/bin/python; }
[[ -n $reader ]] || reader=python3

work=$(mktemp -d "${TMPDIR:-/tmp}/infointerview-check.XXXXXX")
app_pid=""
cleanup() {
  [[ -n $app_pid ]] && kill -9 "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_DATA_HOME=$work/home/.local/share
export XDG_CONFIG_HOME=$work/home/.config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset INFOINTERVIEW_DATA_DIR DISPLAY WAYLAND_DISPLAY

echo "Checking $program ($(du -sh "$dist/infointerview" | cut -f1), $(find "$dist/infointerview" -type f | wc -l) files)"

# 1. The version
expected=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
said=$("$program" --version 2>&1)
if [[ $said == "InfoInterview $expected" ]]; then pass "--version: $said"; else fail "--version said '$said', expected 'InfoInterview $expected'"; fi

# 2. The main window, filled from a new store (the start-up probe prints each milestone)
data=$work/data
start=$(date +%s.%N)
INFOINTERVIEW_STARTUP_PROBE=1 "$program" --data-dir "$data" >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
loaded=""
for _ in $(seq 600); do  # up to 60 s on a busy machine
  grep -q '^home-loaded ' "$work/app.out" 2>/dev/null && { loaded=yes; break; }
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -n $loaded ]]; then
  painted=$(sed -n 's/^first-paint //p' "$work/app.out")
  home=$(sed -n 's/^home-loaded //p' "$work/app.out")
  pass "main window shown and filled ($(awk -v s="$start" -v p="$painted" -v h="$home" \
    'BEGIN { printf "first paint %.2f s, home loaded %.2f s after start", p - s, h - s }'))"
else
  fail "the main window was not shown within 60 s; the program said:"
  tail -n 20 "$work/app.err" >&2
fi
if kill -0 "$app_pid" 2>/dev/null; then
  kill -TERM "$app_pid"
  for _ in $(seq 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
fi
if kill -0 "$app_pid" 2>/dev/null; then
  fail "the app did not close within 15 s of SIGTERM"
else
  wait "$app_pid"
  status=$?
  if ((status == 0)); then pass "closed cleanly on SIGTERM"; else fail "exit status $status after SIGTERM"; fi
fi
app_pid=""
if [[ -f $data/infointerview.log ]] && grep -E ' (WARNING|ERROR|CRITICAL) |Traceback' "$data/infointerview.log" >"$work/problems"; then
  fail "the log has problems:"
  head -n 20 "$work/problems" >&2
else
  pass "log has no warnings or errors"
fi

# 3. The store it created is at head
head_revision=$(sed -n 's/^revision = "\(.*\)"$/\1/p' app/store/migrations/versions/*.py | sort | tail -n 1)
revision=$("$reader" -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()[0])' \
  "$data/infointerview.db" 2>&1)
if [[ -n $head_revision && $revision == "$head_revision" ]]; then pass "store created at head ($revision)"; else fail "store at '$revision', head is '$head_revision'"; fi
if checked=$("$program" check --data-dir "$data" 2>&1); then pass "infointerview check: $checked"; else fail "infointerview check: $checked"; fi

# 4. What the app loads at run time, from inside the bundle
if "$program" --self-check "$work/self" >"$work/self.out" 2>"$work/self.err"; then
  sed 's/^/     /' "$work/self.out"
  pass "self-check"
else
  cat "$work/self.out" >&2
  tail -n 20 "$work/self.err" >&2
  fail "self-check"
fi
if [[ -s $work/self/self-check.pdf ]]; then
  words=$("$reader" -c 'import sys
try:
    import pypdf
except ImportError:
    sys.exit(3)
text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(sys.argv[1]).pages)
wanted = ["Informational interview", "Zoë Ångström", "Thank-you note sent"]
missing = [w for w in wanted if w not in text]
print(", ".join(missing) if missing else "all %d phrases found" % len(wanted))
sys.exit(1 if missing else 0)' "$work/self/self-check.pdf")
  case $? in
    0) pass "PDF export reads back: $words" ;;
    3) pass "PDF export written (pypdf not at hand to read it back)" ;;
    *) fail "PDF export lacks: $words" ;;
  esac
else
  fail "no PDF was written"
fi
if "$reader" -c 'import PySide6.QtMultimedia' 2>/dev/null; then
  if grep -q '^ok sound: available' "$work/self.out"; then pass "sound: QtMultimedia bundled"; else fail "the building Python has QtMultimedia but the bundle has no sound"; fi
fi

if ((failures)); then
  echo "check_bundle: $failures check(s) failed" >&2
  exit 1
fi
echo "check_bundle: all checks passed"
