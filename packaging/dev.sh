#!/usr/bin/env bash
# Set up everything InfoInterview needs on a Debian machine, then start the app or run the tests.
#
#   bash packaging/dev.sh run  [APP ARGS...]     set up and start the app
#   bash packaging/dev.sh test [PYTEST ARGS...]  set up and run the whole test suite
#   bash packaging/dev.sh bundle                 set up and build the one-folder bundle in dist/infointerview
#
# For `bundle`, BUNDLE_PYTHON=/path/to/python skips the set-up and builds with that Python (it needs
# the app's dependencies and PyInstaller); BUNDLE_EXTRAS=sound puts the chime's QtMultimedia in too.
#
# Steps, each skipped when already done: Debian libraries that Qt needs (installed with apt-get,
# through sudo when not root), a virtual environment in .venv, and the Python packages, reinstalled
# only when pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case $mode in
  run | test | bundle) shift ;;
  *) echo "usage: bash packaging/dev.sh run|test|bundle [ARGS...]" >&2; exit 2 ;;
esac

build_bundle() {  # $1: the Python to build with
  echo "Building dist/infointerview with $1 (a minute or two)" >&2
  nice -n 10 "$1" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/infointerview.spec
  echo "Built dist/infointerview ($(du -sh dist/infointerview | cut -f1)); check it: bash packaging/check_bundle.sh" >&2
}
if [[ $mode == bundle && -n ${BUNDLE_PYTHON:-} ]]; then
  build_bundle "$BUNDLE_PYTHON"
  exit
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "InfoInterview needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi

# Qt's shared libraries; a real window (run) also needs the X11/xcb ones.
debs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3)
if [[ $mode == run ]]; then
  debs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 fonts-dejavu-core
    fonts-noto-color-emoji)  # people put emoji in names and notes; without this font they are boxes
  # Korean, Japanese and Chinese names showed as boxes without a CJK font; any one the system has will do.
  if ! { command -v fc-list >/dev/null && fc-list ':lang=ko' | grep -q . && fc-list ':lang=ja' | grep -q .; }; then
    debs+=(fonts-noto-cjk)
  fi
fi
[[ $mode == bundle ]] && debs+=(binutils)  # strip, for a smaller bundle
"$python" -c 'import ensurepip' 2>/dev/null || debs+=(python3-venv)
missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q 'install ok installed' || missing+=("$deb")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages Qt needs: ${missing[*]}" >&2
  sudo=()
  if ((EUID != 0)); then
    if ! command -v sudo >/dev/null; then
      echo "Please install these as root, then run this again:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv=.venv
if [[ ! -x $venv/bin/python ]] || ! $venv/bin/python -c 'import sys' 2>/dev/null; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -e $stamp ]]; then
  $venv/bin/python -m pip install -q --upgrade pip
  $venv/bin/python -m pip install -q -e '.[test]'
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi

if [[ $mode == bundle ]]; then
  extras=bundle${BUNDLE_EXTRAS:+,$BUNDLE_EXTRAS}
  $venv/bin/python -m pip install -q -e ".[$extras]"
  build_bundle $venv/bin/python
  exit
fi
if [[ $mode == run ]]; then
  exec $venv/bin/infointerview "$@"
fi
exec $venv/bin/python -m pytest "$@"
