#!/usr/bin/env bash
# Refresh the translation catalogues from the code, then compile them for the app.
#
#   bash packaging/i18n/update.sh
#
# 1. pyside6-lupdate reads every tr()/translate()/QT_TRANSLATE_NOOP in app/ into each .ts file in
#    resources/translations (new strings are added as unfinished; translations already there stay).
#    The English catalogue is made afresh each time: it holds nothing a person wrote, only the
#    plural forms, which step 2 derives.
# 2. The English catalogue gets its plural forms filled in (packaging/i18n/english_plurals.py).
# 3. pyside6-lrelease compiles each .ts to the .qm the app loads.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${VENV_BIN:-.venv/bin}
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'app/*.py' | sort -u)
rm -f resources/translations/infointerview_en.ts
languages=(en es)  # every shipped language; others found beside them are refreshed too
for ts in resources/translations/infointerview_*.ts; do
  [[ -e $ts ]] || continue
  language=$(basename "$ts" .ts)
  language=${language#infointerview_}
  [[ " ${languages[*]} " == *" $language "* ]] || languages+=("$language")
done
kept=$(mktemp -d)
trap 'rm -rf "$kept"' EXIT
for language in "${languages[@]}"; do
  ts="resources/translations/infointerview_$language.ts"
  # lupdate drops the plural forms of a message counted at run time (translate(..., n)); keep them.
  [[ -e $ts && $language != en ]] && "$bin/python" packaging/i18n/catalogue.py counted "$ts" >"$kept/$language.json"
  "$bin/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en -target-language "$language" \
    "${sources[@]}" -ts "$ts"
  [[ -s $kept/$language.json ]] && "$bin/python" packaging/i18n/catalogue.py fill "$ts" "$kept/$language.json" >/dev/null
done
"$bin/python" packaging/i18n/english_plurals.py resources/translations/infointerview_en.ts
for ts in resources/translations/infointerview_*.ts; do
  "$bin/pyside6-lrelease" -silent -nounfinished "$ts" -qm "${ts%.ts}.qm"
done
