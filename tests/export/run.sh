#!/usr/bin/env bash
# The export tests: builds the example site and checks its open data, feeds,
# calendars and structured data with validators made by others (frictionless,
# jsonschema, feedparser, icalendar, extruct), installed into a virtualenv
# under target/ (re-created when requirements.txt changes).
# Usage: bash tests/export/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/export-venv
req=tests/export/requirements.txt
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$req" "$venv/.requirements"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$venv/.requirements"
fi
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/export "$@"
