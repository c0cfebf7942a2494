#!/usr/bin/env bash
# Set up clearbright and run the main job on the example data into the embedded SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
data=${CLEARBRIGHT_DATA_DIR:-clearbright-data}
mkdir -p "$data"
.venv/bin/clearbright scan examples/items.jsonl --registry examples/registry \
  --out "$data/findings.jsonl" --data-dir "$data"
echo "findings: $data/findings.jsonl   store: $data/clearbright.db"
