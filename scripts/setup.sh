#!/usr/bin/env bash
# Create .venv with Python 3.11 and install clearbright into it (--dev: with the test tools and
# the Spark extra, which the tests exercise).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then python=$candidate; break; fi
  done
fi
if [ -z "$python" ] || ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "error: clearbright needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev,spark]"

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
# Without its dependencies: see the note in pyproject.toml.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps "char-similar==0.0.2"
