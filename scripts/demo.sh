#!/usr/bin/env bash
# Set up clearbright, load the example registry and corpus into a fresh SQLite store, scan it,
# open cases from the findings, create a sign-in token for each role and serve the review
# console on http://127.0.0.1:8000/console/ (Ctrl-C stops it).
#   --no-serve (or CLEARBRIGHT_DEMO_NO_SERVE=1): set up and print the sign-ins, then exit.
#   --port N (or CLEARBRIGHT_DEMO_PORT): another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
data=${CLEARBRIGHT_DATA_DIR:-clearbright-data}
exec .venv/bin/python -m clearbright.console.demo --data-dir "$data" --examples examples "$@"
