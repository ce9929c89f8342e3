#!/usr/bin/env bash
# Retake the screenshots the README and the AppStream metainfo show, from the real app under Xvfb:
#
#   bash packaging/screenshots/take.sh [PYTHON]
#
# A demo data folder is made through the store (seed_demo.py: occupations, people, interviews to
# come, next steps due, and an interview under way for fifteen minutes), then the app is started on a
# copy of it in a private X server, 1240x706, once per shot: today.png as it opens, interview.png
# after a click on "Interview". Needs Xvfb, xdotool and ImageMagick's import (installed with apt-get
# when missing and allowed), and the app's Python (default: .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-.venv/bin/python}
size=1240x706
out=packaging/screenshots

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
if ((${#need[@]})); then
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/infointerview-shots.XXXXXX")
xvfb="" app=""
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$python" packaging/screenshots/seed_demo.py "$work/seed"

display=""
for n in $(seq 90 140); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { display=":$n"; break; }; done
[[ -n $display ]] || { echo "take.sh: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
export DISPLAY=$display QT_QPA_PLATFORM=xcb

shot() {  # NAME [xdotool step...]: start on a fresh copy of the demo, do the steps, save NAME.png
  local name=$1
  shift
  rm -rf "$work/data" && cp -a "$work/seed" "$work/data"
  "$python" -m app --data-dir "$work/data" >"$work/$name.log" 2>&1 &
  app=$!
  sleep 6
  for step in "$@"; do
    # shellcheck disable=SC2086
    xdotool $step
    sleep 3
  done
  import -window root "$out/$name.png"
  kill "$app" && wait "$app" || true
  app=""
  echo "wrote $out/$name.png"
}
shot today
shot interview "mousemove 60 121 click 1"
